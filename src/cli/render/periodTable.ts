import type { PeriodDifference, PeriodReport } from '../../experiments/index.js';
import { periodLabel, significanceLabel } from '../../experiments/index.js';
import type { Cell, Table } from './table.js';

/** periodTable(periods, suffix): one row per calendar period (`--periods`), the headline figures with their 95% intervals. */
export function periodTable(periods: readonly PeriodReport[], suffix = ''): Table {
  const pools = Object.keys(periods[0]?.utilisation ?? {});
  return {
    title: `Per period${suffix} (mean ± 95% CI)`,
    columns: [
      'period',
      'arrived',
      'done',
      'throughput (/week)',
      'cycle time (h)',
      'abandoned',
      'blocked',
      'errors made',
      'escaped defects',
      'escalations',
      'cost per done item',
      'in system at end',
      ...pools.map((p) => `utilisation ${p}`),
    ],
    rows: periods.map((p): Cell[] => [
      periodLabel(p),
      { ci: p.arrived },
      { ci: p.done },
      { ci: p.throughputPerWeek },
      { ci: p.cycleTime },
      { ci: p.abandoned },
      { ci: p.blocked },
      { ci: p.errorsMade },
      { ci: p.errorsEscaped },
      { ci: p.escalations },
      { ci: p.costPerDone },
      { ci: p.inSystemAtEnd },
      ...pools.map((id): Cell => ({ ci: p.utilisation[id], as: 'percent' })),
    ]),
  };
}

/** The period figures compared between designs (periodMetricsOf's keys), as the period table names them. */
function periodMetricLabel(key: string): string {
  if (key.startsWith('utilisation:')) return `utilisation ${key.slice('utilisation:'.length)}`;
  return PERIOD_METRIC_LABELS[key] ?? key;
}

const PERIOD_METRIC_LABELS: Record<string, string> = {
  throughputPerWeek: 'throughput (/week)',
  cycleTime: 'cycle time (h)',
  costPerDone: 'cost per done item',
  cost: 'cost',
  errorsMade: 'errors made',
  errorsEscaped: 'escaped defects',
  escalations: 'escalations',
  abandoned: 'abandoned',
  blocked: 'blocked',
  inSystemAtEnd: 'in system at end',
};

/** The figures people read per period whether or not they moved; the others only when they moved significantly. */
const PERIOD_TEXT_KEYS = new Set(['throughputPerWeek', 'cycleTime', 'costPerDone', 'errorsEscaped', 'inSystemAtEnd']);

/**
 * periodDifferenceTable(periods, title, full, tests): one row per period and figure, the paired
 * difference variant minus base with its 95% interval, the change against the base's mean, and the
 * flag (significanceLabel over the periods' `tests`). For
 * people (full = false) the rows keep PERIOD_TEXT_KEYS and whatever moved significantly; CSV gets all.
 */
export function periodDifferenceTable(
  periods: readonly PeriodDifference[],
  title: string,
  full: boolean,
  tests: number,
): Table {
  return {
    title,
    columns: ['period', 'metric', 'difference ± 95% CI', 'change', 'significant'],
    rows: periods.flatMap((p) =>
      Object.entries(p.metrics)
        .filter(([k, d]) => full || PERIOD_TEXT_KEYS.has(k) || d.significant)
        .map(([k, d]): Cell[] => [
          periodLabel(p),
          periodMetricLabel(k),
          k.startsWith('utilisation:') ? { ci: d, as: 'points' } : { ci: d },
          d.relative === null ? '-' : `${d.relative > 0 ? '+' : ''}${(d.relative * 100).toFixed(1)}%`,
          significanceLabel(d, tests),
        ]),
    ),
  };
}
