import {
  DECISION_COST,
  decisionSpace,
  optimiseSpec,
  runOptimise,
  selectionKeys,
  warmOptimise,
  type OptimiseReport,
} from '../experiments/index.js';
import { readReplication, withExecutor, type ReplicationOptions } from './execution.js';
import { invalid, OpsimError } from './opsimError.js';
import { asScenario, design, type Scenario } from './scenario.js';
import { optionFailure, selectionCounts } from './select.js';
import { readSelectionGoal, type SelectionGoalInput } from './selectionGoal.js';

// The decision space, the search's settings and its warm-up are read in src/experiments, where the
// page reads them too; the library and the CLI take them from here.
export { decisionSpace, optimiseSpec, warmOptimise, MAX_DESIGNS, type OptimiseJob } from '../experiments/index.js';

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
    variant: options.variant ?? null,
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
