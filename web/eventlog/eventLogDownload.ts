// The Run tab's event-log download: one replication's log as CSV, XES or OCEL 2.0, the same bytes
// as `opsim run <file> --events <name> --events-replication k` with the same seed.
import { el } from '../dom/el.js';
import { downloadText } from '../share/downloadText.js';
import type { Store } from '../state/store.js';
import { eventLogJob } from './eventLogClient.js';

const TYPES = { csv: 'text/csv', xes: 'application/xml', ocel: 'application/json' } as const;
const EXT = { csv: 'csv', xes: 'xes', ocel: 'json' } as const;

/** Appends the control to `host`; `seed` is the seed the run used. */
export function mountEventLogDownload(host: HTMLElement, store: Store, seed: string | number): void {
  const format = el(
    'select',
    { 'data-testid': 'events-format', 'aria-label': 'Event log format' },
    el('option', { value: 'xes' }, 'XES'),
    el('option', { value: 'ocel' }, 'OCEL 2.0 (JSON)'),
    el('option', { value: 'csv' }, 'CSV (XES columns)'),
  ) as HTMLSelectElement;
  const replication = el('input', {
    type: 'number',
    min: '0',
    value: '0',
    'data-testid': 'events-replication',
    style: 'width:5em',
  }) as HTMLInputElement;
  const button = el('button', { type: 'button', 'data-testid': 'download-events' }, 'Download event log');
  const status = el('span', { class: 'hint', 'data-testid': 'events-status' });
  host.append(
    el('h3', {}, 'Event log'),
    el('p', { class: 'hint' }, 'The simulated log of one replication, for process-mining tools (docs/event-logs.md).'),
    el('div', { class: 'row' }, format, el('label', {}, ' replication ', replication), button, status),
  );
  button.addEventListener('click', async () => {
    const s = store.get();
    const fmt = format.value as keyof typeof TYPES;
    button.disabled = true;
    status.textContent = 'Simulating…';
    const res = await eventLogJob({
      kind: 'export',
      file: s.file,
      scenarioText: s.text,
      variant: s.variant,
      seed,
      replication: Number(replication.value) || 0,
      format: fmt,
    });
    button.disabled = false;
    if (!res.ok) {
      status.textContent = res.message;
      return;
    }
    if (res.kind !== 'export') return;
    const base = (s.file.split('/').pop() || 'scenario').replace(/\.(ya?ml|json)$/i, '');
    downloadText(`${base}-events.${EXT[fmt]}`, res.text, TYPES[fmt]);
    status.textContent = `Downloaded ${res.text.length.toLocaleString('en-US')} characters.`;
    status.dataset.chars = String(res.text.length);
  });
}
