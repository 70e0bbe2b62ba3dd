// The Over-time tab: WIP and the longest queues over simulated time for one replication, with
// a calendar's working hours shaded. Scenarios without `trace` are traced for this view only.
import { timeSeriesChart } from '../charts/timeSeriesChart.js';
import { clear, el } from '../dom/el.js';
import type { Store } from '../state/store.js';
import type { Runner } from './runner.js';

export function mountOverTimePanel(host: HTMLElement, store: Store, runner: Runner): void {
  const rep = el('input', {
    type: 'number',
    min: 0,
    step: 1,
    value: 0,
    style: 'width:4em',
    'data-testid': 'trace-replication',
    'aria-label': 'Replication',
  });
  const go = el('button', { type: 'button', class: 'primary', 'data-testid': 'trace' }, 'Trace one run');
  const calendar = el('select', { 'data-testid': 'trace-calendar', 'aria-label': 'Calendar to shade' });
  const weeks = el(
    'select',
    { 'data-testid': 'trace-range', 'aria-label': 'Time range' },
    el('option', { value: '2' }, 'first 2 weeks'),
    el('option', { value: '4' }, 'first 4 weeks'),
    el('option', { value: 'all' }, 'whole run'),
  );
  const out = el('div', { 'data-testid': 'overtime-results' });
  host.append(
    el(
      'div',
      { class: 'row' },
      el('label', {}, 'Replication ', rep),
      go,
      el('label', {}, 'Shade open hours of ', calendar),
      el('label', {}, 'Show ', weeks),
    ),
    out,
  );
  go.addEventListener('click', () => void runner.traceRun(Math.max(0, Math.floor(Number(rep.value) || 0))));
  calendar.addEventListener('change', () => draw());
  weeks.addEventListener('change', () => draw());

  let shown: unknown = null;
  let count = 0;
  function draw() {
    const t = runner.get().trace;
    clear(out);
    if (!t || !t.run.series) {
      out.append(
        el('p', { class: 'hint' }, 'Trace one replication to see work in progress and queue lengths hour by hour.'),
      );
      return;
    }
    out.dataset.runs = String(++count);
    const series = t.run.series;
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / Math.max(1, v.length);
    const queues = Object.entries(series.queues)
      .sort((a, b) => mean(b[1]) - mean(a[1]) || (a[0] < b[0] ? -1 : 1))
      .slice(0, 6);
    const cal = t.model.calendars.find((c) => c.id === calendar.value) ?? null;
    const end = weeks.value === 'all' ? t.model.horizon : Math.min(t.model.horizon, Number(weeks.value) * 168);
    timeSeriesChart(out, {
      t: series.t,
      series: [
        { label: 'WIP (in system)', values: series.wip },
        ...queues.map(([id, v]) => ({ label: `queue ${id}`, values: v })),
      ],
      calendar: cal,
      startWeekday: t.model.startWeekday,
      range: [0, end],
      startDate: startDate(store.get().loaded?.doc.start),
    });
    out.append(
      el(
        'p',
        { class: 'hint' },
        `Replication ${t.run.replication}, seed ${t.run.seed}; sampled every ${t.model.traceEvery} h. The six longest queues on average are drawn.`,
      ),
    );
  }
  const render = () => {
    const s = store.get();
    const r = runner.get();
    go.disabled = r.busy !== null || s.loaded === null || s.loading;
    const cals = s.loaded?.model.calendars ?? [];
    if (
      calendar.options.length !== cals.length + 1 ||
      [...calendar.options].slice(1).some((o, i) => o.value !== cals[i]?.id)
    ) {
      clear(calendar);
      calendar.append(el('option', { value: '' }, 'none'), ...cals.map((c) => el('option', { value: c.id }, c.id)));
      const model = s.loaded?.model;
      const human = model?.pools.find((p) => p.kind === 'human' && p.calendar >= 0);
      if (model && human) calendar.value = model.calendars[human.calendar].id;
    }
    if (r.trace !== shown) {
      shown = r.trace;
      draw();
    }
  };
  store.subscribe(render);
  runner.subscribe(render);
  render();
}

/** The scenario's `start` (a date, time 0 at 00:00 UTC); the format's default when absent. */
function startDate(start: unknown): Date | null {
  const text =
    start instanceof Date ? start.toISOString().slice(0, 10) : typeof start === 'string' ? start : '2027-01-04';
  const d = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}
