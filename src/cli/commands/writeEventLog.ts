import type { Model } from '../../core/index.js';
import { dominantOffsetMin, exportRunLog, type LogFormat } from '../../eventlog/index.js';
import { startDate } from '../../scenario/index.js';
import type { CliIo } from '../cliIo.js';
import { parseCount } from '../options.js';
import { barOn, SIMULATED_WEEKS } from '../progress.js';
import { UsageError } from '../usageError.js';

export function eventFormatOf(file: string, explicit?: string): LogFormat {
  if (explicit !== undefined) {
    if (explicit === 'csv' || explicit === 'xes' || explicit === 'ocel') return explicit;
    throw new UsageError(`--events-format: expected csv, xes or ocel, found "${explicit}"`);
  }
  if (/\.csv$/i.test(file)) return 'csv';
  if (/\.xes$/i.test(file)) return 'xes';
  if (/\.(json|jsonocel|ocel)$/i.test(file)) return 'ocel';
  throw new UsageError(
    `--events ${file}: cannot tell the format from the extension (expected .csv, .xes or .json for OCEL 2.0); give --events-format`,
  );
}

/**
 * `run --events <file>`: the event log of one replication, written while it runs (through
 * io.openWrite, so only the open cases of an XES file are ever held in memory).
 */
export function writeEventLog(
  io: CliIo,
  model: Model,
  start: string | undefined,
  seed: string | number,
  opts: { events: string; eventsFormat?: string; eventsReplication?: string },
  replications: number,
): void {
  const format = eventFormatOf(opts.events, opts.eventsFormat);
  const replication = parseCount('--events-replication', opts.eventsReplication, 0) ?? 0;
  if (replication >= replications)
    throw new UsageError(
      `--events-replication: ${replication} is not one of the run's replications 0 to ${replications - 1}`,
    );
  const clock = { startMs: startDate(start).day * 86_400_000, offsetMin: dominantOffsetMin(model) };
  let out: { write(c: string): void; close(): void };
  if (io.openWrite !== undefined) out = io.openWrite(opts.events);
  else {
    const parts: string[] = [];
    out = { write: (c) => void parts.push(c), close: () => io.writeFile(opts.events, parts.join('')) };
  }
  let n: number;
  const progress = barOn(io, SIMULATED_WEEKS);
  try {
    const onCheckpoint = (t: number) => progress.update(t, model.horizon);
    n = exportRunLog(model, { ...clock, seed, replication, format, onCheckpoint }, (c) => out.write(c));
  } finally {
    progress.stop();
    out.close();
  }
  io.stderr(
    `opsim: wrote ${opts.events}: ${n.toLocaleString('en-US')} events of replication ${replication} (${format === 'ocel' ? 'OCEL 2.0' : format.toUpperCase()})\n`,
  );
}
