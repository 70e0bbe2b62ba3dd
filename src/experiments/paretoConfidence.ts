import type { Interval } from './interval.js';
import { pairedDifference, testable } from './pairedDifference.js';
import type { Objective } from './pareto.js';

/**
 * Where a point stands on the Pareto front once the noise is taken into account:
 * - dominated: another point is better on every objective with 95% confidence (each paired difference's
 *   95% interval lies on the better side of 0, or the two never differ at all);
 * - optimal: against every other point, this one is better on at least one objective with 95% confidence,
 *   so no other point can dominate it;
 * - possibly optimal: neither; the replications cannot tell whether it is on the front.
 */
export type FrontStatus = 'optimal' | 'possibly optimal' | 'dominated';

export interface FrontStanding {
  front: FrontStatus;
  /**
   * The first point (by index) that dominates this one with 95% confidence, or null; with `keepsUp`,
   * the first of those that keeps up, if any does.
   */
  dominatedBy: number | null;
}

/**
 * A difference that is the same in every replication (n >= 2, no spread; common random numbers make a
 * fixed headcount's labour cost such a figure) is taken as known exactly.
 *
 * paretoWithConfidence(values, objectives): values[i][o][r] is point i's objective o in replication r,
 * replications paired under common random numbers. Each verdict about a pair of points is an
 * intersection-union test (Berger 1982): "j is better than i on every objective" is claimed only when
 * every one of its per-objective tests rejects at 5%, which keeps that claim's error at 5% with no
 * correction for the number of objectives. The verdicts are per point, not simultaneous over all points.
 */
export function paretoWithConfidence(
  values: readonly (readonly (readonly number[])[])[],
  objectives: readonly Objective[],
  /** noValue[i][o]: point i has no value of objective o (it finished no item; see sweepReport): any point that has one is better there. */
  noValue: readonly (readonly boolean[])[] | null = null,
  /**
   * keepsUp[j]: point j raised no warning. A point dominated both by one that cannot keep up (cheap
   * per done item because its backlog grows) and by one that can names the one that can, so that
   * "dominated by" points a reader to a design they could adopt.
   */
  keepsUp: readonly boolean[] | null = null,
): FrontStanding[] {
  const k = values.length;
  // sign(o) * (x_j - x_i) < 0 means j is better than i on objective o.
  const sign = objectives.map((o) => (o.direction === 'min' ? 1 : -1));
  const verdict = (
    i: number,
    j: number,
  ): { jBetterSomewhere: boolean; jNoWorseEverywhere: boolean; iBetterSomewhere: boolean } => {
    let jBetterSomewhere = false;
    let jNoWorseEverywhere = true;
    let iBetterSomewhere = false;
    objectives.forEach((_, o) => {
      const iNone = noValue?.[i][o] === true;
      const jNone = noValue?.[j][o] === true;
      if (iNone || jNone) {
        // A point with no value is worse than one with a value, with certainty; two without are equal.
        if (jNone && !iNone) {
          jNoWorseEverywhere = false;
          iBetterSomewhere = true;
        } else if (iNone && !jNone) jBetterSomewhere = true;
        return;
      }
      // On the scale where lower is better: d < 0 means j is better.
      const d = pairedDifference(values[j][o], values[i][o]);
      const lo = sign[o] > 0 ? d.lo : -d.hi;
      const hi = sign[o] > 0 ? d.hi : -d.lo;
      const jBetter = testable(d) ? hi < 0 : d.n >= 2 && hi < 0;
      const iBetter = testable(d) ? lo > 0 : d.n >= 2 && lo > 0;
      if (jBetter) jBetterSomewhere = true;
      // Without spread (the same difference in every replication) the difference is known exactly.
      if (!jBetter && !(!testable(d) && d.n >= 2 && hi <= 0)) jNoWorseEverywhere = false;
      if (iBetter) iBetterSomewhere = true;
    });
    return { jBetterSomewhere, jNoWorseEverywhere, iBetterSomewhere };
  };
  const out: FrontStanding[] = [];
  for (let i = 0; i < k; i++) {
    let dominatedBy: number | null = null;
    let optimal = true;
    for (let j = 0; j < k; j++) {
      if (j === i) continue;
      const v = verdict(i, j);
      const dominates = v.jNoWorseEverywhere && v.jBetterSomewhere;
      if (dominates && (dominatedBy === null || (keepsUp !== null && keepsUp[j] && !keepsUp[dominatedBy])))
        dominatedBy = j;
      if (!v.iBetterSomewhere) optimal = false;
    }
    out.push({ front: dominatedBy !== null ? 'dominated' : optimal ? 'optimal' : 'possibly optimal', dominatedBy });
  }
  return out;
}
