// A sweep's report drawn: line charts of the headline metrics with CI bands over the first
// parameter (with a second parameter, one chosen metric with a line per value of the second), cost
// against escalation load with the report's Pareto front marked, and the grid's numbers as a table.
// Chart, heat map and table all read the report's `front` (each point optimal, possibly optimal or
// dominated with 95% confidence), never the means-only `pareto`, so they cannot disagree. With Per
// (figures per period) each point's periods follow, as in Run and Compare.
import * as d3 from 'd3';
import { formatInterval, formatMoney, formatPerWeek } from '../charts/format.js';
import { heatMap } from '../charts/heatMap.js';
import { paretoScatter } from '../charts/paretoScatter.js';
import { palette } from '../charts/frame.js';
import { sweepLineChart, type SweepLineSeries } from '../charts/sweepLineChart.js';
import { clear, el } from '../dom/el.js';
import { frontText, metricInfo, type SweepPoint, type SweepReport } from '../../src/experiments/index.js';
import { axisLabel, headlineKeys, metricAxisFormatter, metricFormatter, metricLabel } from './metrics.js';
import { periodView } from './periodView.js';
import { sweepSummary } from './sweepSummary.js';
import { table } from './table.js';
import { warmupText } from './warmupText.js';
import { warningsView } from './warningsView.js';

/** The objectives of the report's Pareto front, in words. */
export function objectivesText(rep: SweepReport): string {
  return rep.objectives
    .map((o) => `${o.direction === 'min' ? 'lowest' : 'highest'} ${metricInfo(o.key).label}`)
    .join(', ');
}

