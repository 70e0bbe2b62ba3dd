import { warmCompare } from '../../api/flows.js';
import { coverageNote, runCompare, shardSize, type DesignSpec } from '../../experiments/index.js';
import type { CliIo } from '../cliIo.js';
import { emitReport } from '../emitReport.js';
import { percentText } from '../render/reportTables.js';
import { openForCli, readText, variantsOption } from '../loadForCli.js';
import { outputFormat, parseCount, parsePeriods, parsePrecision, parseWarmup } from '../options.js';
import { variantNames, withPeriods } from '../../scenario/index.js';
import { jobUnits, workersFor } from '../executorFor.js';
import { withSession } from '../session.js';
import { UsageError } from '../usageError.js';
import { replicationsSource, seedAndReplications } from './seedAndReplications.js';
import { checkHeldResults, checkShardText } from '../heldResultsGuard.js';
import { shardOf, writeShard } from './writeShard.js';
import type { ReplicationOptions, ShardOptions } from './commonOptions.js';

export interface CompareCliOptions extends ReplicationOptions, ShardOptions {
  variants?: string;
  precision?: string;
  maxReplications?: string;
  periods?: string;
}

/** opsim compare: the base design and each variant under common random numbers. */
export async function compareCommand(io: CliIo, file: string, opts: CompareCliOptions): Promise<number> {
  const format = outputFormat(opts);
  const text = readText(io, file);
  const opened = openForCli(io, file, text);
  const base = opened.design(null);
  const declared = variantNames(base.doc);
  const names = variantsOption(file, declared, opts.variants);
  // variantsOption has refused an empty --variants, so here the file declares none: naming some would
  // not help, a variants section would (or run, for one design).
  if (names.length === 0)
    throw new UsageError(
      `${file}: variants: nothing to compare; the file declares no variants. Add a variants section (docs/scenario-format.md), or use opsim run for the one design`,
    );
  const designs: DesignSpec[] = [{ name: 'base', variant: null }, ...names.map((v) => ({ name: v, variant: v }))];
  const periods = parsePeriods(opts.periods);
  const models = [base, ...names.map((v) => opened.design(v))].map((d) => withPeriods(d.model, d.doc.start, periods));
  const { seed, replications } = seedAndReplications(base.doc, opts);
  const precision = parsePrecision(opts.precision);
  const maxReplications = parseCount('--max-replications', opts.maxReplications, 2) ?? 200;
  const shard = shardOf(io, opts);
  if (shard !== null) {
    if (precision !== null)
      throw new UsageError('--precision cannot be combined with --shard: a shard needs a fixed job list');
    checkShardText(models, shardSize(models.length * replications, shard.k, shard.n), shard);
  }
  // With --precision the job can grow to --max-replications.
  const planned = precision === null ? replications : Math.max(replications, maxReplications);
  checkHeldResults(
    io,
    models,
    planned,
    planned > replications ? '--max-replications' : replicationsSource(file, opts),
    shard === null ? 1 : shardSize(models.length * planned, shard.k, shard.n) / (models.length * planned),
  );
  const workers = workersFor(io, parseCount('--workers', opts.workers), jobUnits(models, planned));
  const option = parseWarmup(opts.warmup, models[0].horizon);
  return withSession(io, workers, async (s) => {
    const warm = await warmCompare({ models, designs, seed, replications, warmup: option }, s.pool);
    if (warm === null) {
      io.stderr('opsim: interrupted during the warm-up pilot; no replication finished\n');
      return 1;
    }
    const { spec } = warm;
    if (shard !== null) return writeShard(io, s, { kind: 'compare', spec, replications }, warm.models, shard, opts.out);
    const outcome = await runCompare({
      spec,
      models: warm.models,
      replications,
      precision,
      maxReplications,
      executor: s.pool,
      onProgress: (d, t) => s.progress.update(d, t),
    });
    s.progress.stop();
    if (outcome.report === null) {
      io.stderr('opsim: interrupted; no replication of every design finished, nothing to report\n');
      return 1;
    }
    emitReport(io, outcome.report, format);
    const r = outcome.report.stopping;
    if (outcome.cancelled) {
      io.stderr(
        `opsim: interrupted; ${coverageNote(outcome.report.replications, precision === null ? replications : maxReplications, 'design')}\n`,
      );
      return 1;
    }
    if (r.rule === 'precision')
      io.stderr(
        `opsim: precision ±${percentText(r.target!)} reached after ${outcome.report.replications} replications\n`,
      );
    if (r.rule === 'cap') {
      io.stderr(
        `opsim: stopped at --max-replications ${r.maxReplications} before reaching ±${percentText(r.target!)} on ${r.imprecise.length} metric(s): ${r.imprecise.join(', ')}\n`,
      );
    }
    return 0;
  });
}
