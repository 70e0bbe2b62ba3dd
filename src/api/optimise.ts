import type { Model } from '../core/index.js';
import {
  DECISION_COST,
  decisionsOf,
  designName,
  designPoints,
  pointParams,
  resolveWarmup,
  runOptimise,
  selectionKeys,
  type Decision,
  type Executor,
  type OptimiseReport,
  type OptimiseSpec,
  type WarmupOption,
} from '../experiments/index.js';
import { modelFromDoc, type ScenarioDoc } from '../scenario/index.js';
import { readReplication, withExecutor, type ReplicationOptions } from './execution.js';
import { invalid, OpsimError } from './opsimError.js';
import { asScenario, design, type Scenario } from './scenario.js';
import { optionFailure, selectionCounts } from './select.js';
import { readSelectionGoal, type SelectionGoal, type SelectionGoalInput } from './selectionGoal.js';

/** Most designs a decision space may hold: each is compiled before the search starts. */
export const MAX_DESIGNS = 2000;

export interface OptimiseOptions extends Omit<ReplicationOptions, 'replications'>, SelectionGoalInput {
  /** Optimise this variant's decisions instead of the base design's. */
  variant?: string;
  /** select's settings for the certification (defaults 10, 5, 1000). */
  firstStage?: number;
  batch?: number;
  maxReplications?: number;
  /** Spaces of at most this many designs are certified whole (default 50). */
  exhaustive?: number;
  /** Screening runs of a larger space (default 20 per design). */
  budget?: number;
  /** Designs screening passes to certification (default 5). */
  finalists?: number;
  /** A line for people at each phase ("screening 120 designs with OCBA ..."). */
  onPhase?: (text: string) => void;
}

/**
 * optimise(scenario, options): the best combination of the file's `decisions:`, certified by select,
 * as `opsim optimise --json`. As for select, ending without a pick is a report whose `rule` says why.
 */
export async function optimise(
  source: Scenario | string | object,
  options: OptimiseOptions = {},
): Promise<OptimiseReport> {
  const scenario = asScenario(source);
  const { doc, model } = design(scenario, options.variant ?? null);
  const space = decisionSpace(doc, scenario.file);
  if ('error' in space) throw invalid(scenario.file, space.path, space.error);
  if ('issues' in space)
    throw new OpsimError(
      'invalid',
      space.issues.map((message) => ({ file: scenario.file, path: 'decisions', message: `${space.name}: ${message}` })),
    );
  const goal = readSelectionGoal(options, [...selectionKeys(space.models[0]), DECISION_COST], optionFailure);
  const counts = selectionCounts(options);
  const whole = (name: string, v: number | undefined, min: number) => {
    if (v !== undefined && (!Number.isInteger(v) || v < min))
      throw invalid('options', name, `expected a whole number >= ${min}, got ${v}`);
    return v;
  };
  const r = readReplication(scenario, { ...options, replications: counts.firstStage });
  const spec = optimiseSpec({
    base: model,
    decisions: space.decisions,
    designs: space.models.length,
    seed: r.seed,
    goal,
    ...counts,
    exhaustive: whole('exhaustive', options.exhaustive, 2),
    budget: whole('budget', options.budget, 1),
    finalists: whole('finalists', options.finalists, 2),
  });
  return withExecutor(options, async (executor) => {
    const warm = await warmOptimise(spec, space.models, r.warmup, executor);
    if (warm === null) return null as never; // only when aborted: withExecutor rejects with the reason
    return runOptimise({ ...warm, executor, onProgress: options.onProgress, onPhase: options.onPhase });
  });
}

/**
 * decisionSpace(doc, file): the file's decisions, their design points' models in order, or what is
 * wrong (no decisions, too many designs, a point that does not validate).
 */
export function decisionSpace(
  doc: ScenarioDoc,
  file: string,
): { decisions: Decision[]; models: Model[] } | { path: string; error: string } | { name: string; issues: string[] } {
  const decisions = decisionsOf(doc as Parameters<typeof decisionsOf>[0]);
  if (decisions.length === 0)
    return {
      path: 'decisions',
      error: 'the file declares no decisions; add decisions: { <name>: { param, values } } (docs/scenario-format.md)',
    };
  const points = designPoints(decisions);
  if (points.length > MAX_DESIGNS)
    return {
      path: 'decisions',
      error: `${points.length} combinations, over the limit of ${MAX_DESIGNS}; use fewer values or a larger step`,
    };
  const models: Model[] = [];
  for (const point of points) {
    const built = modelFromDoc(doc, file, pointParams(decisions, point));
    if (!built.ok) return { name: designName(point), issues: built.issues };
    models.push(built.model);
  }
  return { decisions, models };
}

export interface OptimiseJob {
  /** The design optimised: its name and horizon head the report. */
  base: Model;
  decisions: Decision[];
  /** Number of design points. */
  designs: number;
  seed: string;
  goal: SelectionGoal;
  firstStage: number;
  batch: number;
  maxReplications: number;
  /** Defaults: 50 designs certified whole, 20 screening runs per design, 5 finalists. */
  exhaustive?: number;
  budget?: number;
  finalists?: number;
}

/** optimiseSpec(job): the search's settings with their defaults, before the warm-up is known. */
export function optimiseSpec(job: OptimiseJob): Omit<OptimiseSpec, 'warmup'> {
  const finalists = job.finalists ?? 5;
  return {
    scenario: job.base.name,
    seed: job.seed,
    horizonHours: job.base.horizon,
    decisions: job.decisions,
    objective: job.goal.objective,
    constraints: job.goal.constraints,
    delta: job.goal.delta,
    confidence: job.goal.confidence,
    firstStage: job.firstStage,
    batch: job.batch,
    maxReplications: job.maxReplications,
    exhaustiveLimit: job.exhaustive ?? 50,
    screening: {
      firstStage: 5,
      budget: Math.max(job.budget ?? 20 * job.designs, 5 * job.designs),
      increment: Math.max(10, 2 * finalists),
      finalists,
    },
  };
}

/** warmOptimise(spec, models, warmup, executor): one warm-up for every design (a pilot of the first); null if cancelled. */
export async function warmOptimise(
  spec: Omit<OptimiseSpec, 'warmup'>,
  models: Model[],
  warmup: WarmupOption,
  executor: Executor,
): Promise<{ spec: OptimiseSpec; models: Model[] } | null> {
  const warm = await resolveWarmup(executor, models, {
    option: warmup,
    seed: spec.seed,
    replications: spec.firstStage,
    pilot: 'first',
  });
  if (warm === null) return null;
  return { spec: { ...spec, warmup: warm.warmup }, models: warm.models };
}
