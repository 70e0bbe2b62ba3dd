// Drift against an observed log: choose the company's log (CSV, XES or OCEL 2.0) and a window; the
// design is simulated over the same dates on the simulation workers (Runner.checkDrift) and the page
// shows, per KPI, the prediction interval of each window and where the company was (docs/event-logs.md).
import { clear, el } from '../dom/el.js';
import type { Runner } from '../run/runner.js';
import { drawDriftChart } from './driftChart.js';

export function mountDriftPanel(host: HTMLElement, runner: Runner): void {
  const file = el('input', {
    type: 'file',
    accept: '.csv,.xes,.json,.jsonocel',
    'data-testid': 'drift-file',
    'aria-label': "The company's event log (CSV, XES or OCEL 2.0)",
  }) as HTMLInputElement;
  const windowSelect = el(
    'select',
    { 'data-testid': 'drift-window', 'aria-label': 'Window of the drift check' },
    el('option', { value: '168' }, '1 week'),
    el('option', { value: '336' }, '2 weeks'),
    el('option', { value: '672', selected: '' }, '4 weeks'),
  ) as HTMLSelectElement;
  const button = el('button', { type: 'button', 'data-testid': 'drift-check' }, 'Check drift');
  const out = el('div', { 'data-testid': 'drift-results' });
  host.append(
    el('h3', {}, 'Drift against an observed log'),
    el(
      'p',
      { class: 'hint' },
      'Each KPI of the company, window by window, against where 30 simulated runs of this design over the same dates put it.',
    ),
    el('div', { class: 'row' }, file, windowSelect, button),
    out,
  );
  button.addEventListener('click', async () => {
    const f = file.files?.[0];
    clear(out);
    if (!f) {
      out.append(el('p', { class: 'error' }, 'Choose a log file first.'));
      return;
    }
    button.disabled = true;
    out.append(el('p', { class: 'hint' }, 'Simulating…'));
    const res = await runner.checkDrift({ name: f.name, text: await f.text() }, Number(windowSelect.value), 30);
    button.disabled = false;
    clear(out);
    if (res === null) {
      out.append(
        el('p', { class: 'error', 'data-testid': 'drift-error' }, 'Another task is running; try again when it ends.'),
      );
      return;
    }
    if (!res.ok || res.kind !== 'drift') {
      out.append(el('p', { class: 'error', 'data-testid': 'drift-error' }, res.ok ? '' : res.message));
      return;
    }
    const r = res.report;
    out.dataset.drift = String(r.drift);
    out.append(
      el(
        'p',
        { 'data-testid': 'drift-summary' },
        r.drift
          ? `Drift: ${r.flagged.join(', ')} outside the design's prediction interval.`
          : "No drift: every figure is within the design's prediction interval.",
      ),
    );
    for (const w of res.warnings) out.append(el('p', { class: 'hint' }, w));
    const charts = el('div', { class: 'cards' });
    out.append(charts);
    drawDriftChart(charts, r);
    out.append(el('pre', { 'data-testid': 'drift-table' }, res.table));
  });
}
