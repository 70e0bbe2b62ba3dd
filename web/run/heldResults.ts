// Whether the results a run or comparison keeps until its report fit the page's memory, checked
// before its replications run, as the CLI checks them against Node's heap (src/cli/heldResultsGuard.ts).
// The page's own bundle does not carry the engine, so the run of no length that has a result's
// shape (shapeJob) runs on the page's workers.
import type { Model, RunResult } from '../../src/core/index.js';
import {
  type Job,
  figuresFromShape,
  heldResultsExcess,
  resultFiguresBound,
  shapeJob,
} from '../../src/experiments/index.js';
import { megabytes } from '../../src/scenario/index.js';

/** The share of the page's heap its results may take, as the CLI allows of Node's. */
const HEAP_SHARE = 0.6;
/** A page's heap where the browser does not say (performance.memory is Chromium's). */
const ASSUMED_HEAP = 2 ** 31;

/** The bytes of results the page keeps at most: HEAP_SHARE of the heap Chromium says the page may use. */
export function resultsBudget(): number {
  const said = (performance as unknown as { memory?: { jsHeapSizeLimit?: number } }).memory?.jsHeapSizeLimit;
  return HEAP_SHARE * (typeof said === 'number' && said > 0 ? said : ASSUMED_HEAP);
}

/**
 * Why `replications` replications of each of `models` would not fit `budget` bytes, or null when they
 * fit. `runShapes` runs shapeJob of each model (on the page's workers) and gives their results, or
 * null when cancelled. A bound from the models' sizes lets most jobs through without running anything.
 */
export async function heldResultsProblem(
  models: readonly Model[],
  replications: number,
  budget: number,
  runShapes: (jobs: Job[]) => Promise<(RunResult | undefined)[] | null>,
): Promise<string | null> {
  if (heldResultsExcess(models.map(resultFiguresBound), replications, budget) === null) return null;
  const empties = await runShapes(models.map(shapeJob));
  if (empties === null || empties.some((r) => r === undefined)) return null;
  const excess = heldResultsExcess(
    models.map((m, i) => figuresFromShape(m, empties[i]!)),
    replications,
    budget,
  );
  if (excess === null) return null;
  const { bytes, most } = excess;
  const designs = models.length === 1 ? 'The design' : `${models.length} designs`;
  return (
    `${designs} × ${replications.toLocaleString('en-US')} replications would keep about ${megabytes(bytes)} of ` +
    `results until the report is made, more than the ${megabytes(budget)} this page keeps. Use at most ` +
    `${most.toLocaleString('en-US')} replications, fewer designs, or the CLI, which has its machine's memory.`
  );
}
