// "Save this point as a variant": a swept point becomes `variants.<name>` of the scenario, with a
// `set` change per parameter (after the changes of the variant the sweep ran on, if any), so Run,
// Compare and the CLI (`opsim run --variant <name>`) can use it at once.
import { el } from '../dom/el.js';
import type { Store } from '../state/store.js';
import type { SweepReport } from '../../src/experiments/index.js';
import { changesOf, saveAsVariant } from './saveAsVariant.js';

/** The variant a point becomes: the sweep's design's own changes, then one `set` per parameter. */
export function pointVariant(
  rep: SweepReport,
  index: number,
  baseDoc: Record<string, unknown>,
  name: (path: string) => string,
): { description: string; changes: unknown[] } {
  const point = rep.points[index];
  const own = changesOf(baseDoc, rep.design === 'base' ? null : rep.design);
  const sets = rep.params.map((p) => ({ op: 'set', path: p.path, value: point.values[p.path] }));
  const where = rep.params.map((p) => `${name(p.path)} = ${String(point.values[p.path])}`).join(', ');
  return {
    description: `Sweep point ${index}${rep.design === 'base' ? '' : ` of ${rep.design}`}: ${where}`,
    changes: [...own, ...sets],
  };
}

export function savePointControls(rep: SweepReport, store: Store, name: (path: string) => string): HTMLElement {
  const label = (i: number) =>
    `${i}: ${rep.params.map((p) => String(rep.points[i].values[p.path])).join(', ')}${rep.points[i].front === 'dominated' ? '' : ` (${rep.points[i].front})`}`;
  // The first point optimal with 95% confidence, else the first possibly optimal.
  const optimalAt = rep.points.findIndex((p) => p.front === 'optimal');
  const firstOnFront =
    optimalAt >= 0
      ? optimalAt
      : Math.max(
          0,
          rep.points.findIndex((p) => p.front === 'possibly optimal'),
        );
  const pick = el(
    'select',
    { 'data-testid': 'save-point', 'aria-label': 'Sweep point to save' },
    ...rep.points.map((_, i) => el('option', { value: i }, label(i))),
  );
  const variantName = el('input', {
    type: 'text',
    size: 16,
    'data-testid': 'save-point-name',
    'aria-label': 'Name of the new variant',
    value: `sweep-point-${firstOnFront}`,
  });
  pick.value = String(firstOnFront);
  pick.addEventListener('change', () => {
    variantName.value = `sweep-point-${pick.value}`;
  });
  const save = el('button', { type: 'button', 'data-testid': 'save-point-button' }, 'Save this point as a variant');
  save.addEventListener('click', () => {
    const variant = pointVariant(rep, Number(pick.value), store.get().loaded?.baseDoc ?? {}, name);
    void saveAsVariant(
      store,
      variantName.value.trim(),
      variant,
      `Saved sweep point ${pick.value} as variant ${variantName.value.trim()}.`,
    );
  });
  return el(
    'div',
    { class: 'row', 'data-testid': 'save-point-controls' },
    el('label', {}, 'Point ', pick),
    el('label', {}, 'as ', variantName),
    save,
  );
}
