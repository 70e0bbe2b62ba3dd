import { MAX_SWEEP_RUNS, pointModels, unknownObjective, warmSweep } from '../../api/flows.js';
import { sweepSpecs, withPeriods } from '../../scenario/index.js';
import {
  buildSweepReport,
  coverageNote,
  gridPoints,
  parseObjectives,
  parseSweepValues,
  replicate,
  shardSize,
  type SweepParam,
  type SweepValue,
} from '../../experiments/index.js';
import type { CliIo } from '../cliIo.js';
import { emitReport } from '../emitReport.js';
import { loadForCli, type Loaded } from '../loadForCli.js';
import { outputFormat, parseCount, parsePeriods, parseWarmup } from '../options.js';
import { jobUnits, workersFor } from '../executorFor.js';
import { withSession } from '../session.js';
import { checkShardText } from '../heldResultsGuard.js';
import { UsageError } from '../usageError.js';
import { seedAndReplications } from './seedAndReplications.js';
import { shardOf, writeShard } from './writeShard.js';
import type { ReplicationOptions, ShardOptions } from './commonOptions.js';

export interface SweepCliOptions extends ReplicationOptions, ShardOptions {
  param?: string;
  values?: string;
  param2?: string;
  values2?: string;
  sweep?: string;
  variant?: string;
  objectives?: string;
  periods?: string;
  full?: boolean;
}

/** opsim sweep: headline metrics for each point of a 1- or 2-parameter grid, with the Pareto front. */
export async function sweepCommand(io: CliIo, file: string, opts: SweepCliOptions): Promise<number> {
  const format = outputFormat(opts);
  const loaded = loadForCli(io, file, opts.variant ?? null);
  const params = sweepParams(loaded, opts);
  const objectives = parseObjectives(
    (opts.objectives ?? 'cost,escalations,defects')
      .split(',')
      .map((o) => o.trim())
      .filter((o) => o !== ''),
  );
  const unknown = unknownObjective(
    objectives.map((o) => o.key),
    loaded.model,
  );
  if (unknown !== null) throw new UsageError(`--objectives: ${unknown}`);
  const { seed, replications } = seedAndReplications(loaded.doc, opts);
  const grid = gridPoints(params);
  const shard = shardOf(io, opts);
  if (opts.full && shard === null) throw new UsageError('--full applies to a shard file; add --shard k/n');
  const total = grid.length * replications;
  // The cap is on the runs one machine does: a shard of a larger sweep is within it.
  const runs = shard === null ? total : shardSize(total, shard.k, shard.n);
  if (runs > MAX_SWEEP_RUNS) {
    const need = Math.ceil(total / MAX_SWEEP_RUNS);
    throw new UsageError(
      shard === null
        ? `sweep: ${grid.length} points × ${replications} replications = ${total} runs, over the limit of ${MAX_SWEEP_RUNS}; ` +
            `use fewer values, fewer --replications, or split the job with --shard k/n (n >= ${need})`
        : `sweep: shard ${shard.k}/${shard.n} of ${total} runs holds ${runs}, over the limit of ${MAX_SWEEP_RUNS} per shard; use n >= ${need}`,
    );
  }
  const points = pointModels(loaded.doc, file, grid);
  if ('issues' in points)
    throw new UsageError(
      `sweep point ${points.index} (${points.where}):\n${points.issues.map((i) => `  ${i}`).join('\n')}`,
    );
  const periods = parsePeriods(opts.periods);
  const models = points.models.map((m) => withPeriods(m, loaded.doc.start, periods));
  // A point's values change no result's shape: the first point's stands for all.
  if (shard !== null && opts.full === true) checkShardText(models.slice(0, 1), runs, shard);
  const workers = workersFor(io, parseCount('--workers', opts.workers), jobUnits(models, replications));
  const option = parseWarmup(opts.warmup, models[0].horizon);
  return withSession(io, workers, async (s) => {
    const job = {
      base: loaded.model,
      models,
      design: opts.variant ?? 'base',
      sweep: opts.sweep ?? null,
      params,
      objectives,
      seed,
      replications,
      warmup: option,
    };
    const warm = await warmSweep(job, s.pool);
    if (warm === null) {
      io.stderr('opsim: interrupted during the warm-up pilot; no replication finished\n');
      return 1;
    }
    const { spec } = warm;
    if (shard !== null)
      return writeShard(io, s, { kind: 'sweep', spec, replications }, warm.models, shard, opts.out, opts.full === true);
    const { runs, cancelled } = await replicate(s.pool, warm.models, seed, 0, replications, (d, t) =>
      s.progress.update(d, t),
    );
    s.progress.stop();
    if (runs[0].length === 0) {
      io.stderr(`opsim: interrupted; no replication of every point finished, nothing to report\n`);
      return 1;
    }
    emitReport(io, buildSweepReport(spec, runs), format);
    if (cancelled) {
      io.stderr(`opsim: interrupted; ${coverageNote(runs[0].length, replications, 'point')}\n`);
      return 1;
    }
    return 0;
  });
}

export function sweepParams(loaded: Loaded, opts: SweepCliOptions): SweepParam[] {
  if (opts.sweep !== undefined) {
    if (opts.param !== undefined || opts.param2 !== undefined)
      throw new UsageError('sweep: give either --sweep <name> or --param/--values, not both');
    const declared = sweepSpecs(loaded.doc);
    if (!Object.hasOwn(declared, opts.sweep)) {
      const names = Object.keys(declared);
      throw new UsageError(
        `${loaded.file}: sweeps: no sweep "${opts.sweep}"; ${names.length === 0 ? 'the file declares no sweeps' : `the file declares: ${names.join(', ')}`}`,
      );
    }
    const s = declared[opts.sweep];
    return [{ path: s.param, values: s.values as SweepValue[] }];
  }
  if (opts.param === undefined)
    throw new UsageError(
      'sweep: give --param <path> --values <list|from:to:step>, or --sweep <name declared in the file>',
    );
  const params = [{ path: opts.param, values: valuesOf('--values', opts.values) }];
  if (opts.param2 !== undefined) params.push({ path: opts.param2, values: valuesOf('--values2', opts.values2) });
  else if (opts.values2 !== undefined) throw new UsageError('--values2 needs --param2 <path>');
  if (params.length === 2 && params[0].path === params[1].path)
    throw new UsageError('--param2 must differ from --param');
  return params;
}

function valuesOf(option: string, text: string | undefined): SweepValue[] {
  if (text === undefined)
    throw new UsageError(`${option}: missing; expected a list such as 0.3,0.4 or a range such as 0.1:0.9:0.1`);
  try {
    return parseSweepValues(text);
  } catch (err) {
    throw new UsageError(`${option}: ${(err as Error).message}`);
  }
}
