import type { Model } from '../core/index.js';
import {
  resolveWarmup,
  runSelect,
  selectionKeys,
  gridPoints,
  type Executor,
  type SelectDesignSpec,
  type SelectReport,
  type SelectSpec,
  type SweepParam,
  type SweepValue,
  type WarmupOption,
} from '../experiments/index.js';
import { readNames, readReplication, withExecutor, type ReplicationOptions } from './execution.js';
import { invalid, OpsimError } from './opsimError.js';
import { asScenario, design, designModel, type Scenario } from './scenario.js';
import { readSelectionGoal, type SelectionGoal, type SelectionGoalInput } from './selectionGoal.js';
import { pointModels, sweepParamsOf } from './sweep.js';

export interface SelectOptions extends Omit<ReplicationOptions, 'replications'>, SelectionGoalInput {
  /** Variants to choose among with the base (default: every variant). Not with a sweep. */
  variants?: readonly string[];
  /** Choose among the points of a sweep declared in the file, or of `params` (as for `sweep`). */
  sweep?: string;
  params?: readonly SweepParam[];
  /** The design a sweep varies (default: the base). */
  variant?: string;
  /** Replications of every design before the first comparison (default 10, at least 2). */
  firstStage?: number;
  /** Replications of each surviving design asked for at once after the first stage (default 5). */
  batch?: number;
  /** Most replications per design and phase; reaching it stops with no guarantee (default 1000). */
  maxReplications?: number;
  /** Independent random numbers for each design instead of common ones. */
  independent?: boolean;
}

/**
 * select(scenario, options): the best design on one figure among those meeting the constraints, with
 * a stated confidence, as `opsim select --json`. A selection that ends without a pick (no design
 * feasible, or the cap reached) is a report, not an error: its `rule` says which.
 */
export async function select(source: Scenario | string | object, options: SelectOptions = {}): Promise<SelectReport> {
  const scenario = asScenario(source);
  const sweeping = options.sweep !== undefined || options.params !== undefined;
  const { designs, models } = sweeping ? sweepDesigns(scenario, options) : variantDesigns(scenario, options);
  if (designs.length < 2)
    throw invalid(
      'options',
      sweeping ? 'params' : 'variants',
      `${designs.length} design to choose from; a selection needs at least two (declare variants, or give a sweep)`,
    );
  const goal = readSelectionGoal(options, selectionKeys(models[0]), optionFailure);
  const counts = selectionCounts(options);
  const r = readReplication(scenario, { ...options, replications: counts.firstStage });
  return withExecutor(options, async (executor) => {
    const warm = await warmSelect(
      {
        base: sweeping ? designModel(scenario, options.variant ?? null) : scenario.model,
        models,
        designs,
        pilot: sweeping ? 'first' : 'all',
        seed: r.seed,
        warmup: r.warmup,
        goal,
        ...counts,
        commonRandomNumbers: options.independent !== true,
      },
      executor,
    );
    if (warm === null) return null as never; // only when aborted: withExecutor rejects with the reason
    return runSelect({ ...warm, executor, onProgress: options.onProgress });
  });
}

/** An OpsimError naming the option of a selection goal that is wrong. */
export function optionFailure(what: Parameters<Parameters<typeof readSelectionGoal>[2]>[0], message: string): never {
  if (what.option === 'constraint') throw invalid('options', `constraints.${what.index}`, `"${what.text}": ${message}`);
  throw invalid('options', what.option, message);
}

/** The whole-number settings of a selection, with their defaults, checked. */
export function selectionCounts(o: { firstStage?: number; batch?: number; maxReplications?: number }): {
  firstStage: number;
  batch: number;
  maxReplications: number;
} {
  const whole = (name: string, v: number | undefined, min: number, fallback: number) => {
    if (v === undefined) return fallback;
    if (!Number.isInteger(v) || v < min) throw invalid('options', name, `expected a whole number >= ${min}, got ${v}`);
    return v;
  };
  const firstStage = whole('firstStage', o.firstStage, 2, 10);
  return {
    firstStage,
    batch: whole('batch', o.batch, 1, 5),
    maxReplications: whole('maxReplications', o.maxReplications, firstStage, 1000),
  };
}

