// The Run tab: run the chosen design's replications, then the headline numbers with their 95%
// CIs, the diagram shaded by the results, tables per step, pool and executive, and the report
// JSON (the same bytes as `opsim run --json`).
import { clear, el } from '../dom/el.js';
import {
  formatCount,
  formatDuration,
  formatInterval,
  formatMean,
  formatMoney,
  formatPercent,
  formatPerWeek,
} from '../charts/format.js';
import { drawDiagram } from '../diagram/drawDiagram.js';
import { overlayFromReport } from '../diagram/overlayFromReport.js';
import { downloadText } from '../share/downloadText.js';
import { mountDriftPanel, mountEventLogDownload } from '../eventlog/index.js';
import type { Store } from '../state/store.js';
import { causeLabels } from '../charts/stackedCostChart.js';
import { decidesAtForums, noBudgetUse } from '../../src/experiments/index.js';
import { executiveBudgetView, undecidedColumns } from './executiveBudgets.js';
import { typeCostView } from './typeCosts.js';
import { headlineKeys, metricFormatter, metricLabel } from './metrics.js';
import type { Runner } from './runner.js';
import { table } from './table.js';
import { warmupText } from './warmupText.js';
import { warningsView } from './warningsView.js';
import { periodView } from './periodView.js';

export function mountRunPanel(host: HTMLElement, store: Store, runner: Runner): void {
  const runButton = el('button', { type: 'button', class: 'primary', 'data-testid': 'run' }, 'Run replications');
  const stale = el('span', { class: 'hint', 'data-testid': 'run-stale' });
  const out = el('div', { 'data-testid': 'run-results' });
  host.append(el('div', { class: 'row' }, runButton, stale), out);
  mountDriftPanel(host.appendChild(el('section', { 'data-testid': 'drift-panel' })), runner);
  runButton.addEventListener('click', () => void runner.run());

  let shown: unknown = null;
  let count = 0;
  const render = () => {
    const s = store.get();
    const r = runner.get();
    runButton.disabled = r.busy !== null || s.loaded === null || s.loading;
    const run = r.run;
    stale.textContent =
      run && run.key !== runner.currentKey()
        ? 'These results are for an earlier version of the scenario or settings; run again to refresh.'
        : '';
    if (run === shown) return;
    shown = run;
    clear(out);
    if (!run) {
      out.append(
        el(
          'p',
          { class: 'hint' },
          'No results yet. Runs use one Web Worker per core; the page stays usable while they work.',
        ),
      );
      return;
    }
    const rep = run.report;
    const currency = typeof s.loaded?.doc.currency === 'string' ? s.loaded.doc.currency : 'USD';
    const money = (v: number) => formatMoney(v, currency);
    out.dataset.replications = String(rep.replications);
    out.dataset.runs = String(++count); // tests wait for a new number after each run
    out.append(
      el('h3', {}, `${rep.scenario} — ${rep.design}: ${rep.replications} replications, seed ${rep.seed}`),
      el('p', { class: 'hint', 'data-testid': 'warmup-info' }, warmupText(rep.warmup)),
      warningsView([{ name: null, of: rep }]) ?? '',
      el(
        'div',
        { class: 'cards' },
        ...headlineKeys.map((k) => {
          // n = 0: no replication has a value (a cycle time where none delivered).
          const ci = rep.headline[k]?.n === 0 ? undefined : rep.headline[k];
          const f = metricFormatter(k, currency);
          return el(
            'div',
            { class: 'card', 'data-metric': k, 'data-mean': ci ? ci.mean : '' },
            el('div', { class: 'card-label' }, metricLabel(k)),
            el('div', { class: 'card-value' }, ci ? f(ci.mean) : '–'),
            el('div', { class: 'card-ci' }, ci ? `95% CI ${f(ci.lo)} – ${f(ci.hi)}` : ''),
          );
        }),
      ),
    );
    const periods = periodView([{ name: rep.design, periods: rep.periods }], currency);
    if (periods !== null) out.append(periods);
    const diagram = el('div', { class: 'diagram-host' });
    out.append(el('h3', {}, 'Where the time goes'), diagram);
    void drawDiagram(diagram, run.model, overlayFromReport(rep));
    out.append(
      executiveBudgetView([{ name: rep.design, executives: rep.executives, weeks: rep.weeks }]),
      typeCostView([{ name: rep.design, cost: rep.cost, outcomes: rep }], currency),
    );

    // A scenario with a pre-emptive step (`queue.preempt`) also shows how often work was interrupted there.
    const preemptive = Object.values(rep.steps).some((st) => st.preemptions !== undefined);
    out.append(
      el('h3', {}, 'Steps'),
      table(
        [
          [
            'Step',
            'Kind',
            'Utilisation',
            'Mean queue',
            'Mean wait',
            // Counts over the window, beside a diagram and tables that say per week.
            'Arrivals in window',
            'SLA escalations in window',
            ...(preemptive ? ['Pre-emptions in window'] : []),
          ],
          ...Object.entries(rep.steps).map(([id, st]) => [
            id,
            st.kind,
            formatMean(st.utilisation, formatPercent),
            formatCount(st.queueMean.mean),
            formatMean(st.wait.mean, formatDuration),
            formatCount(st.arrivals.mean),
            formatCount(st.slaEscalations.mean),
            ...(preemptive ? [st.preemptions !== undefined ? formatInterval(st.preemptions, formatCount) : '-'] : []),
          ]),
        ],
        { 'data-testid': 'steps-table' },
      ),
    );
    out.append(
      el('h3', {}, 'Pools'),
      table([
        [
          'Pool',
          'Kind',
          'Utilisation',
          'Busy hours in window',
          'Overtime hours in window',
          'Tasks in window',
          'Cost in window',
        ],
        ...Object.entries(rep.pools).map(([id, p]) => [
          id,
          p.kind,
          formatInterval(p.utilisation, formatPercent),
          formatCount(p.busyHours.mean),
          formatCount(p.overtimeHours.mean),
          formatCount(p.tasks.mean),
          money(p.cost.mean),
        ]),
      ]),
      // A forum's chair decides at its sessions, which are not tasks (see the CLI's Pools table).
      ...(decidesAtForums(rep.executives)
        ? [
            el(
              'p',
              { class: 'hint', 'data-testid': 'pools-forum-note' },
              "An executive's tasks are its ad-hoc decisions; decisions at forums it chairs are under Executives.",
            ),
          ]
        : []),
    );
    // A design without executives says so once, under "Executive load" above: no empty table here.
    const undecided = undecidedColumns([rep.executives]);
    if (Object.keys(rep.executives).length > 0)
      out.append(
        el('h3', {}, 'Executives'),
        table(
          [
            [
              'Executive',
              'Escalations received per week',
              'Decided per week',
              ...undecided.map((c) => c.label),
              'Waiting at the end',
              'Budget used',
              'Mean decision wait',
            ],
            ...Object.entries(rep.executives).map(([id, e]) => [
              id,
              formatInterval(e.escalationsPerWeek, formatPerWeek),
              formatInterval(e.decidedPerWeek, formatPerWeek),
              ...undecided.map((c) => c.cell(e, rep.weeks)),
              formatCount(e.waitingAtEnd.mean),
              noBudgetUse({ budgetHours: e.budgetHours.mean, budgetPerWeek: e.budgetPerWeek.mean }) ??
                formatPercent(e.budgetUtilisation.mean),
              formatMean(e.decisionWait.mean, formatDuration),
            ]),
          ],
          { 'data-testid': 'executives-table' },
        ),
      );
    // By cause, and each item type's share of every cause (the types add up to the total).
    const types = Object.keys(rep.cost.byType).sort();
    out.append(
      el('h3', {}, 'Cost'),
      table([
        ['Cause', 'Total in window', ...types],
        ...Object.entries(rep.cost.byCause).map(([cause, ci]) => [
          causeLabels[cause] ?? cause,
          money(ci.mean),
          ...types.map((t) => money(rep.cost.byType[t].byCause[cause as keyof typeof rep.cost.byCause].mean)),
        ]),
        ['Total', formatInterval(rep.cost.total, money), ...types.map((t) => money(rep.cost.byType[t].total.mean))],
      ]),
    );
    const download = el('button', { type: 'button', 'data-testid': 'download-report' }, 'Download report JSON');
    download.addEventListener('click', () => downloadText(`${rep.design}-report.json`, run.json, 'application/json'));
    out.append(
      el(
        'details',
        { class: 'report-json' },
        el('summary', {}, 'Report JSON (identical to opsim run --json with the same seed and replications)'),
        download,
        el('pre', { 'data-testid': 'report-json' }, run.json),
      ),
    );
    mountEventLogDownload(out, store, rep.seed);
  };
  store.subscribe(render);
  runner.subscribe(render);
  render();
}
