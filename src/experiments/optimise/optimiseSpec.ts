// A search's settings from what was asked (the goal, select's sizes, the screening's), with the
// defaults the CLI, the library and the page share, and one warm-up for every design of the space.
import type { Model } from '../../core/index.js';
import type { Executor } from '../executor.js';
import { resolveWarmup } from '../resolveWarmup.js';
import type { SelectionGoal } from '../select/selectionGoal.js';
import type { WarmupOption } from '../warmupOption.js';
import type { Decision } from './decisionSpace.js';
import type { OptimiseSpec } from './runOptimise.js';

export interface OptimiseJob {
  /** The design optimised: its name and horizon head the report. */
  base: Model;
  decisions: Decision[];
  /** The variant whose decisions are searched; null or absent for the base. */
  variant?: string | null;
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

/** The defaults of the search's sizes: spaces certified whole up to 50 designs; beyond, 20 screening runs per design and 5 finalists. */
export const OPTIMISE_DEFAULTS = { exhaustive: 50, budgetPerDesign: 20, finalists: 5 } as const;

/** optimiseSpec(job): the search's settings with their defaults, before the warm-up is known. */
export function optimiseSpec(job: OptimiseJob): Omit<OptimiseSpec, 'warmup'> {
  const finalists = job.finalists ?? OPTIMISE_DEFAULTS.finalists;
  return {
    scenario: job.base.name,
    seed: job.seed,
    horizonHours: job.base.horizon,
    decisions: job.decisions,
    design: job.variant ?? null,
    objective: job.goal.objective,
    constraints: job.goal.constraints,
    delta: job.goal.delta,
    confidence: job.goal.confidence,
    firstStage: job.firstStage,
    batch: job.batch,
    maxReplications: job.maxReplications,
    exhaustiveLimit: job.exhaustive ?? OPTIMISE_DEFAULTS.exhaustive,
    screening: {
      firstStage: 5,
      budget: Math.max(job.budget ?? OPTIMISE_DEFAULTS.budgetPerDesign * job.designs, 5 * job.designs),
      increment: Math.max(10, 2 * finalists),
      finalists,
    },
  };
}

/**
 * warmOptimise(spec, models, warmup, executor, onProgress): one warm-up for every design (a pilot of
 * the first, of the first stage's replications); null if cancelled. The CLI, the API and the page
 * all warm an optimisation up here.
 */
export async function warmOptimise(
  spec: Omit<OptimiseSpec, 'warmup'>,
  models: Model[],
  warmup: WarmupOption,
  executor: Executor,
  onProgress?: (done: number, total: number) => void,
): Promise<{ spec: OptimiseSpec; models: Model[] } | null> {
  const warm = await resolveWarmup(executor, models, {
    option: warmup,
    seed: spec.seed,
    replications: spec.firstStage,
    pilot: 'first',
    onProgress,
  });
  if (warm === null) return null;
  return { spec: { ...spec, warmup: warm.warmup }, models: warm.models };
}
