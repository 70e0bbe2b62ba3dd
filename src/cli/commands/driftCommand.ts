import { driftOfLogOn } from '../../api/flows.js';
import { OpsimError } from '../../api/index.js';
import { driftTable, logSpan, parseColumnMap } from '../../eventlog/index.js';
import { parseDuration } from '../../scenario/index.js';
import type { CliIo } from '../cliIo.js';
import { loadForCli } from '../loadForCli.js';
import { jobUnits, workersFor } from '../executorFor.js';
import { parseCount } from '../options.js';
import { barOn, BYTES } from '../progress.js';
import { logFormatOf, readLogFile } from '../readLogFile.js';
import { withSession } from '../session.js';
import { UsageError } from '../usageError.js';

export interface DriftCommandOptions {
  observed: string;
  window?: string;
  variant?: string;
  replications?: string;
  seed?: string;
  format?: string;
  columns?: string;
  delimiter?: string;
  json?: boolean;
  workers?: string;
}

/** opsim drift <scenario> --observed <log>: exit 3 when an observed KPI leaves its prediction interval. */
export async function driftCommand(io: CliIo, file: string, opts: DriftCommandOptions): Promise<number> {
  const windowHours = parseDuration(opts.window ?? '4w');
  if (!(windowHours > 0))
    throw new UsageError(`--window: expected a duration such as 4w or 7d, found "${opts.window}"`);
  const replications = parseCount('--replications', opts.replications ?? '30', 2)!;
  if (opts.seed !== undefined && opts.seed.trim() === '')
    throw new UsageError('--seed: expected a number or a word, got nothing');
  // Read before the log is: a bad count should not wait for a large file to stream in.
  const asked = parseCount('--workers', opts.workers);
  let columns;
  try {
    columns = parseColumnMap(opts.columns);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const loaded = loadForCli(io, file, opts.variant ?? null);
  // Every replication runs in a worker process (below): the one the CLI started ahead for its own
  // share is joined by another now, while the log streams in.
  const cores = asked ?? io.cpus;
  if (cores >= 2 && cores <= io.cpus * 4) io.prepareWorkers?.(cores);
  const delimiter = opts.delimiter === '\\t' || opts.delimiter === 'tab' ? '\t' : opts.delimiter;
  const reading = barOn(io, BYTES);
  const { log, warnings } = await readLogFile(
    io,
    opts.observed,
    logFormatOf(opts.observed, opts.format),
    columns,
    delimiter,
    (done, total) => reading.update(done, total),
  );
  reading.stop();
  for (const w of warnings) io.stderr(`opsim: warning: ${opts.observed}: ${w}\n`);
  const seed = opts.seed ?? (loaded.doc.seed as string | number | undefined) ?? 1;
  // The simulated span is the log's, not the scenario's horizon: its share of a replication's work.
  const [from, to] = logSpan(log);
  const units = jobUnits([loaded.model], replications) * ((to - from) / 3_600_000 / Math.max(1, loaded.model.horizon));
  const workers = workersFor(io, asked, units);
  let report;
  try {
    report = await withSession(
      io,
      workers,
      (s) =>
        driftOfLogOn(
          s.pool,
          loaded.doc,
          log,
          { windowHours, replications, seed, design: opts.variant ?? 'base' },
          { logFile: opts.observed, onProgress: (d, t) => s.progress.update(d, t) },
        ),
      // A replication's result holds its windows' cycle times, too large to be read well between
      // replications of the CLI's own (executorFor): the CLI's process holds the log and compares.
      { ownProcess: false },
    );
    if (report === null) {
      io.stderr('opsim: interrupted while simulating the prediction intervals; nothing to report\n');
      return 1;
    }
  } catch (err) {
    if (err instanceof OpsimError) throw new UsageError(err.message);
    throw err;
  }
  io.stdout(opts.json ? `${JSON.stringify(report, null, 2)}\n` : driftTable(report));
  return report.drift ? 3 : 0;
}