function variantDesigns(scenario: Scenario, o: SelectOptions): { designs: SelectDesignSpec[]; models: Model[] } {
  if (o.variant !== undefined)
    throw invalid(
      'options',
      'variant',
      'names the design a sweep varies; to pick variants to choose among, use variants: [...]',
    );
  const names = readNames(o.variants, 'variants', '["human-run"]') ?? scenario.variants;
  names.forEach((name, i) => {
    if (names.indexOf(name) !== i) throw invalid('options', 'variants', `"${name}" is listed twice`);
  });
  return {
    designs: [
      { name: 'base', variant: null, values: null },
      ...names.map((v) => ({ name: v, variant: v, values: null })),
    ],
    models: [scenario.model, ...names.map((v) => designModel(scenario, v))],
  };
}

function sweepDesigns(scenario: Scenario, o: SelectOptions): { designs: SelectDesignSpec[]; models: Model[] } {
  if (o.variants !== undefined)
    throw invalid('options', 'variants', 'give either variants or a sweep (sweep, params), not both');
  const { doc } = design(scenario, o.variant ?? null);
  const points = selectPoints(doc, scenario.file, gridPoints(sweepParamsOf(scenario, o)), o.variant ?? null);
  if ('issues' in points)
    throw new OpsimError(
      'invalid',
      points.issues.map((message) => ({
        file: scenario.file,
        path: `points.${points.index}`,
        message: `${points.name}: ${message}`,
      })),
    );
  return points;
}

/**
 * selectPoints(doc, file, grid, variant): a sweep's points as designs to choose among, each named by
 * its values ("pools.a.capacity=3"), or the first point that does not validate.
 */
export function selectPoints(
  doc: Parameters<typeof pointModels>[0],
  file: string,
  grid: readonly Record<string, SweepValue>[],
  variant: string | null,
): { designs: SelectDesignSpec[]; models: Model[] } | { index: number; name: string; issues: string[] } {
  const name = (point: Record<string, SweepValue>) =>
    Object.entries(point)
      .map(([p, v]) => `${p}=${String(v)}`)
      .join(', ');
  const built = pointModels(doc, file, grid);
  if ('issues' in built) return { index: built.index, name: name(grid[built.index]), issues: built.issues };
  return { designs: grid.map((point) => ({ name: name(point), variant, values: point })), models: built.models };
}

export interface SelectJob {
  /** The design chosen around: its name and horizon head the report. */
  base: Model;
  models: Model[];
  designs: SelectDesignSpec[];
  /** The warm-up pilot: every design's (variants), or the first point's (a sweep). */
  pilot: 'first' | 'all';
  seed: string;
  warmup: WarmupOption;
  goal: SelectionGoal;
  firstStage: number;
  batch: number;
  maxReplications: number;
  commonRandomNumbers: boolean;
}

/** warmSelect(job, executor): the warm-up resolved and the selection's spec; null if the pilot was cancelled. */
export async function warmSelect(
  job: SelectJob,
  executor: Executor,
): Promise<{ spec: SelectSpec; models: Model[] } | null> {
  const warm = await resolveWarmup(executor, job.models, {
    option: job.warmup,
    seed: job.seed,
    replications: job.firstStage,
    pilot: job.pilot,
  });
  if (warm === null) return null;
  const spec: SelectSpec = {
    scenario: job.base.name,
    seed: job.seed,
    horizonHours: job.base.horizon,
    warmup: warm.warmup,
    designs: job.designs,
    objective: job.goal.objective,
    constraints: job.goal.constraints,
    delta: job.goal.delta,
    confidence: job.goal.confidence,
    firstStage: job.firstStage,
    batch: job.batch,
    maxReplications: job.maxReplications,
    commonRandomNumbers: job.commonRandomNumbers,
  };
  return { spec, models: warm.models };
}
