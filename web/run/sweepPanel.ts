// The Sweep tab: pick a parameter (a sweep declared in the file, or any numeric field path) and
// its values; line charts of the headline metrics with CI bands, and cost against escalation
// load with the Pareto front marked.
import { formatMoney, formatPerWeek } from '../charts/format.js';
import { paretoScatter } from '../charts/paretoScatter.js';
import { palette } from '../charts/frame.js';
import { sweepLineChart } from '../charts/sweepLineChart.js';
import { clear, el } from '../dom/el.js';
import { keyNumbers } from '../edit/keyNumbers.js';
import { downloadText } from '../share/downloadText.js';
import type { Store } from '../state/store.js';
import { paretoFront, parseSweepValues, type SweepReport } from '../../src/experiments/index.js';
import { axisLabel, headlineKeys, metricAxisFormatter, metricFormatter, metricLabel } from './metrics.js';
import type { Runner } from './runner.js';
import { table } from './table.js';

export function mountSweepPanel(host: HTMLElement, store: Store, runner: Runner): void {
  const declared = el('select', { 'data-testid': 'sweep-declared', 'aria-label': 'Declared sweeps' });
  const param = el('input', { type: 'text', size: 44, list: 'sweep-params', 'data-testid': 'sweep-param', placeholder: 'steps.risk-gate.next.thresholds.cuts.0' });
  const paramList = el('datalist', { id: 'sweep-params' });
  const values = el('input', { type: 'text', size: 28, 'data-testid': 'sweep-values', placeholder: '0.1,0.2,0.3 or 0.1:0.5:0.1' });
  const go = el('button', { type: 'button', class: 'primary', 'data-testid': 'sweep' }, 'Sweep');
  const message = el('span', { class: 'hint', 'data-testid': 'sweep-message' });
  const out = el('div', { 'data-testid': 'sweep-results' });
  host.append(
    el('div', { class: 'row' }, el('label', {}, 'Declared ', declared), el('label', {}, 'Parameter ', param), paramList, el('label', {}, 'Values ', values), go, message),
    out,
  );

  declared.addEventListener('change', () => {
    const sw = store.get().loaded?.sweeps[declared.value];
    if (sw) {
      param.value = sw.param;
      values.value = sw.values.join(',');
    }
  });
  go.addEventListener('click', () => {
    let vs;
    try {
      vs = parseSweepValues(values.value);
    } catch (err) {
      message.textContent = (err as Error).message;
      return;
    }
    message.textContent = '';
    // Named only when it is exactly the declared sweep, as `opsim sweep --sweep <name>` would name it.
    const decl = store.get().loaded?.sweeps[declared.value];
    const name = decl && decl.param === param.value.trim() && JSON.stringify(decl.values) === JSON.stringify(vs) ? declared.value : null;
    void runner.sweep(param.value.trim(), vs, name);
  });

  let sweepsShown = '';
  let shown: unknown = null;
  let count = 0;
  const render = () => {
    const s = store.get();
    const r = runner.get();
    const sweeps = s.loaded?.sweeps ?? {};
    const sig = JSON.stringify(sweeps);
    if (sig !== sweepsShown) {
      sweepsShown = sig;
      clear(declared);
      declared.append(el('option', { value: '' }, Object.keys(sweeps).length ? 'choose…' : 'none in file'), ...Object.keys(sweeps).map((k) => el('option', { value: k }, k)));
      clear(paramList);
      if (s.loaded) paramList.append(...keyNumbers(s.loaded.doc).filter((f) => f.kind === 'number').map((f) => el('option', { value: f.path }, f.label)));
      const first = Object.keys(sweeps)[0];
      if (first && param.value === '') {
        declared.value = first;
        param.value = sweeps[first].param;
        values.value = sweeps[first].values.join(',');
      }
    }
    go.disabled = r.busy !== null || s.loaded === null || s.loading;
    const sw = r.sweep;
    if (sw === shown) return;
    shown = sw;
    clear(out);
    if (!sw) {
      out.append(el('p', { class: 'hint' }, 'Each value runs the same replications (common random numbers), so the curves are smooth where the design is.'));
      return;
    }
    out.dataset.runs = String(++count);
    const currency = typeof s.loaded?.doc.currency === 'string' ? s.loaded.doc.currency : 'USD';
    drawSweep(out, sw.report, currency);
    const download = el('button', { type: 'button' }, 'Download sweep JSON');
    download.addEventListener('click', () => downloadText('sweep-report.json', sw.json, 'application/json'));
    out.append(el('details', { class: 'report-json' }, el('summary', {}, 'Sweep JSON'), download, el('pre', { 'data-testid': 'sweep-json' }, sw.json)));
  };
  store.subscribe(render);
  runner.subscribe(render);
  render();
}

function drawSweep(out: HTMLElement, rep: SweepReport, currency: string): void {
  const path = rep.params[0].path;
  const numeric = rep.points.every((p) => typeof p.values[path] === 'number');
  const xOf = (i: number) => (numeric ? (rep.points[i].values[path] as number) : i);
  const xLabel = numeric ? path : `${path} (value index)`;
  out.append(el('h3', {}, `${path}: ${rep.points.length} values × ${rep.replications} replications, design ${rep.design}, seed ${rep.seed}`));
  const charts = el('div', { class: 'chart-grid' });
  out.append(charts);
  headlineKeys.forEach((k, n) => {
    sweepLineChart(charts, {
      title: `${metricLabel(k)} by ${path.split('.').slice(-3).join('.')}`, xLabel, yLabel: axisLabel[k], testId: `sweep-${k}`,
      format: metricFormatter(k, currency), axisFormat: metricAxisFormatter(k, currency), colour: palette[n],
      points: rep.points.map((p, i) => ({ x: xOf(i), mean: p.headline[k]?.mean ?? 0, lo: p.headline[k]?.lo ?? 0, hi: p.headline[k]?.hi ?? 0 })),
    });
  });
  // The scatter marks the front of its own two axes; the report's front also weighs escaped defects.
  const xy = rep.points.map((p) => ({ cost: p.headline.costPerOutcome?.mean ?? 0, escalations: p.headline.escalationsPerWeek?.mean ?? 0 }));
  const front = new Set(paretoFront(xy, [{ key: 'cost', direction: 'min' }, { key: 'escalations', direction: 'min' }]));
  paretoScatter(charts, {
    currency, formatCost: (v) => formatMoney(v, currency), formatRate: formatPerWeek,
    points: rep.points.map((p, i) => ({ label: String(p.values[path]), ...xy[i], pareto: front.has(i) })),
  });
  out.append(el('h3', {}, 'The numbers'), table([
    [path, ...headlineKeys.map(metricLabel), 'Pareto (cost, escalations, defects)'],
    ...rep.points.map((p) => [String(p.values[path]), ...headlineKeys.map((k) => (p.headline[k] ? metricFormatter(k, currency)(p.headline[k].mean) : '–')), p.pareto ? 'yes' : '']),
  ], { 'data-testid': 'sweep-table' }));
}
