import { simulate, type Model, type RunResult } from '../core/index.js';
import type { Job } from './executor.js';

/**
 * Memory an experiment holds until its report is made. A run or compare report is made from every
 * replication's whole result (the explanations, the paired differences and the per-period figures
 * read each replication), so the results of all replications of all designs are held at once: about
 * 73 KB a replication for the bundled company, 7 GB for its five designs × 20,000 replications. Near the
 * process's heap limit the collector runs almost without pause (5 × 12,000 short replications took
 * 3.5 minutes instead of 1), and past it the process dies without a report. The CLI checks this
 * estimate against the heap it may use before it runs anything.
 */

/**
 * Heap bytes per figure of a held result, with its share of the objects that hold it, and per result
 * besides: measured (bench/tools/heldResultBytes.js) 72.6 KB for the company's 2,515 figures, 10.2 KB
 * for support-vp.yaml's 276 and 6.1 KB for M/M/1's 153 as the engine returns them, less as a worker
 * process's arrive. The estimate is a little over each.
 */
export const BYTES_PER_FIGURE = 30;
export const BYTES_PER_RESULT = 2048;

/**
 * Characters per figure of a result written as JSON (a shard file): 15 to 20 measured on the bundled
 * scenarios (key names and full-precision numbers); a little over.
 */
export const JSON_CHARS_PER_FIGURE = 24;

/**
 * The most characters JSON.stringify writes for a number: 17 significant digits, a sign, a point and
 * a three-digit exponent ("-1.2345678901234567e-308"); NaN and the infinities are written null.
 */
export const JSON_NUMBER_CHARS = 24;

/**
 * The most characters JSON.stringify writes for any value of `shape`'s shape, `shape` holding 0
 * wherever the value holds a number: its keys and strings as they are, each number at its longest.
 */
export function jsonCharsBound(shape: unknown): number {
  return JSON.stringify(shape).length + numberCount(shape) * (JSON_NUMBER_CHARS - 1);
}

function numberCount(value: unknown): number {
  if (typeof value === 'number') return 1;
  if (value === null || typeof value !== 'object') return 0;
  let n = 0;
  for (const v of Object.values(value)) n += numberCount(v);
  return n;
}

/** The number of figures (numbers, strings, booleans, nulls) in a value, however deeply nested. */
export function figureCount(value: unknown): number {
  if (value === null || typeof value !== 'object') return value === undefined ? 0 : 1;
  let n = 0;
  if (Array.isArray(value)) for (const v of value) n += figureCount(v);
  else for (const k in value) n += figureCount((value as Record<string, unknown>)[k]);
  return n;
}

/**
 * The figures in one replication's result of `model`. Its shape (steps, pools, types, executives,
 * ledger) is fixed by the model, so a run of no length has it: that takes a millisecond or two. Per-period
 * figures grow with the horizon: the empty run has one period, the others are counted in.
 */
export function resultFigures(model: Model): number {
  const job = shapeJob(model);
  return figuresFromShape(model, simulate(job.model, job));
}

/**
 * The run of no length that has `model`'s results' shape, as a job a worker can run (the page's
 * own bundle does not carry the engine). Without the model's initial work in progress, which only
 * fills figures the shape already has (a million items placed would take seconds).
 */
export function shapeJob(model: Model): Job {
  return {
    model: { ...model, horizon: 0, warmup: 0, traceEvery: 0, initialWip: [] },
    seed: 'shape',
    replication: 0,
  };
}

/** resultFigures(model) from the result of shapeJob(model). */
export function figuresFromShape(model: Model, empty: RunResult): number {
  let figures = figureCount(empty);
  const periods = empty.periods;
  if (model.periods !== undefined && periods !== undefined && periods.length > 0) {
    figures += (measuredPeriods(model.periods.starts, model.warmup) - periods.length) * figureCount(periods[0]);
  }
  return figures;
}

/** The heap bytes one replication's result of `model` will take. */
export function resultBytes(model: Model): number {
  return bytesOfResult(resultFigures(model));
}

/** The heap bytes of a held result of `figures` figures. */
function bytesOfResult(figures: number): number {
  return BYTES_PER_RESULT + figures * BYTES_PER_FIGURE;
}

/** The periods a run reports: those from the one holding the warm-up's end on (as the engine's PeriodRecorder keeps). */
function measuredPeriods(starts: readonly number[], warmup: number): number {
  let first = 0;
  while (first + 1 < starts.length && starts[first + 1] <= warmup) first++;
  return starts.length - first;
}

/**
 * The heap bytes `opsim merge` will hold for the shard file `shard` is one of (parsed JSON): a
 * compare's whole runs, every job of the job, estimated from this file's first run; 0 for a sweep or
 * a selection, whose runs the merge reduces as it reads them, or for what is not a shard.
 */
export function mergeHolds(shard: unknown): number {
  const f = shard as { keeps?: unknown; task?: { kind?: unknown }; totalJobs?: unknown; results?: unknown } | null;
  if (f === null || typeof f !== 'object' || f.keeps !== 'runs' || f.task?.kind !== 'compare') return 0;
  if (typeof f.totalJobs !== 'number' || !Array.isArray(f.results) || f.results.length === 0) return 0;
  return f.totalJobs * bytesOfResult(figureCount(f.results[0]));
}

/**
 * An upper bound on resultFigures(model) from the model's sizes alone, without a run: a result holds
 * figures per step, pool, item type and function, and per each of those and item type (waits,
 * hours, tasks and costs by type), besides a fixed part and per period. The test holds it above the
 * count on every bundled scenario and on models of many steps or many types; at about ten times the
 * company's count, it lets a job that is small by any measure skip the runs of no length.
 */
export function resultFiguresBound(model: Model): number {
  const types = model.itemTypes.length;
  const entities = model.nodes.length + model.pools.length + types + model.functions.length + 1;
  const periods = model.periods === undefined ? 0 : model.periods.starts.length;
  return 512 + 48 * entities * (types + 1) + periods * (64 + 4 * model.pools.length);
}

/**
 * The results of `replications` replications of designs whose results have `figures` figures each
 * (resultFigures, in order) against `budget` bytes: null when they fit, else their bytes and the
 * most replications of each design that would fit. The CLI and the page check a job with it.
 */
export function heldResultsExcess(
  figures: readonly number[],
  replications: number,
  budget: number,
): { bytes: number; most: number } | null {
  let bytes = 0;
  for (const f of figures) bytes += bytesOfResult(f) * replications;
  if (bytes <= budget) return null;
  return { bytes, most: Math.max(1, Math.floor((budget * replications) / bytes)) };
}

/**
 * heldResultsExcess for `models` themselves: first from the bound on their figures, which lets a
 * job that is small by any measure through without a run; then, only when the bound does not fit,
 * from their exact figures (a run of no length each). The CLI and the library check with it; the
 * page, whose runs of no length go to its workers, does the same in two steps.
 */
export function heldResultsOverBudget(
  models: readonly Model[],
  replications: number,
  budget: number,
): { bytes: number; most: number } | null {
  if (heldResultsExcess(models.map(resultFiguresBound), replications, budget) === null) return null;
  return heldResultsExcess(models.map(resultFigures), replications, budget);
}
