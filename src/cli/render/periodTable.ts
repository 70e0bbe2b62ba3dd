import type { PeriodReport } from '../../experiments/index.js';
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
      'errors made',
      'escaped defects',
      'escalations',
      'cost per done item',
      'in system at end',
      ...pools.map((p) => `utilisation ${p}`),
    ],
    rows: periods.map((p): Cell[] => [
      p.label,
      { ci: p.arrived },
      { ci: p.done },
      { ci: p.throughputPerWeek },
      { ci: p.cycleTime },
      { ci: p.abandoned },
      { ci: p.errorsMade },
      { ci: p.errorsEscaped },
      { ci: p.escalations },
      { ci: p.costPerDone },
      { ci: p.inSystemAtEnd },
      ...pools.map((id): Cell => ({ ci: p.utilisation[id], as: 'percent' })),
    ]),
  };
}
