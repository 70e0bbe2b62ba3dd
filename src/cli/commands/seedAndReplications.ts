import { parseCount } from '../options.js';
import { UsageError } from '../usageError.js';

/** Defaults from the file (`seed`, `replications`), else seed 1 and 10 replications. */
export function seedAndReplications(
  doc: { seed?: string | number; replications?: number },
  opts: { seed?: string; replications?: string },
): { seed: string; replications: number } {
  const seed = opts.seed ?? (doc.seed === undefined ? '1' : String(doc.seed));
  if (seed.trim() === '') throw new UsageError('--seed: expected a number or a word, got nothing');
  const replications = parseCount('--replications', opts.replications) ?? doc.replications ?? 10;
  return { seed, replications };
}

/** What set the replications, for messages: the option, or else the file's field. */
export function replicationsSource(file: string, opts: { replications?: string }): string {
  return opts.replications !== undefined ? '--replications' : `${file}: replications`;
}
