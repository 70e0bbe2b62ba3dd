// The steps of each experiment that the CLI drives itself, because it reports an interrupted run
// differently from the library (it prints what finished, where the library rejects): the warm-up
// and the report's spec, one design's replications, a sweep's point models and objectives. Not part
// of the package's public surface (index.ts is); src/cli reaches the API layer through this entry.

export { runDesign, type DesignRun } from './run.js';
export { warmCompare, type CompareJob } from './compare.js';
export { warmSweep, pointModels, unknownObjective, MAX_SWEEP_RUNS, type SweepJob } from './sweep.js';
export { warmSelect, selectPoints, type SelectJob } from './select.js';
export { readSelectionGoal, type SelectionGoal } from './selectionGoal.js';
export { decisionSpace, optimiseSpec, warmOptimise, MAX_DESIGNS, type OptimiseJob } from './optimise.js';

type DriftOfLogOn = typeof import('./drift.js').driftOfLogOn;

/**
 * drift's steps with the replications on a worker pool, imported when called: they bring the
 * event-log readers (CSV, XES, OCEL, a streaming JSON parser), which every other command would
 * otherwise load at its start and never use.
 */
export async function driftOfLogOn(...args: Parameters<DriftOfLogOn>): ReturnType<DriftOfLogOn> {
  const { driftOfLogOn: drift } = await import('./drift.js');
  return drift(...args);
}
