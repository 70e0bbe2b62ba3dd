import { el } from '../dom/el.js';

/** A plain table of text cells; the first row is the header. */
export function table(rows: string[][], attrs: Record<string, string> = {}): HTMLTableElement {
  const [head, ...body] = rows;
  return el('table', { class: 'numbers', ...attrs },
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...body.map((r) => el('tr', {}, ...r.map((c, i) => (i === 0 ? el('th', { scope: 'row' }, c) : el('td', {}, c)))))));
}
