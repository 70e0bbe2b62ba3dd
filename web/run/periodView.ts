// Figures per period (the Per setting, as `--periods`): a chart of one figure over the calendar
// periods, one line per design, with a choice of figure, and the table of every period's figures.
// In a compare, a second chart gives each variant's paired difference from the base per period, the
// significant ones ringed, and a table per variant gives every compared figure's difference.
import { periodChart } from '../charts/periodChart.js';
import { palette } from '../charts/frame.js';
import {
  formatCount,
  formatDuration,
  formatMoney,
  formatPercent,
  formatPerWeek,
  formatInterval,
  formatWithHalf,
} from '../charts/format.js';
import { el } from '../dom/el.js';
import { periodLabel, periodPart, type PeriodDifference, type PeriodReport } from '../../src/experiments/index.js';
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
    blocked: { label: 'Blocked (turned away)', unit: 'items', of: (p) => p.blocked, format: formatCount },
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

/**
 * periodView(designs, currency, differences, tests, against): null when no design was measured by
 * period. `differences` (a compare's, each variant against the base; a sweep's, each point against the
 * previous one, named in `against`) adds the difference chart and tables.
 */
export function periodView(
  designs: { name: string; periods?: PeriodReport[] }[],
  currency = 'USD',
  differences: { design: string; against?: string; periods?: PeriodDifference[] | null }[] = [],
  tests = 0,
  against: 'base' | 'previous point' = 'base',
): HTMLElement | null {
  const minus = against === 'base' ? 'variant − base' : 'point − the previous point along the last parameter';
  const money = (v: number) => formatMoney(v, currency);
  const measured = designs.filter((d): d is { name: string; periods: PeriodReport[] } => d.periods !== undefined);
  if (measured.length === 0) return null;
  // A period the run covers only in part (cut by the warm-up or the horizon) is starred on the charts
  // and named with its days in the tables: its per-week figures are of those days only.
  const labels = measured[0].periods.map((p) => (periodPart(p) === null ? p.label : `${p.label}*`));
  const parts = measured[0].periods.filter((p) => periodPart(p) !== null).map(periodLabel);
  const pools = Object.keys(measured[0].periods[0]?.utilisation ?? {});
  const options = picks(pools, money);
  const select = el(
    'select',
    { 'data-testid': 'period-metric', 'aria-label': 'Figure per period' },
    ...Object.entries(options).map(([k, o]) => el('option', { value: k }, o.label)),
  );
  const chartHost = el('div', { 'data-testid': 'period-chart-host' });
  const compared = differences.filter(
    (d): d is { design: string; against?: string; periods: PeriodDifference[] } =>
      d.periods !== undefined && d.periods !== null,
  );
  const diffHost = el('div', { 'data-testid': 'period-difference-chart-host' });
  const draw = () => {
    chartHost.replaceChildren();
    diffHost.replaceChildren();
    const o = options[select.value];
    // Arrivals are the same in every design under common random numbers: not compared.
    if (compared.length > 0 && compared[0].periods[0]?.metrics[select.value] !== undefined)
      periodChart(diffHost, {
        title: `${o.label} per period: difference from ${against === 'base' ? 'base' : 'the previous point'} (${minus}, mean and 95% CI band; ringed: significant)`,
        yLabel: `difference in ${o.unit}`,
        testId: 'period-difference-chart',
        periods: labels,
        format: o.format,
        series: compared.map((d, k) => ({
          label: d.design,
          colour: palette[(k + 1) % palette.length],
          points: d.periods.map((p) => {
            const m = p.metrics[select.value];
            return m
              ? { mean: m.mean, lo: m.lo, hi: m.hi, significant: m.significant, missing: m.n === 0 }
              : { mean: 0, lo: 0, hi: 0, significant: false };
          }),
        })),
      });
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
          return ci ? { mean: ci.mean, lo: ci.lo, hi: ci.hi, missing: ci.n === 0 } : { mean: 0, lo: 0, hi: 0 };
        }),
      })),
    });
  };
  select.addEventListener('change', draw);
  draw();
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
            'Abandoned',
            'Blocked',
            'Cost per done item',
            'In system at end',
            ...pools.map((p) => `Utilisation ${p}`),
          ],
          ...d.periods.map((p) => [
            periodLabel(p),
            formatInterval(p.arrived, formatCount),
            formatInterval(p.throughputPerWeek, formatPerWeek),
            formatInterval(p.cycleTime, formatDuration),
            formatInterval(p.errorsMade, formatCount),
            formatInterval(p.errorsEscaped, formatCount),
            formatInterval(p.abandoned, formatCount),
            formatInterval(p.blocked, formatCount),
            formatInterval(p.costPerDone, money),
            formatInterval(p.inSystemAtEnd, formatCount),
            ...pools.map((id) => formatInterval(p.utilisation[id], formatPercent)),
          ]),
        ],
        { 'data-testid': 'periods-table' },
      ),
    ),
  );
  const differenceTables = compared.map((d) => {
    const keys = Object.keys(d.periods[0]?.metrics ?? {});
    return el(
      'details',
      {},
      el('summary', {}, `Differences per period — ${d.design} vs ${d.against ?? 'base'}`),
      table(
        [
          ['Period', ...keys.map((k) => options[k]?.label ?? DIFFERENCE_LABELS[k] ?? k)],
          ...d.periods.map((p) => [
            periodLabel(p),
            ...keys.map((k) => {
              const m = p.metrics[k];
              const f = options[k]?.format ?? (k === 'cost' ? money : formatCount);
              return m.n === 0 ? '–' : `${formatWithHalf(m.mean, m.half, f)}${m.significant ? ' *' : ''}`;
            }),
          ]),
        ],
        { 'data-testid': 'period-differences-table', 'data-design': d.design },
      ),
      el(
        'p',
        { class: 'hint' },
        `${minus.charAt(0).toUpperCase()}${minus.slice(1)}, paired over the replications (mean ± 95% CI). * significant: Holm-adjusted p ≤ 0.05 over the ${tests} tested differences of the periods, a family apart from the headline's.`,
      ),
    );
  });
  return el(
    'section',
    { 'data-testid': 'periods-view' },
    el('h3', {}, 'Per period'),
    el('label', {}, 'Figure ', select),
    chartHost,
    ...(parts.length > 0
      ? [
          el(
            'p',
            { class: 'hint', 'data-testid': 'period-parts' },
            `* Part of the period only: ${parts.join(', ')}. The run starts after the warm-up and ends at the horizon; a part's figures per week are of its days only (a part that is mostly a weekend reads low).`,
          ),
        ]
      : []),
    diffHost,
    ...tables,
    ...differenceTables,
  );
}

/** Compared figures with no chart of their own in the menu. */
const DIFFERENCE_LABELS: Record<string, string> = {
  cost: 'Cost',
  escalations: 'Escalations',
};
