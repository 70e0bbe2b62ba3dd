import type { Model } from '../core/index.js';
import {
  buildSweepReport,
  gridPoints,
  OBJECTIVE_ALIASES,
  OVERALL_KEYS,
  parseObjectives,
  replicate,
  resolveWarmup,
  type Executor,
  type SweepParam,
  type SweepReport,
  type SweepSpec,
  type SweepValue,
  type WarmupOption,
} from '../experiments/index.js';
import { modelFromDoc, withPeriods, type ScenarioDoc } from '../scenario/index.js';
import { readNames, readReplication, withExecutor, type ReplicationOptions } from './execution.js';
import { invalid, OpsimError } from './opsimError.js';
import { asScenario, design, readPeriods, type Scenario } from './scenario.js';

/** Largest sweep on one machine, or in one shard: points × replications. */
export const MAX_SWEEP_RUNS = 10000;

export interface SweepOptions extends ReplicationOptions {
  /** A sweep declared in the file (`sweeps.<name>`), or else `params`. */
  sweep?: string;
  /** One or two parameters: a dotted scenario path and its values; points are their grid, the first varying slowest. */
  params?: readonly SweepParam[];
  /** Sweep this variant instead of the base design. */
  variant?: string;
  /** Objectives of the Pareto front: cost, escalations, defects, throughput, cycle, or headline keys (default cost, escalations, defects). */
  objectives?: readonly string[];
  /** Also measure each calendar period: every point of the report then holds `periods`. */
  periods?: 'week' | 'month' | 'quarter';
}

/** sweep(scenario, options): headline metrics for each point of a grid and its Pareto front, as `opsim sweep --json`. */
export async function sweep(source: Scenario | string | object, options: SweepOptions = {}): Promise<SweepReport> {
  const scenario = asScenario(source);
  const { doc, model } = design(scenario, options.variant ?? null);
  const params = sweepParamsOf(scenario, options);
  const objectives = parseObjectives(
    readNames(options.objectives, 'objectives', '["cost", "escalations"]') ?? ['cost', 'escalations', 'defects'],
  );
  const unknown = unknownObjective(
    objectives.map((o) => o.key),
    model,
  );
  if (unknown !== null) throw invalid('options', 'objectives', unknown);
  const periods = readPeriods(options.periods);
  const r = readReplication(scenario, options);
  const grid = gridPoints(params);
  if (grid.length * r.replications > MAX_SWEEP_RUNS) {
    throw invalid(
      'options',
      'replications',
      `${grid.length} points × ${r.replications} replications = ${grid.length * r.replications} runs, over the limit of ${MAX_SWEEP_RUNS}; shard larger sweeps (docs/distributed.md)`,
    );
  }
  const points = pointModels(doc, scenario.file, grid);
  if ('issues' in points)
    throw new OpsimError(
      'invalid',
      points.issues.map((message) => ({
        file: scenario.file,
        path: `points.${points.index}`,
        message: `${points.where}: ${message}`,
      })),
    );
  return withExecutor(options, async (executor) => {
    const warm = await warmSweep(
      {
        base: model,
        models: points.models.map((m) => withPeriods(m, doc.start, periods)),
        design: options.variant ?? 'base',
        sweep: options.sweep ?? null,
        params,
        objectives,
        ...r,
      },
      executor,
    );
    if (warm === null) return null as never; // only when aborted: withExecutor rejects with the reason
    const { runs } = await replicate(executor, warm.models, r.seed, 0, r.replications, options.onProgress);
    return buildSweepReport(warm.spec, runs);
  });
}

