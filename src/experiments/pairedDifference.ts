import { interval, type Interval } from './interval.js';

export interface Difference extends Interval {
  /** mean difference / |base mean|; null when the base mean is 0. */
  relative: number | null;
  /** True when the 95% CI of the paired difference excludes 0 (never with fewer than 2 replications). */
  significant: boolean;
}

/**
 * pairedDifference(variant, base): the CI of per-replication differences variant[r] - base[r].
 * Under common random numbers the pairs share their random streams, so the noise that both designs
 * see cancels and the interval is narrower than the difference of two independent means.
 */
export function pairedDifference(variant: readonly number[], base: readonly number[]): Difference {
  const n = Math.min(variant.length, base.length);
  const diffs: number[] = [];
  for (let r = 0; r < n; r++) diffs.push(variant[r] - base[r]);
  const ci = interval(diffs);
  let baseSum = 0;
  for (let r = 0; r < n; r++) baseSum += base[r];
  const baseMean = n === 0 ? 0 : baseSum / n;
  return {
    ...ci,
    relative: baseMean === 0 ? null : ci.mean / Math.abs(baseMean),
    significant: n >= 2 && (ci.lo > 0 || ci.hi < 0),
  };
}