/** `name(path)`: the parameter as the form names it (`Gate ticket-gate: threshold 2 on risk`), from the scenario's own ids. */
export function drawSweep(
  out: HTMLElement,
  rep: SweepReport,
  currency: string,
  name: (path: string) => string = (p) => p,
): void {
  const [first, second] = rep.params;
  const numeric = first.values.every((v) => typeof v === 'number');
  const xOf = (p: SweepPoint) =>
    numeric ? (p.values[first.path] as number) : first.values.indexOf(p.values[first.path]);
  const xLabel = numeric ? name(first.path) : `${name(first.path)} (value index)`;
  // A point with no value of the figure (n = 0: a cycle time where no replication delivered) is left off the line.
  const series = (k: string, points: SweepPoint[]) =>
    points
      .filter((p) => p.headline[k]?.n !== 0)
      .map((p) => ({
        x: xOf(p),
        mean: p.headline[k]?.mean ?? 0,
        lo: p.headline[k]?.lo ?? 0,
        hi: p.headline[k]?.hi ?? 0,
      }));
  const size = second
    ? `${first.values.length} × ${second.values.length} = ${rep.points.length} points`
    : `${rep.points.length} values`;
  out.append(
    el(
      'h3',
      {},
      `${rep.params.map((p) => name(p.path)).join(' × ')}: ${size} × ${rep.replications} replications, design ${rep.design}, seed ${rep.seed}`,
    ),
    el('p', { class: 'hint', 'data-testid': 'warmup-info' }, warmupText(rep.warmup)),
    warningsView([{ name: null, of: rep }, ...rep.points.map((p, i) => ({ name: `point ${i}`, of: p }))]) ?? '',
    sweepSummary(rep, currency, name),
  );
  const charts = el('div', { class: 'chart-grid' });
  out.append(charts);
  if (second) {
    const metric = el(
      'select',
      { 'data-testid': 'sweep-metric', 'aria-label': 'Metric' },
      ...headlineKeys.map((k) => el('option', { value: k }, metricLabel(k))),
    );
    const host = el('div', {});
    const colours =
      second.values.length <= palette.length ? palette : d3.quantize(d3.interpolateTurbo, second.values.length);
    const draw = () => {
      clear(host);
      const k = metric.value;
      sweepLineChart(host, {
        title: `${metricLabel(k)} by ${name(first.path)}, one line per ${name(second.path)}`,
        xLabel,
        yLabel: axisLabel[k],
        testId: 'sweep-grid',
        format: metricFormatter(k, currency),
        axisFormat: metricAxisFormatter(k, currency),
        width: 640,
        series: second.values.map((v, i): SweepLineSeries => ({
          label: `= ${String(v)}`,
          colour: colours[i],
          points: series(
            k,
            rep.points.filter((p) => p.values[second.path] === v),
          ),
        })),
      });
    };
    // The same metric as a grid: every point at once, darker where better, the Pareto front outlined.
    const heat = el('div', {});
    const drawHeat = () => {
      clear(heat);
      const k = metric.value;
      heatMap(heat, {
        title: `${metricLabel(k)} over the grid (outlined: optimal, dashed: possibly optimal)`,
        xLabel: name(first.path),
        yLabel: name(second.path),
        testId: 'sweep-heatmap',
        better: metricInfo(k).better,
        format: metricFormatter(k, currency),
        cells: rep.points.map((p) => ({
          x: String(p.values[first.path]),
          y: String(p.values[second.path]),
          mean: p.headline[k]?.mean ?? 0,
          standing: p.front,
          missing: p.headline[k]?.n === 0,
        })),
      });
    };
    metric.value = 'costPerDone';
    metric.addEventListener('change', draw);
    metric.addEventListener('change', drawHeat);
    charts.append(el('div', {}, el('label', {}, 'Metric ', metric), host), heat);
    drawHeat();
    draw();
  } else {
    headlineKeys.forEach((k, n) => {
      sweepLineChart(charts, {
        title: `${metricLabel(k)} by ${name(first.path)}`,
        xLabel,
        yLabel: axisLabel[k],
        testId: `sweep-${k}`,
        format: metricFormatter(k, currency),
        axisFormat: metricAxisFormatter(k, currency),
        series: [{ label: metricLabel(k), colour: palette[n], points: series(k, rep.points) }],
      });
    });
  }
  // The scatter marks the report's front (the table's objectives), not one of its own two axes.
  const label = (p: SweepPoint) => rep.params.map((q) => String(p.values[q.path])).join(', ');
  paretoScatter(charts, {
    currency,
    formatCost: (v) => formatMoney(v, currency),
    formatRate: formatPerWeek,
    objectives: objectivesText(rep),
    legend: { optimal: 'optimal', 'possibly optimal': 'possibly optimal', dominated: 'dominated (95%)' },
    points: rep.points.map((p) => ({
      label: label(p),
      cost: p.headline.costPerDone?.mean ?? 0,
      escalations: p.headline.escalationsPerWeek?.mean ?? 0,
      standing: p.front,
    })),
  });
  // With several item types, each type's cost per done item gets a column: the blend can hide a point
  // that makes one type dearer.
  const types = itemTypesOf(rep);
  const typeCell = (p: SweepPoint, t: string) => {
    return formatInterval(p.byType[t]?.costPerDone, (v) => formatMoney(v, currency));
  };
  out.append(
    el('h3', {}, 'The numbers'),
    table(
      [
        [
          ...rep.params.map((p) => name(p.path)),
          ...headlineKeys.map(metricLabel),
          ...types.map((t) => `Cost per done item: ${t}`),
          // The objectives are in the note under the table: in the header they made the column a tall, narrow block.
          'Pareto front',
        ],
        ...rep.points.map((p) => [
          ...rep.params.map((q) => String(p.values[q.path])),
          ...headlineKeys.map((k) => formatInterval(p.headline[k], metricFormatter(k, currency))),
          ...types.map((t) => typeCell(p, t)),
          frontText(p, rep.points, label),
        ]),
      ],
      { 'data-testid': 'sweep-table' },
    ),
    el(
      'p',
      { class: 'hint' },
      `Means with 95% confidence half-widths. Pareto front on ${objectivesText(rep)}, with 95% confidence: optimal, better than every other point on at least one objective; dominated, another point is at least as good on every objective; possibly optimal, these replications cannot tell.`,
    ),
  );
  // With Per (as --periods): each point's figures per period, a line per point.
  // And, as a compare's against its base, each point against the previous one along the last parameter.
  const pointName = (p: SweepPoint) =>
    `point ${p.index} (${rep.params.map((q) => String(p.values[q.path])).join(', ')})`;
  const periods = periodView(
    rep.points.map((p) => ({ name: pointName(p), periods: p.periods })),
    currency,
    rep.points.map((p) => ({
      design: pointName(p),
      against: p.index > 0 ? pointName(rep.points[p.index - 1]) : undefined,
      periods: p.periodsVsPrevious,
    })),
    rep.periodSignificance?.tests ?? 0,
    'previous point',
  );
  if (periods !== null) out.append(periods);
}

/** The item types a sweep reports per point, sorted; none when the scenario has only one (its cost is the headline's). */
export function itemTypesOf(rep: SweepReport): string[] {
  const types = Object.keys(rep.points[0]?.byType ?? {}).sort();
  return types.length > 1 ? types : [];
}
