import { mergeHolds, mergeShards, ShardError } from '../../experiments/index.js';
import { checkMergeHolds } from '../heldResultsGuard.js';
import type { CliIo } from '../cliIo.js';
import { emitReport } from '../emitReport.js';
import { readText } from '../loadForCli.js';
import { outputFormat } from '../options.js';
import { barOn, SHARD_FILES } from '../progress.js';
import { UsageError } from '../usageError.js';
import { selectExit } from './selectCommand.js';

/** opsim merge: shard files => the report one machine would have printed. */
export function mergeCommand(
  io: CliIo,
  files: string[],
  opts: { json?: boolean; csv?: boolean; md?: boolean },
): number {
  const format = outputFormat(opts);
  // Read one file at a time: merge keeps only the results, never every file at once.
  const progress = barOn(io, SHARD_FILES);
  const shards = function* () {
    for (const [i, file] of files.entries()) {
      progress.update(i, files.length);
      const text = readText(io, file);
      let shard: unknown;
      try {
        shard = JSON.parse(text) as unknown;
      } catch (err) {
        throw new UsageError(`${file}: not a shard file: not JSON (${oneLine((err as Error).message)})`);
      }
      if (i === 0) checkMergeHolds(io, mergeHolds(shard), (shard as { totalJobs?: number }).totalJobs ?? 0);
      yield { name: file, shard };
    }
  };
  let report;
  try {
    report = mergeShards(shards());
  } catch (err) {
    if (err instanceof ShardError) throw new UsageError(`merge: ${err.message}`);
    throw err;
  } finally {
    progress.stop();
  }
  emitReport(io, report, format);
  return report.kind === 'select' ? selectExit(io, report) : 0;
}

/** A parser's message on one line: V8 quotes the start of the text, line breaks and all. */
function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ');
}
