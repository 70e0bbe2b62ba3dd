// A report's warnings (a pool near saturation, an executive over budget, work lost, a backlog that
// grows), printed above the tables as the CLI prints them. Read generically: any report, design or
// point that carries a `warnings` list of { text } shows it, so figures added later need no change here.
import { el } from '../dom/el.js';

interface Warned {
  warnings?: { text: string }[];
}

/** Warnings of each named part of a report (a design, a sweep point), or null when there are none. */
export function warningsView(parts: { name: string | null; of: unknown }[], testId = 'warnings'): HTMLElement | null {
  const items = parts.flatMap(({ name, of }) =>
    ((of as Warned)?.warnings ?? []).map((w) => (name ? `${name}: ${w.text}` : w.text)),
  );
  if (items.length === 0) return null;
  return el(
    'section',
    { class: 'warnings', 'data-testid': testId, role: 'note', 'aria-label': 'Warnings' },
    el('strong', {}, `Warning${items.length === 1 ? '' : 's'}`),
    el('ul', {}, ...items.map((t) => el('li', {}, t))),
  );
}
