import { interval, type Interval } from './interval.js';
import { hasValue } from './noValue.js';
import { tTwoSidedP } from './studentTDistribution.js';

export interface Difference extends Interval {
  /** mean difference / |base mean|; null when the base mean is 0. */
  relative: number | null;
  /**
   * Two-sided p-value of the paired t-test of "no difference", before any multiple-comparison control;
   * 1 when no spread could be estimated (fewer than 2 replications, or the same difference in every one).
   */
  p: number;
  /** The p-value after Holm's correction across the comparison's family (compare reports); equals p alone. */
  pAdjusted: number;
  /**
   * True when the difference is significant at 5% after the family's correction (pAdjusted <= 0.05).
   * Never when the interval has no width: a difference the same in every replication, or from one
   * replication, carries no evidence of its own spread.
   */
  significant: boolean;
}

/**
 * pairedDifference(variant, base): the CI of per-replication differences variant[r] - base[r].
 * Under common random numbers the pairs share their random streams, so the noise that both designs
 * see cancels and the interval is narrower than the difference of two independent means.
 * A replication in which either side has no value (NaN: a figure over the items done where nothing
 * was, noValue.ts) is left out; n counts the pairs kept.
 * Alone it is a family of one; buildCompareReport corrects the whole comparison with holmAdjust.
 */
export function pairedDifference(variant: readonly number[], base: readonly number[]): Difference {
  const pairs = valuedPairs(variant, base);
  const diffs = pairs.variant.map((v, r) => v - pairs.base[r]);
  const n = diffs.length;
  const ci = interval(diffs);
  const baseMean = meanOf(pairs.base);
  const p = testable(ci) ? tTwoSidedP(ci.mean / standardError(diffs, ci.mean), n - 1) : 1;
  return {
    ...ci,
    relative: baseMean === 0 ? null : ci.mean / Math.abs(baseMean),
    p,
    pAdjusted: p,
    significant: testable(ci) && p <= ALPHA,
  };
}

/** The replications, up to the shorter side, in which both sides have a value; each side's values in order. */
export function valuedPairs(
  variant: readonly number[],
  base: readonly number[],
): { variant: number[]; base: number[] } {
  const n = Math.min(variant.length, base.length);
  const out = { variant: [] as number[], base: [] as number[] };
  for (let r = 0; r < n; r++) {
    if (!hasValue(variant[r]) || !hasValue(base[r])) continue;
    out.variant.push(variant[r]);
    out.base.push(base[r]);
  }
  return out;
}

/** The mean of xs; 0 for none. */
export function meanOf(xs: readonly number[]): number {
  let sum = 0;
  for (const x of xs) sum += x;
  return xs.length === 0 ? 0 : sum / xs.length;
}

/** The level of every significance flag in a report. */
export const ALPHA = 0.05;

/** A difference can be tested only when its interval has width (n >= 2 and the differences vary). */
export function testable(d: Interval): boolean {
  return d.n >= 2 && d.half > 0;
}

function standardError(diffs: readonly number[], mean: number): number {
  let squares = 0;
  for (const x of diffs) squares += (x - mean) * (x - mean);
  return Math.sqrt(squares / (diffs.length - 1) / diffs.length);
}
