import type { Model } from '../../core/index.js';
import { modelFromDoc, sweepSpecs } from '../../scenario/index.js';
import {
  buildSweepReport,
  coverageNote,
  gridPoints,
  OBJECTIVE_ALIASES,
  OVERALL_KEYS,
  parseObjectives,
  parseShard,
  parseSweepValues,
  replicate,
  resolveWarmup,
  type SweepParam,
  type SweepSpec,
  type SweepValue,
} from '../../experiments/index.js';
import type { CliIo } from '../cliIo.js';
import { emitReport } from '../emitReport.js';
import { loadForCli, type Loaded } from '../loadForCli.js';
import { outputFormat, parseCount, parseWarmup } from '../options.js';
import { withSession } from '../session.js';
import { UsageError } from '../usageError.js';
import { seedAndReplications } from './seedAndReplications.js';
import { writeShard } from './writeShard.js';
import type { ReplicationOptions, ShardOptions } from './commonOptions.js';

/** Largest sweep: points × replications. Beyond this the user is asked to shard or narrow the grid. */
export const MAX_SWEEP_RUNS = 10000;

export interface SweepCliOptions extends ReplicationOptions, ShardOptions {
  param?: string;
  values?: string;
  param2?: string;
  values2?: string;
  sweep?: string;
  variant?: string;
  objectives?: string;
}

/** opsim sweep: headline metrics for each point of a 1- or 2-parameter grid, with the Pareto front. */
export async function sweepCommand(io: CliIo, file: string, opts: SweepCliOptions): Promise<number> {
  const format = outputFormat(opts);
  const loaded = loadForCli(io, file, opts.variant ?? null);
  const params = sweepParams(loaded, opts);
  const objectives = parseObjectives((opts.objectives ?? 'cost,escalations,defects').split(',').map((o) => o.trim()).filter((o) => o !== ''));
  checkObjectives(objectives.map((o) => o.key), loaded.model);
  const { seed, replications } = seedAndReplications(loaded.doc, opts);
  const grid = gridPoints(params);
  if (grid.length * replications > MAX_SWEEP_RUNS) {
    throw new UsageError(
      `sweep: ${grid.length} points × ${replications} replications = ${grid.length * replications} runs, over the limit of ${MAX_SWEEP_RUNS}; ` +
        'use fewer values, fewer --replications, or split the job with --shard k/n',
    );
  }
  if (opts.shard !== undefined) parseShard(opts.shard);
  const models: Model[] = grid.map((point, index) => {
    const built = modelFromDoc(loaded.doc, file, Object.entries(point).map(([path, value]) => ({ path, value })));
    if (built.ok) return built.model;
    const where = Object.entries(point).map(([p, v]) => `${p} = ${JSON.stringify(v)}`).join(', ');
    throw new UsageError(`sweep point ${index} (${where}):\n${built.issues.map((i) => `  ${i}`).join('\n')}`);
  });
  const workers = parseCount('--workers', opts.workers) ?? io.cpus;
  const option = parseWarmup(opts.warmup, models[0].horizon);
  return withSession(io, workers, async (s) => {
    const warm = await resolveWarmup(s.pool, models, { option, seed, replications, pilot: 'first' });
    if (warm === null) {
      io.stderr('opsim: interrupted during the warm-up pilot; no replication finished\n');
      return 1;
    }
    const spec: SweepSpec = {
      scenario: loaded.model.name,
      design: opts.variant ?? 'base',
      sweep: opts.sweep ?? null,
      seed,
      horizonHours: loaded.model.horizon,
      warmup: warm.warmup,
      params,
      objectives,
    };
    if (opts.shard !== undefined) return writeShard(io, s, { kind: 'sweep', spec, replications }, warm.models, opts.shard, opts.out);
    const { runs, cancelled } = await replicate(s.pool, warm.models, seed, 0, replications, (d, t) => s.progress.update(d, t));
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
    if (opts.param !== undefined || opts.param2 !== undefined) throw new UsageError('sweep: give either --sweep <name> or --param/--values, not both');
    const declared = sweepSpecs(loaded.doc);
    if (!Object.hasOwn(declared, opts.sweep)) {
      const names = Object.keys(declared);
      throw new UsageError(`${loaded.file}: sweeps: no sweep "${opts.sweep}"; ${names.length === 0 ? 'the file declares no sweeps' : `the file declares: ${names.join(', ')}`}`);
    }
    const s = declared[opts.sweep];
    return [{ path: s.param, values: s.values as SweepValue[] }];
  }
  if (opts.param === undefined) throw new UsageError('sweep: give --param <path> --values <list|from:to:step>, or --sweep <name declared in the file>');
  const params = [{ path: opts.param, values: valuesOf('--values', opts.values) }];
  if (opts.param2 !== undefined) params.push({ path: opts.param2, values: valuesOf('--values2', opts.values2) });
  else if (opts.values2 !== undefined) throw new UsageError('--values2 needs --param2 <path>');
  if (params.length === 2 && params[0].path === params[1].path) throw new UsageError('--param2 must differ from --param');
  return params;
}

function valuesOf(option: string, text: string | undefined): SweepValue[] {
  if (text === undefined) throw new UsageError(`${option}: missing; expected a list such as 0.3,0.4 or a range such as 0.1:0.9:0.1`);
  try {
    return parseSweepValues(text);
  } catch (err) {
    throw new UsageError(`${option}: ${(err as Error).message}`);
  }
}

function checkObjectives(keys: string[], model: Model): void {
  const known = new Set<string>(OVERALL_KEYS);
  for (const p of model.pools) {
    if (p.kind !== 'executive') known.add(`utilisation:${p.id}`);
    else known.add(`escalationsPerWeek:${p.id}`).add(`adHocPerWeek:${p.id}`).add(`forumPerWeek:${p.id}`).add(`budgetUse:${p.id}`);
  }
  for (const k of keys) {
    if (!known.has(k)) {
      throw new UsageError(
        `--objectives: unknown objective "${k}"; use ${Object.keys(OBJECTIVE_ALIASES).join(', ')} or a headline key such as utilisation:<pool>`,
      );
    }
  }
}
