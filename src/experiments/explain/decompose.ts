import type { RunResult } from '../../core/index.js';
import { holmAdjust } from '../holm.js';
import { ALPHA, meanOf, pairedDifference, testable, valuedPairs, type Difference } from '../pairedDifference.js';
import { metricParts } from './metricParts.js';

/** One part's share in a move between two designs. */
export interface Contribution {
  part: string;
  /** Means of the part in the base and the variant. */
  base: number;
  variant: number;
  /** Paired difference of the part (variant - base), Holm-corrected across the decomposition's parts. */
  difference: Difference;
  /** difference.mean / the total move's mean; null when the total did not move. */
  share: number | null;
}

export interface Decomposition {
  metric: string;
  /** Sum of the parts' differences: the metric's mean difference, to rounding. */
  total: number;
  /** Every part whose mean difference is not exactly 0, in the parts' order. */
  parts: Contribution[];
}

/**
 * decompose(metric, base, variant): the paired difference of every part of `metric` (metricParts),
 * replication by replication under common random numbers. Parts missing from one design (a forum the
 * base does not have) count as 0 there. A replication in which either design has no value of the
 * metric (it finished nothing) is left out of every part, as it is of the metric's own difference, so
 * that the parts still add up to it. null when the metric has no decomposition.
 */
export function decompose(
  metric: string,
  base: readonly RunResult[],
  variant: readonly RunResult[],
): Decomposition | null {
  const n = Math.min(base.length, variant.length);
  const b: Record<string, number>[] = [];
  const v: Record<string, number>[] = [];
  for (let r = 0; r < n; r++) {
    const pb = metricParts(metric, base[r]);
    const pv = metricParts(metric, variant[r]);
    if (pb === null || pv === null) return null;
    b.push(pb);
    v.push(pv);
  }
  const keys = unionKeys([...b.slice(0, 1), ...v.slice(0, 1)]);
  const parts: Contribution[] = [];
  let total = 0;
  for (const part of keys) {
    const vs = v.map((p) => partOf(p, part));
    const bs = b.map((p) => partOf(p, part));
    const difference = pairedDifference(vs, bs);
    if (difference.mean === 0) continue;
    total += difference.mean;
    const kept = valuedPairs(vs, bs);
    parts.push({ part, base: meanOf(kept.base), variant: meanOf(kept.variant), difference, share: null });
  }
  const tested = parts.map((c) => c.difference).filter(testable);
  const adjusted = holmAdjust(tested.map((d) => d.p));
  tested.forEach((d, i) => {
    d.pAdjusted = adjusted[i];
    d.significant = adjusted[i] <= ALPHA;
  });
  for (const c of parts) c.share = total === 0 ? null : c.difference.mean / total;
  return { metric, total, parts };
}

/** A part of one replication's parts: 0 when the design lacks it, unless the replication has no value at all. */
function partOf(parts: Record<string, number>, part: string): number {
  const value = parts[part];
  if (value !== undefined) return value;
  for (const x of Object.values(parts)) if (Number.isNaN(x)) return Number.NaN;
  return 0;
}

/** Keys of every record, first record's order first, then new keys in the order met. */
function unionKeys(records: readonly Record<string, number>[]): string[] {
  const seen = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}
