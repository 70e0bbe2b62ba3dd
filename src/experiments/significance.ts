// How a report controls the error of its significance flags: every tested difference of one family
// (a comparison's headline differences; separately, its or a sweep's differences per period) is
// adjusted together by Holm's step-down procedure, so that the chance of even one false flag in the
// family is at most ALPHA.
import { holmAdjust } from './holm.js';
import { ALPHA, testable, type Difference } from './pairedDifference.js';

export interface Significance {
  /** Holm's step-down procedure over every tested difference of the report (all metrics of all variants). */
  method: 'holm';
  /** Family-wise error rate: the chance that even one flag in the report is a false alarm is at most alpha. */
  alpha: number;
  /** Differences tested; those whose interval has no width are not tested and never significant. */
  tests: number;
}

/** Replaces each tested difference's pAdjusted and significant flag by Holm's, across the whole family. */
export function correctForMultipleComparisons(families: readonly Record<string, Difference>[]): Significance {
  const tested = families.flatMap((metrics) => Object.values(metrics).filter(testable));
  const adjusted = holmAdjust(tested.map((d) => d.p));
  tested.forEach((d, i) => {
    d.pAdjusted = adjusted[i];
    d.significant = adjusted[i] <= ALPHA;
  });
  return { method: 'holm', alpha: ALPHA, tests: tested.length };
}

/**
 * Whether a difference Holm's correction does not flag is clear on its own: its 95% interval leaves
 * out 0. Beside a bare "not significant" such an interval reads as a contradiction; reports say that
 * the correction, across the family's tests, is what holds it back.
 */
export function heldBackByCorrection(d: Difference): boolean {
  return !d.significant && d.half > 0 && (d.lo > 0 || d.hi < 0);
}

/** A difference's significance in words for a table: "yes", "no", or "not among N" (held back by the correction over N tests). */
export function significanceLabel(d: Difference, tests: number): string {
  if (d.significant) return 'yes';
  return heldBackByCorrection(d) ? `not among ${tests}` : 'no';
}
