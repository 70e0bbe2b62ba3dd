import type { Interval } from './interval.js';

/**
 * withinPrecision(ci, target): the CI half-width is at most `target` (a fraction, 0.05 for 5%) of the
 * mean's magnitude. A zero half-width always counts (a metric that never varies is as precise as it
 * gets); fewer than two replications never do, because they give no spread to judge by.
 */
export function withinPrecision(ci: Interval, target: number): boolean {
  if (ci.n < 2) return false;
  return ci.half === 0 || ci.half <= target * Math.abs(ci.mean);
}

/** The headline keys, as `design/metric`, whose intervals are still too wide. */
export function imprecise(designs: readonly { name: string; headline: Record<string, Interval> }[], target: number): string[] {
  const out: string[] = [];
  for (const d of designs) {
    for (const [key, ci] of Object.entries(d.headline)) if (!withinPrecision(ci, target)) out.push(`${d.name}/${key}`);
  }
  return out;
}
