import { el } from '../dom/el.js';
import { csvButton } from '../export/exportButtons.js';

/**
 * A plain table of text cells; the first row is the header. It scrolls sideways inside its own box
 * (never the page), with a CSV download named after its test id.
 */
export function table(rows: string[][], attrs: Record<string, string> = {}): HTMLElement {
  const [head, ...body] = rows;
  const t = el(
    'table',
    { class: 'numbers', ...attrs },
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el(
      'tbody',
      {},
      ...body.map((r) => el('tr', {}, ...r.map((c, i) => (i === 0 ? el('th', { scope: 'row' }, c) : el('td', {}, c))))),
    ),
  );
  return el(
    'div',
    { class: 'table-box' },
    el('div', { class: 'table-scroll' }, t),
    csvButton(t, attrs['data-testid'] ?? slug(head[0] ?? 'table')),
  );
}

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'table'
  );
}
