// The Compare tab: the base design and its variants run under common random numbers, side by
// side: headline charts with 95% CI error bars, cost per done item stacked by cause, escalation
// load per executive, and a table of the numbers with the paired differences from the base.
import { ciBarChart } from '../charts/ciBarChart.js';
import {
  formatAxisNumber,
  formatInterval,
  formatMoney,
  formatPercent,
  formatPerWeek,
  formatWithHalf,
} from '../charts/format.js';
import { groupedCiChart } from '../charts/groupedCiChart.js';
import { paretoScatter } from '../charts/paretoScatter.js';
import { stackedCostChart } from '../charts/stackedCostChart.js';
import { clear, el } from '../dom/el.js';
import { downloadText } from '../share/downloadText.js';
import type { Store } from '../state/store.js';
import { paretoFront, hiddenFromPeople, warnsNothingDone, type CompareReport } from '../../src/experiments/index.js';
import { decisionSummary } from './decisionSummary.js';
import { cliLine, seedWarmupArgs, variantsArgs } from './cliLine.js';
import { designChoices } from './designChoices.js';
import { executiveBudgetView } from './executiveBudgets.js';
import { typeCostView } from './typeCosts.js';
import { axisLabel, metricAxisFormatter, metricFormatter, metricLabel } from './metrics.js';
import type { Runner } from './runner.js';
import { table } from './table.js';
import { warmupText } from './warmupText.js';
import { warningsView } from './warningsView.js';
import { periodView } from './periodView.js';

export function mountComparePanel(host: HTMLElement, store: Store, runner: Runner): void {
  const choices = designChoices(
    'compare-designs',
    'This scenario has no variants yet: save edits as a variant to compare.',
  );
  const go = el('button', { type: 'button', class: 'primary', 'data-testid': 'compare' }, 'Compare');
  const precision = el(
    'select',
    { 'data-testid': 'compare-precision', 'aria-label': 'When to stop' },
    el('option', { value: '' }, 'the replications set above'),
    el('option', { value: '0.1' }, 'until every CI is within ±10%'),
    el('option', { value: '0.05' }, 'until every CI is within ±5%'),
    el('option', { value: '0.02' }, 'until every CI is within ±2%'),
  );
  const maxReps = el('input', {
    type: 'number',
    min: 2,
    max: 1000,
    value: 200,
    style: 'width:5em',
    'data-testid': 'compare-max',
    'aria-label': 'Most replications',
  });
  const stale = el('span', { class: 'hint' });
  const cli = el('code', { 'data-testid': 'compare-cli' });
  const out = el('div', { 'data-testid': 'compare-results' });
  host.append(
    el(
      'div',
      { class: 'row' },
      choices.element,
      el('label', {}, 'Run ', precision),
      el('label', {}, 'at most ', maxReps, ' replications'),
      go,
      stale,
    ),
    el('p', { class: 'hint' }, 'The same with the CLI: ', cli),
    out,
  );

  const most = () => Math.max(2, Math.min(1000, Math.round(Number(maxReps.value)) || 200));
  go.addEventListener('click', () => {
    const picked = choices.picked();
    const target = precision.value === '' ? null : Number(precision.value);
    void runner.compare(picked, target, most());
  });
  /** The command that runs what the Compare button runs, so a comparison made here can be repeated with the CLI. */
  const showCli = () => {
    const s = store.get();
    const settings = runner.settings();
    cli.textContent = cliLine('compare', s.file, [
      ...variantsArgs(choices.picked(), s.loaded?.variants ?? []),
      '--replications',
      String(settings.replications),
      ...seedWarmupArgs(settings),
      ...(settings.periods === null ? [] : ['--periods', settings.periods]),
      ...(precision.value === ''
        ? []
        : ['--precision', `${Math.round(Number(precision.value) * 100)}%`, '--max-replications', String(most())]),
    ]);
  };
  for (const input of [choices.element, precision, maxReps]) {
    input.addEventListener('input', showCli);
    input.addEventListener('change', showCli);
  }

  let shown: unknown = null;
  let count = 0;
  const render = () => {
    const s = store.get();
    const r = runner.get();
    choices.refresh(s.loaded?.variants ?? []);
    showCli();
    go.disabled = r.busy !== null || s.loaded === null || s.loading;
    const cmp = r.compare;
    stale.textContent =
      cmp && cmp.key !== runner.currentKey() ? 'Results are for an earlier version; compare again to refresh.' : '';
    if (cmp === shown) return;
    shown = cmp;
    clear(out);
    if (!cmp) {
      out.append(
        el(
          'p',
          { class: 'hint' },
          'Every design runs the same replications with the same random streams, so differences come from the designs, not luck.',
        ),
      );
      return;
    }
    out.dataset.runs = String(++count);
    const currency = typeof s.loaded?.doc.currency === 'string' ? s.loaded.doc.currency : 'USD';
    drawCompare(out, cmp.report, currency, variantDescriptions(s.loaded?.baseDoc ?? {}));
    const download = el('button', { type: 'button' }, 'Download comparison JSON');
    download.addEventListener('click', () => downloadText('compare-report.json', cmp.json, 'application/json'));
    out.append(
      el(
        'details',
        { class: 'report-json' },
        el('summary', {}, 'Comparison JSON'),
        download,
        el('pre', { 'data-testid': 'compare-json' }, cmp.json),
      ),
    );
  };
  store.subscribe(render);
  runner.subscribe(render);
  render();
}

