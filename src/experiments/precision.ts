import type { Interval } from './interval.js';

/**
 * precisionScale(key, headline): the magnitude a headline interval's half-width is judged against.
 * Overall metrics are judged against their own mean. A per-executive escalation rate is judged against
 * the larger of its mean and the total escalation rate, and a pool's utilisation against the larger of
 * its mean and 1 (so 5% means ±5 points): otherwise a rarely consulted executive or an idle pool
 * would demand thousands of replications for a figure nobody needs to know to 5% of almost nothing.
 */
export function precisionScale(key: string, headline: Record<string, Interval>): number {
  const own = Math.abs(headline[key]?.mean ?? 0);
  if (key.startsWith('utilisation:') || key.startsWith('budgetUse:') || key.endsWith('Share')) return Math.max(own, 1);
  // Lost and leftover work is judged against a week's throughput: 5% of a handful of abandonments is noise nobody acts on.
  if (key === 'abandonedPerWeek' || key === 'blockedPerWeek' || key === 'inSystemAtEnd')
    return Math.max(own, Math.abs(headline.throughputPerWeek?.mean ?? 0));
  if (key.startsWith('escalationsPerWeek:') || key.startsWith('adHocPerWeek:') || key.startsWith('forumPerWeek:'))
    return Math.max(own, Math.abs(headline.escalationsPerWeek?.mean ?? 0));
  // A rare item type's figures are judged against the whole flow's, as a rare executive's are.
  if (key.startsWith('costPerDone:')) return Math.max(own, Math.abs(headline.costPerDone?.mean ?? 0));
  return own;
}

/**
 * withinPrecision(ci, target, scale): the CI half-width is at most `target` (a fraction, 0.05 for 5%)
 * of `scale` (by default the mean's magnitude). A zero half-width always counts (a metric that never
 * varies is as precise as it gets); one replication never does, because it gives no spread to judge
 * by. A figure no replication has a value of (n = 0: a cost per done item of a design that delivers
 * nothing) has nothing to make precise, and is not waited for.
 */
export function withinPrecision(ci: Interval, target: number, scale = Math.abs(ci.mean)): boolean {
  if (ci.n === 0) return true;
  if (ci.n < 2) return false;
  return ci.half === 0 || ci.half <= target * scale;
}

/** The headline keys, as `design/metric`, whose intervals are still too wide. */
export function imprecise(
  designs: readonly { name: string; headline: Record<string, Interval> }[],
  target: number,
): string[] {
  const out: string[] = [];
  for (const d of designs) {
    for (const [key, ci] of Object.entries(d.headline)) {
      if (!withinPrecision(ci, target, precisionScale(key, d.headline))) out.push(`${d.name}/${key}`);
    }
  }
  return out;
}
