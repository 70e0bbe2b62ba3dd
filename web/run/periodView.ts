// Figures per period (the Per setting, as `--periods`): a chart of one figure over the calendar
// periods, one line per design, with a choice of figure, and the table of every period's figures.
import { periodChart } from '../charts/periodChart.js';
import { palette } from '../charts/frame.js';
import {
  formatCount,
  formatDuration,
  formatMoney,
  formatPercent,
  formatPerWeek,
  formatWithHalf,
} from '../charts/format.js';
import { el } from '../dom/el.js';
import type { PeriodReport } from '../../src/experiments/index.js';
import { table } from './table.js';

type Pick = {
  label: string;
  unit: string;
  of: (p: PeriodReport) => PeriodReport['arrived'] | undefined;
  format: (v: number) => string;
};

function picks(pools: string[], money: (v: number) => string): Record<string, Pick> {
  const out: Record<string, Pick> = {
    throughputPerWeek: {
      label: 'Throughput',
      unit: 'done per week',
      of: (p) => p.throughputPerWeek,
      format: formatPerWeek,
    },
    cycleTime: { label: 'Mean cycle time', unit: 'hours', of: (p) => p.cycleTime, format: formatDuration },
    arrived: { label: 'Arrivals', unit: 'items', of: (p) => p.arrived, format: formatCount },
    errorsMade: { label: 'Errors made', unit: 'errors', of: (p) => p.errorsMade, format: formatCount },
    errorsEscaped: { label: 'Escaped defects', unit: 'defects', of: (p) => p.errorsEscaped, format: formatCount },
    abandoned: { label: 'Abandoned', unit: 'items', of: (p) => p.abandoned, format: formatCount },
    costPerDone: {
      label: 'Cost per done item',
      unit: 'cost per item done',
      of: (p) => p.costPerDone,
      format: money,
    },
    inSystemAtEnd: {
      label: 'In system at end',
      unit: "items in the system at the period's end",
      of: (p) => p.inSystemAtEnd,
      format: formatCount,
    },
  };
  for (const id of pools)
    out[`utilisation:${id}`] = {
      label: `Utilisation of ${id}`,
      unit: 'share of available hours',
      of: (p) => p.utilisation[id],
      format: formatPercent,
    };
  return out;
}

/** periodView(designs, currency): null when no design was measured by period. */
export function periodView(
  designs: { name: string; periods?: PeriodReport[] }[],
  currency = 'USD',
): HTMLElement | null {
  const money = (v: number) => formatMoney(v, currency);
  const measured = designs.filter((d): d is { name: string; periods: PeriodReport[] } => d.periods !== undefined);
  if (measured.length === 0) return null;
  const labels = measured[0].periods.map((p) => p.label);
  const pools = Object.keys(measured[0].periods[0]?.utilisation ?? {});
  const options = picks(pools, money);
  const select = el(
    'select',
    { 'data-testid': 'period-metric', 'aria-label': 'Figure per period' },
    ...Object.entries(options).map(([k, o]) => el('option', { value: k }, o.label)),
  );
  const chartHost = el('div', { 'data-testid': 'period-chart-host' });
  const draw = () => {
    chartHost.replaceChildren();
    const o = options[select.value];
    periodChart(chartHost, {
      title: `${o.label} per period (mean, 95% CI band)`,
      yLabel: o.unit,
      testId: 'period-chart',
      periods: labels,
      format: o.format,
      series: measured.map((d, k) => ({
        label: d.name,
        colour: palette[k % palette.length],
        points: d.periods.map((p) => {
          const ci = o.of(p);
          return ci ? { mean: ci.mean, lo: ci.lo, hi: ci.hi } : { mean: 0, lo: 0, hi: 0 };
        }),
      })),
    });
  };
  select.addEventListener('change', draw);
  draw();
  const ci = (c: PeriodReport['arrived'], f: (v: number) => string) => formatWithHalf(c.mean, c.half, f);
  const tables = measured.map((d) =>
    el(
      'details',
      {},
      el('summary', {}, `Every period's figures${measured.length > 1 ? ` — ${d.name}` : ''}`),
      table(
        [
          [
            'Period',
            'Arrived',
            'Done per week',
            'Mean cycle time',
            'Errors made',
            'Escaped',
            'Cost per done item',
            'In system at end',
            ...pools.map((p) => `Utilisation ${p}`),
          ],
          ...d.periods.map((p) => [
            p.label,
            ci(p.arrived, formatCount),
            ci(p.throughputPerWeek, formatPerWeek),
            ci(p.cycleTime, formatDuration),
            ci(p.errorsMade, formatCount),
            ci(p.errorsEscaped, formatCount),
            ci(p.costPerDone, money),
            ci(p.inSystemAtEnd, formatCount),
            ...pools.map((id) => ci(p.utilisation[id], formatPercent)),
          ]),
        ],
        { 'data-testid': 'periods-table' },
      ),
    ),
  );
  return el(
    'section',
    { 'data-testid': 'periods-view' },
    el('h3', {}, 'Per period'),
    el('label', {}, 'Figure ', select),
    chartHost,
    ...tables,
  );
}