/** Each variant's own description, by name, as the file states it. */
export function variantDescriptions(baseDoc: Record<string, unknown>): Record<string, string> {
  const variants = (baseDoc.variants ?? {}) as Record<string, { description?: unknown }>;
  return Object.fromEntries(
    Object.entries(variants)
      .filter(([, v]) => typeof v?.description === 'string')
      .map(([k, v]) => [k, String(v.description).trim()]),
  );
}

function drawCompare(
  out: HTMLElement,
  rep: CompareReport,
  currency: string,
  descriptions: Record<string, string>,
): void {
  const money = (v: number) => formatMoney(v, currency);
  out.append(
    el('h3', {}, `${rep.designs.length} designs, ${rep.replications} replications each, seed ${rep.seed}`),
    el('p', { class: 'hint', 'data-testid': 'warmup-info' }, warmupText(rep.warmup)),
    warningsView(rep.designs.map((d) => ({ name: d.name, of: d }))) ?? '',
    decisionSummary(rep, currency, descriptions),
    executiveBudgetView(rep.designs),
    typeCostView(
      rep.designs.map((d) => ({ name: d.name, cost: d.cost, outcomes: d })),
      currency,
    ),
  );
  const st = rep.stopping;
  if (st.rule === 'precision')
    out.append(
      el(
        'p',
        { class: 'hint', 'data-testid': 'stopping' },
        `Every headline interval is within ±${formatPercent(st.target ?? 0)} of its mean.`,
      ),
    );
  if (st.rule === 'cap')
    out.append(
      el(
        'p',
        { class: 'hint', 'data-testid': 'stopping' },
        `Stopped at ${st.maxReplications} replications before reaching ±${formatPercent(st.target ?? 0)} on: ${st.imprecise.join(', ')}.`,
      ),
    );
  const periods = periodView(rep.designs, currency, rep.differences, rep.periodSignificance?.tests ?? 0);
  if (periods !== null) out.append(periods);
  const charts = el('div', { class: 'chart-grid' });
  out.append(charts);
  for (const k of ['throughputPerWeek', 'cycleTime', 'escapedDefects'] as const) {
    ciBarChart(charts, {
      title: metricLabel(k),
      yLabel: axisLabel[k],
      testId: `chart-${k}`,
      format: metricFormatter(k, currency),
      axisFormat: metricAxisFormatter(k, currency),
      bars: rep.designs.map((d) => ({
        label: d.name,
        mean: d.headline[k]?.mean ?? 0,
        lo: d.headline[k]?.lo ?? 0,
        hi: d.headline[k]?.hi ?? 0,
        missing: d.headline[k]?.n === 0,
      })),
    });
  }
  // Cost per done item is drawn for the designs that have it (n > 0). A design that finished nothing
  // in some replication (its nothingDone warning) is also left off the cost-against-escalations chart,
  // whose front would otherwise pass over the runs it lost, and named below the charts.
  const idle = rep.designs.filter((d) => warnsNothingDone(d.warnings));
  stackedCostChart(charts, {
    currency,
    format: money,
    stacks: rep.designs
      .filter((d) => d.cost.perDone.n > 0)
      .map((d) => {
        // The causes are totals in the window; scale them to per done item with the design's own ratio.
        const perDone = d.cost.perDone.mean;
        const scale = d.cost.total.mean > 0 ? perDone / d.cost.total.mean : 0;
        const c = d.cost.byCause;
        return {
          label: d.name,
          parts: Object.fromEntries(Object.entries(c).map(([cause, ci]) => [cause, ci.mean * scale])),
          total: { mean: perDone, lo: d.cost.perDone.lo, hi: d.cost.perDone.hi },
        };
      }),
  });
  groupedCiChart(charts, {
    title: 'Escalation load per executive',
    xLabel: 'Executive',
    yLabel: 'Escalations per week',
    testId: 'chart-escalations',
    format: formatPerWeek,
    axisFormat: formatAxisNumber,
    values: rep.designs.flatMap((d) =>
      Object.entries(d.executives).map(([id, e]) => ({
        group: id,
        series: d.name,
        mean: e.escalationsPerWeek.mean,
        lo: e.escalationsPerWeek.lo,
        hi: e.escalationsPerWeek.hi,
      })),
    ),
  });
  const scattered = rep.designs.filter((d) => !idle.includes(d));
  const points = scattered.map((d) => ({
    cost: d.headline.costPerDone?.mean ?? 0,
    escalations: d.headline.escalationsPerWeek?.mean ?? 0,
  }));
  const front = new Set(
    paretoFront(points, [
      { key: 'cost', direction: 'min' },
      { key: 'escalations', direction: 'min' },
    ]),
  );
  paretoScatter(charts, {
    currency,
    formatCost: money,
    formatRate: formatPerWeek,
    points: scattered.map((d, i) => ({
      label: d.name,
      ...points[i],
      standing: front.has(i) ? ('optimal' as const) : ('dominated' as const),
    })),
  });
  if (idle.length > 0)
    charts.append(
      el(
        'p',
        { class: 'hint', 'data-testid': 'cost-left-out' },
        `Not on the cost charts' front: ${idle.map((d) => d.name).join(', ')}, which finished no item in some replications (no cost per done item there).`,
      ),
    );

  // The numbers, and each variant's paired difference from the base.
  const base = rep.designs[0];
  const header = [
    'Metric',
    ...rep.designs.map((d) => d.name),
    ...rep.differences.map((d) => `${d.design} − ${d.base}`),
  ];
  // Every figure of the designs' headlines, as opsim compare's table has them (abandoned and blocked
  // work, what is left in the system, budget use, utilisation: a design that looks cheaper because
  // it drops work must show it here), in the report's order; a key only a variant has comes after.
  const headlines = rep.designs.map((d) => d.headline);
  const keys = [...new Set(rep.designs.flatMap((d) => Object.keys(d.headline)))].filter(
    (k) => !hiddenFromPeople(k, headlines),
  );
  const rows = keys.map((k) => {
    const f = metricFormatter(k, currency);
    return [
      metricLabel(k),
      ...rep.designs.map((d) => formatInterval(d.headline[k], f)),
      ...rep.differences.map((diff) => {
        const m = diff.metrics[k];
        if (!m || m.n === 0) return '–';
        const rel = m.relative === null ? '' : ` (${m.relative >= 0 ? '+' : ''}${formatPercent(m.relative)})`;
        return `${m.mean >= 0 ? '+' : ''}${formatWithHalf(m.mean, m.half, f)}${rel}${m.significant ? ' *' : ''}`;
      }),
    ];
  });
  out.append(
    el('h3', {}, 'The numbers'),
    table([header, ...rows], { 'data-testid': 'compare-table' }),
    el(
      'p',
      { class: 'hint' },
      `Means with 95% confidence half-widths. Differences are paired (same random numbers) against ${base.name}; * marks a difference significant at 5% after Holm's correction across all ${rep.significance.tests} differences of this comparison.`,
    ),
  );
  if (rep.explanations.length > 0)
    out.append(
      el('h3', {}, 'What moved'),
      el('ul', { 'data-testid': 'explanations' }, ...rep.explanations.map((e) => el('li', {}, e.text))),
    );
}
