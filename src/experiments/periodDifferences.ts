import type { PeriodFigures, RunResult } from '../core/index.js';
import { pairedDifference, type Difference } from './pairedDifference.js';
import { overDone } from './noValue.js';

/** One calendar period's paired differences, variant minus base, keyed as periodMetricsOf. */
export interface PeriodDifference {
  label: string;
  start: number;
  end: number;
  metrics: Record<string, Difference>;
}

/**
 * The figures of one period that are compared between designs: the headline's figures as a period
 * has them (its outcomes per week, cycle time, cost per done item, escaped defects, escalations,
 * lost and leftover work, each pool's utilisation), plus its cost and the errors made. Cycle time and
 * cost per done item are NaN, no value, in a period that delivered nothing (noValue.ts).
 */
export function periodMetricsOf(p: PeriodFigures): Record<string, number> {
  const out: Record<string, number> = {
    throughputPerWeek: p.throughputPerWeek,
    cycleTime: overDone(p.cycleTime, p),
    costPerDone: overDone(p.costPerDone, p),
    cost: p.cost,
    errorsMade: p.errorsMade,
    errorsEscaped: p.errorsEscaped,
    escalations: p.escalations,
    abandoned: p.abandoned,
    blocked: p.blocked,
    inSystemAtEnd: p.inSystemAtEnd,
  };
  for (const [id, u] of Object.entries(p.utilisation)) out[`utilisation:${id}`] = u;
  return out;
}

/**
 * periodDifferences(variant, base): per period, the paired difference variant[r] - base[r] of each
 * period figure over the replications both share (common random numbers, as the headline's); cycle
 * time and cost per done item only over the replications in which both designs delivered in the
 * period (pairedDifference leaves out the others; n counts them, 0 for no value); null
 * when the runs were not measured by period. Both designs have the same periods (the same start and
 * horizon); a pool one of them lacks is left out. The flags are those of a family of one, until
 * buildCompareReport corrects the report's period differences together.
 */
export function periodDifferences(
  variant: readonly RunResult[],
  base: readonly RunResult[],
): PeriodDifference[] | null {
  return periodDifferencesOf(
    variant.map((r) => r.periods),
    base.map((r) => r.periods),
  );
}

/** periodDifferencesOf(variant, base): the same from each replication's periods (a sweep keeps only these of a run). */
export function periodDifferencesOf(
  variant: readonly (readonly PeriodFigures[] | undefined)[],
  base: readonly (readonly PeriodFigures[] | undefined)[],
): PeriodDifference[] | null {
  const first = base[0];
  if (first === undefined || variant[0] === undefined) return null;
  const n = Math.min(variant.length, base.length);
  return first.map((p, i) => {
    const v = variant.slice(0, n).map((periods) => periodMetricsOf(periods![i]));
    const b = base.slice(0, n).map((periods) => periodMetricsOf(periods![i]));
    const metrics: Record<string, Difference> = {};
    for (const key of Object.keys(v[0] ?? {})) {
      if (b[0]?.[key] === undefined) continue;
      metrics[key] = pairedDifference(
        v.map((x) => x[key]),
        b.map((x) => x[key]),
      );
    }
    return { label: p.label, start: p.start, end: p.end, metrics };
  });
}
