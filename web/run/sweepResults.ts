// A sweep's report drawn: line charts of the headline metrics with CI bands over the first
// parameter (with a second parameter, one chosen metric with a line per value of the second), cost
// against escalation load with the Pareto front marked, and the grid's numbers as a table.
import * as d3 from 'd3';
import { formatMoney, formatPerWeek, formatWithHalf } from '../charts/format.js';
import { paretoScatter } from '../charts/paretoScatter.js';
import { palette } from '../charts/frame.js';
import { sweepLineChart, type SweepLineSeries } from '../charts/sweepLineChart.js';
import { clear, el } from '../dom/el.js';
import { paretoFront, type SweepPoint, type SweepReport } from '../../src/experiments/index.js';
import { axisLabel, headlineKeys, metricAxisFormatter, metricFormatter, metricLabel } from './metrics.js';
import { table } from './table.js';
import { warmupText } from './warmupText.js';

const shortPath = (path: string) => path.split('.').slice(-3).join('.');

export function drawSweep(out: HTMLElement, rep: SweepReport, currency: string): void {
  const [first, second] = rep.params;
  const numeric = first.values.every((v) => typeof v === 'number');
  const xOf = (p: SweepPoint) => (numeric ? (p.values[first.path] as number) : first.values.indexOf(p.values[first.path]));
  const xLabel = numeric ? first.path : `${first.path} (value index)`;
  const series = (k: string, points: SweepPoint[]) => points.map((p) => ({ x: xOf(p), mean: p.headline[k]?.mean ?? 0, lo: p.headline[k]?.lo ?? 0, hi: p.headline[k]?.hi ?? 0 }));
  const size = second ? `${first.values.length} × ${second.values.length} = ${rep.points.length} points` : `${rep.points.length} values`;
  out.append(
    el('h3', {}, `${rep.params.map((p) => p.path).join(' × ')}: ${size} × ${rep.replications} replications, design ${rep.design}, seed ${rep.seed}`),
    el('p', { class: 'hint', 'data-testid': 'warmup-info' }, warmupText(rep.warmup)),
  );
  const charts = el('div', { class: 'chart-grid' });
  out.append(charts);
  if (second) {
    const metric = el('select', { 'data-testid': 'sweep-metric', 'aria-label': 'Metric' }, ...headlineKeys.map((k) => el('option', { value: k }, metricLabel(k))));
    const host = el('div', {});
    const colours = second.values.length <= palette.length ? palette : d3.quantize(d3.interpolateTurbo, second.values.length);
    const draw = () => {
      clear(host);
      const k = metric.value;
      sweepLineChart(host, {
        title: `${metricLabel(k)} by ${shortPath(first.path)}, one line per ${shortPath(second.path)}`, xLabel, yLabel: axisLabel[k], testId: 'sweep-grid',
        format: metricFormatter(k, currency), axisFormat: metricAxisFormatter(k, currency), width: 640,
        series: second.values.map((v, i): SweepLineSeries => ({
          label: `${shortPath(second.path)} = ${String(v)}`,
          colour: colours[i],
          points: series(k, rep.points.filter((p) => p.values[second.path] === v)),
        })),
      });
    };
    metric.value = 'costPerOutcome';
    metric.addEventListener('change', draw);
    charts.append(el('div', {}, el('label', {}, 'Metric ', metric), host));
    draw();
  } else {
    headlineKeys.forEach((k, n) => {
      sweepLineChart(charts, {
        title: `${metricLabel(k)} by ${shortPath(first.path)}`, xLabel, yLabel: axisLabel[k], testId: `sweep-${k}`,
        format: metricFormatter(k, currency), axisFormat: metricAxisFormatter(k, currency),
        series: [{ label: metricLabel(k), colour: palette[n], points: series(k, rep.points) }],
      });
    });
  }
  // The scatter marks the front of its own two axes; the report's front also weighs escaped defects.
  const label = (p: SweepPoint) => rep.params.map((q) => String(p.values[q.path])).join(', ');
  const xy = rep.points.map((p) => ({ cost: p.headline.costPerOutcome?.mean ?? 0, escalations: p.headline.escalationsPerWeek?.mean ?? 0 }));
  const front = new Set(paretoFront(xy, [{ key: 'cost', direction: 'min' }, { key: 'escalations', direction: 'min' }]));
  paretoScatter(charts, {
    currency, formatCost: (v) => formatMoney(v, currency), formatRate: formatPerWeek,
    points: rep.points.map((p, i) => ({ label: label(p), ...xy[i], pareto: front.has(i) })),
  });
  out.append(el('h3', {}, 'The numbers'), table([
    [...rep.params.map((p) => p.path), ...headlineKeys.map(metricLabel), 'Pareto (cost, escalations, defects)'],
    ...rep.points.map((p) => [
      ...rep.params.map((q) => String(p.values[q.path])),
      ...headlineKeys.map((k) => (p.headline[k] ? formatWithHalf(p.headline[k].mean, p.headline[k].half, metricFormatter(k, currency)) : '–')),
      p.pareto ? 'yes' : '',
    ]),
  ], { 'data-testid': 'sweep-table' }), el('p', { class: 'hint' }, 'Means with 95% confidence half-widths.'));
}