/** sweepParamsOf(scenario, options): the parameters of `sweep` (a name declared in the file) or `params`, checked. */
export function sweepParamsOf(
  scenario: Scenario,
  options: { sweep?: string; params?: readonly SweepParam[] },
): SweepParam[] {
  if (options.sweep !== undefined) {
    if (options.params !== undefined)
      throw invalid('options', 'sweep', 'give either sweep (a name declared in the file) or params, not both');
    const declared = scenario.sweeps[options.sweep];
    if (!declared)
      throw invalid(
        scenario.file,
        'sweeps',
        `no sweep "${options.sweep}"; ${Object.keys(scenario.sweeps).length === 0 ? 'the file declares no sweeps' : `the file declares: ${Object.keys(scenario.sweeps).join(', ')}`}`,
      );
    return [{ path: declared.param, values: declared.values as SweepValue[] }];
  } else {
    const params: unknown = options.params;
    if (!Array.isArray(params) || params.length < 1 || params.length > 2)
      throw invalid(
        'options',
        'params',
        'expected one or two { path, values } (or sweep: a name declared in the file)',
      );
    params.forEach((p: unknown, i) => {
      const { path, values } = (p ?? {}) as { path?: unknown; values?: unknown };
      if (typeof path !== 'string' || !Array.isArray(values))
        throw invalid(
          'options',
          `params.${i}`,
          'expected { path, values }: a dotted path as text and a list of values',
        );
    });
    return (params as SweepParam[]).map((p) => ({ path: p.path, values: [...p.values] }));
  }
}

/**
 * pointModels(doc, file, grid): each point's model, or the first point that does not validate with
 * its issues ("file: path: message") and a description of its values.
 */
export function pointModels(
  doc: ScenarioDoc,
  file: string,
  grid: readonly Record<string, SweepValue>[],
): { models: Model[] } | { index: number; where: string; issues: string[] } {
  const models: Model[] = [];
  for (const [index, point] of grid.entries()) {
    const built = modelFromDoc(
      doc,
      file,
      Object.entries(point).map(([path, value]) => ({ path, value })),
    );
    if (!built.ok)
      return {
        index,
        where: Object.entries(point)
          .map(([p, v]) => `${p} = ${JSON.stringify(v)}`)
          .join(', '),
        issues: built.issues,
      };
    models.push(built.model);
  }
  return { models };
}

/** unknownObjective(keys, model): a message for the first objective the model cannot report, or null. */
export function unknownObjective(keys: readonly string[], model: Model): string | null {
  const known = new Set<string>(OVERALL_KEYS);
  for (const p of model.pools) {
    if (p.kind !== 'executive') known.add(`utilisation:${p.id}`);
    else
      known
        .add(`escalationsPerWeek:${p.id}`)
        .add(`adHocPerWeek:${p.id}`)
        .add(`forumPerWeek:${p.id}`)
        .add(`budgetUse:${p.id}`);
  }
  const k = keys.find((key) => !known.has(key));
  return k === undefined
    ? null
    : `unknown objective "${k}"; use ${Object.keys(OBJECTIVE_ALIASES).join(', ')} or a headline key such as utilisation:<pool>`;
}

export interface SweepJob {
  /** The design swept, before any point's values: its name and horizon head the report. */
  base: Model;
  models: Model[];
  design: string;
  sweep: string | null;
  params: SweepParam[];
  objectives: SweepSpec['objectives'];
  seed: string;
  replications: number;
  warmup: WarmupOption;
}

/** warmSweep(job, executor): one warm-up for every point (a pilot of the first) and the report's spec; null if the pilot was cancelled. */
export async function warmSweep(
  job: SweepJob,
  executor: Executor,
): Promise<{ spec: SweepSpec; models: Model[] } | null> {
  const warm = await resolveWarmup(executor, job.models, {
    option: job.warmup,
    seed: job.seed,
    replications: job.replications,
    pilot: 'first',
  });
  if (warm === null) return null;
  const spec: SweepSpec = {
    scenario: job.base.name,
    design: job.design,
    sweep: job.sweep,
    seed: job.seed,
    horizonHours: job.base.horizon,
    warmup: warm.warmup,
    params: job.params,
    objectives: job.objectives,
  };
  return { spec, models: warm.models };
}
