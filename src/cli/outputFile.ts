import type { CliIo } from './cliIo.js';
import { UsageError } from './usageError.js';

/**
 * Stops a command before its work when a file it was asked to write (`option`, e.g. --out) cannot be
 * written there: a folder that does not exist, a folder in its place, no permission. A shard of hours
 * on a batch runner, or a long fit, would otherwise end in a failed write and keep nothing.
 */
export function checkWritable(io: CliIo, option: string, path: string): void {
  const why = io.whyNotWritable?.(path) ?? null;
  if (why !== null) throw new UsageError(`${option} ${path}: cannot write the file (${why})`);
}
