// The Design tab: the scenario's name and description, and its diagram; after a run of the
// same design the diagram carries the results.
import { clear, el } from '../dom/el.js';
import type { Runner } from '../run/runner.js';
import type { Store } from '../state/store.js';
import { drawDiagram } from './drawDiagram.js';
import { overlayFromReport } from './overlayFromReport.js';
import { variantChanges } from './variantChanges.js';

export function mountDesignView(host: HTMLElement, store: Store, runner: Runner): () => void {
  const title = el('h2', { 'data-testid': 'scenario-name' });
  const description = el('p', { class: 'description', 'data-testid': 'scenario-description' });
  const variantDescription = el('p', {
    class: 'description variant-description',
    'data-testid': 'variant-description',
    hidden: true,
  });
  const note = el('p', { class: 'hint' });
  const canvas = el('div', { class: 'diagram-host', 'data-testid': 'diagram-host' });
  host.append(title, description, variantDescription, note, canvas);
  let drawn: unknown[] = [];
  const render = (force = false) => {
    const s = store.get();
    const run = runner.get().run;
    const fresh = run !== null && run.key === runner.currentKey();
    // Redraw when the loaded design, the shown results or the problems change (not while reading).
    const key = [s.loaded, s.issues, s.text === '', fresh ? run : null];
    if (s.loading || (!force && key.every((k, i) => k === drawn[i]))) return;
    drawn = key;
    if (!s.loaded) {
      title.textContent = s.text === '' ? 'No scenario loaded' : `${s.file} (not valid)`;
      description.textContent =
        s.text === ''
          ? 'Pick a bundled scenario, open a file, drop one here, or paste text.'
          : 'Fix the problems listed above to see the design.';
      note.textContent = '';
      clear(canvas);
      return;
    }
    const doc = s.loaded.doc;
    title.textContent = `${s.loaded.model.name}${s.variant ? ` — variant ${s.variant}` : ''}`;
    document.title = `${s.loaded.model.name} — opsim`; // a text property: no markup is parsed
    description.textContent = typeof doc.description === 'string' ? doc.description : '';
    // A variant's own description says what the design shown is; the base's alone told the opposite.
    const said = variantDescriptionOf(s.loaded.baseDoc, s.variant);
    variantDescription.hidden = said === null;
    variantDescription.textContent = said === null ? '' : `Variant ${s.variant}: ${said}`;
    note.textContent = fresh
      ? 'Shaded by utilisation from the last run (an executive’s step by the executive’s budget use); the bar along a box is its mean queue; escalation arrows are as wide as their load.'
      : 'Run the design to shade the steps by utilisation and queue length.';
    void drawDiagram(
      canvas,
      s.loaded.model,
      fresh ? overlayFromReport(run.report) : null,
      s.variant ? variantChanges(s.loaded.baseDoc, doc) : null,
    );
  };
  store.subscribe(() => render());
  runner.subscribe(() => render());
  render();
  return () => render();
}

/** The description a variant gives itself in `variants.<name>.description`, or null. */
export function variantDescriptionOf(baseDoc: Record<string, unknown>, variant: string | null): string | null {
  if (variant === null) return null;
  const v = (baseDoc.variants as Record<string, { description?: unknown }> | undefined)?.[variant];
  return typeof v?.description === 'string' && v.description.trim() !== '' ? v.description : null;
}
