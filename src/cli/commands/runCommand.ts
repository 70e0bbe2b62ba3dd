import { runDesign } from '../../api/flows.js';
import { coverageNote } from '../../experiments/index.js';
import type { CliIo } from '../cliIo.js';
import { checkWritable } from '../outputFile.js';
import { emitReport } from '../emitReport.js';
import { loadForCli } from '../loadForCli.js';
import { outputFormat, parseCount, parsePeriods, parseWarmup } from '../options.js';
import { withPeriods } from '../../scenario/index.js';
import { jobUnits, workersFor } from '../executorFor.js';
import { withSession } from '../session.js';
import { replicationsSource, seedAndReplications } from './seedAndReplications.js';
import { checkHeldResults } from '../heldResultsGuard.js';
import type { ReplicationOptions } from './commonOptions.js';
import { eventFormatOf, writeEventLog } from './writeEventLog.js';

export interface RunOptions extends ReplicationOptions {
  variant?: string;
  events?: string;
  eventsFormat?: string;
  eventsReplication?: string;
  periods?: string;
}

/** opsim run: R replications of one design, as tables or JSON. Returns the exit code. */
export async function runCommand(io: CliIo, file: string, opts: RunOptions): Promise<number> {
  const format = outputFormat(opts);
  if (opts.events !== undefined) {
    eventFormatOf(opts.events, opts.eventsFormat);
    checkWritable(io, '--events', opts.events);
  }
  const loaded = loadForCli(io, file, opts.variant ?? null);
  const { seed, replications } = seedAndReplications(loaded.doc, opts);
  const option = parseWarmup(opts.warmup, loaded.model.horizon);
  const model = withPeriods(loaded.model, loaded.doc.start, parsePeriods(opts.periods));
  checkHeldResults(io, [model], replications, replicationsSource(file, opts));
  const workers = workersFor(io, parseCount('--workers', opts.workers), jobUnits([model], replications));
  return withSession(io, workers, async (s) => {
    const job = { model, design: opts.variant ?? 'base', seed, replications, warmup: option };
    const { report, cancelled, stage } = await runDesign(job, s.pool, (d, t) => s.progress.update(d, t));
    s.progress.stop();
    if (stage === 'warmup') {
      io.stderr('opsim: interrupted during the warm-up pilot; no replication finished\n');
      return 1;
    }
    if (report === null) {
      io.stderr(`opsim: interrupted; 0 of ${replications} replications finished, nothing to report\n`);
      return 1;
    }
    emitReport(io, report, format);
    if (opts.events !== undefined)
      writeEventLog(io, loaded.model, loaded.doc.start, seed, { ...opts, events: opts.events }, replications);
    if (cancelled) {
      io.stderr(`opsim: interrupted; ${coverageNote(report.replications, replications, null)}\n`);
      return 1;
    }
    return 0;
  });
}
