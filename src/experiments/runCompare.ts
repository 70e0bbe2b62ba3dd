import type { Model, RunResult } from '../core/index.js';
import type { Executor } from './executor.js';
import { buildCompareReport, type CompareReport, type CompareSpec, type Stopping } from './compareReport.js';
import { aggregateHeadlines } from './designReport.js';
import { headlineOf } from './headline.js';
import { precisionScale, withinPrecision } from './precision.js';
import { replicate } from './replicate.js';

export interface CompareOptions {
  spec: CompareSpec;
  /** One compiled model per design, in spec.designs order. */
  models: Model[];
  replications: number;
  /** Target CI half-width as a fraction of the mean, or null for a fixed number of replications. */
  precision: number | null;
  maxReplications: number;
  executor: Executor;
  onProgress?(done: number, total: number): void;
}

export interface CompareOutcome {
  /** null when cancelled before one replication of every design had finished. */
  report: CompareReport | null;
  cancelled: boolean;
}

/**
 * runCompare: runs every design under the same (seed, replication) pairs. With a precision target it
 * adds replications in batches until every design's headline intervals are within the target or
 * maxReplications is reached. The batch size comes from the usual n * (half / target)^2 estimate,
 * at least 2 more and at most double, so the sequence of replication counts is deterministic.
 */
export async function runCompare(o: CompareOptions): Promise<CompareOutcome> {
  const runs: RunResult[][] = o.models.map(() => []);
  const cap = o.precision === null ? o.replications : Math.max(o.maxReplications, 2);
  let target = Math.min(o.precision === null ? o.replications : Math.max(o.replications, 2), cap);
  let doneBefore = 0;
  let rule: Stopping['rule'] = 'fixed';
  let cancelled = false;
  for (;;) {
    const from = runs[0].length;
    const batch = await replicate(o.executor, o.models, o.spec.seed, from, target, (done) =>
      o.onProgress?.(doneBefore + done, doneBefore + (target - from) * o.models.length),
    );
    batch.runs.forEach((r, d) => runs[d].push(...r));
    doneBefore += (target - from) * o.models.length;
    if (batch.cancelled) {
      cancelled = true;
      rule = 'cancelled';
      break;
    }
    if (o.precision === null) break;
    const next = nextCount(runs, o.precision);
    if (next === null) {
      rule = 'precision';
      break;
    }
    if (target >= cap) {
      rule = 'cap';
      break;
    }
    target = Math.min(cap, next);
  }
  const stopping: Stopping = { rule, target: o.precision, maxReplications: o.precision === null ? null : cap };
  if (runs[0].length === 0) return { report: null, cancelled: true };
  return { report: buildCompareReport(o.spec, runs, stopping), cancelled };
}

/** The replication count to try next, or null when every headline interval is within the target. */
function nextCount(runs: RunResult[][], precision: number): number | null {
  const n = runs[0].length;
  let needed = 0;
  for (const designRuns of runs) {
    const headline = aggregateHeadlines(designRuns.map(headlineOf));
    for (const [key, ci] of Object.entries(headline)) {
      const scale = precisionScale(key, headline);
      if (withinPrecision(ci, precision, scale)) continue;
      const ratio = scale === 0 ? 2 : ci.half / (precision * scale);
      needed = Math.max(needed, Math.ceil(n * ratio * ratio));
    }
  }
  if (needed === 0) return null;
  return Math.min(Math.max(needed, n + 2), 2 * n);
}
