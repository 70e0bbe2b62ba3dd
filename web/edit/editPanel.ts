// The side panel: the key numbers of the base design as a form. A change is written into the
// scenario text at once (so the diagram, runs, downloads and links all see it) and can be undone;
// the edits since the last load can be saved as a new variant, leaving the base as it was.
import { clear, el } from '../dom/el.js';
import { callScenario } from '../load/scenarioClient.js';
import { loadText } from '../load/loadText.js';
import type { Store } from '../state/store.js';
import { keyNumbers, type KeyNumber } from './keyNumbers.js';

const idPattern = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Edits and saves run one after another, each on the text the previous one produced. */
let queue: Promise<void> = Promise.resolve();

export function mountEditPanel(host: HTMLElement, store: Store): void {
  const summary = el('div', { class: 'edits-summary', 'data-testid': 'edits-summary' });
  const variantNote = el('div', { class: 'variant-note', 'data-testid': 'variant-note' });
  const name = el('input', {
    type: 'text',
    size: 16,
    placeholder: 'variant name',
    'data-testid': 'variant-name',
    'aria-label': 'New variant name',
  });
  const description = el('input', {
    type: 'text',
    size: 22,
    placeholder: 'what changed (optional)',
    'aria-label': 'Variant description',
  });
  const save = el('button', { type: 'button', 'data-testid': 'save-variant' }, 'Save edits as variant');
  const discard = el('button', { type: 'button', 'data-testid': 'discard-edits' }, 'Discard edits');
  const filter = el('input', {
    type: 'search',
    placeholder: 'filter: pool, step, field…',
    'data-testid': 'edit-filter',
    'aria-label': 'Filter the key numbers',
  });
  const form = el('form', { class: 'edit-form', 'data-testid': 'edit-form', autocomplete: 'off' });
  form.addEventListener('submit', (e) => e.preventDefault());
  host.append(
    el('h2', {}, 'Key numbers'),
    el('p', { class: 'hint' }, 'Changes apply to the base design at once. Undo reverts the last one.'),
    summary,
    el('div', { class: 'row wrap' }, name, description, save, discard),
    variantNote,
    filter,
    form,
  );
  // The form draws at most `maxFields` inputs; the filter finds the others (a big scenario has thousands).
  const maxFields = 300;
  let current: { fields: KeyNumber[]; issuesAt: Map<string, string[]>; edited: Set<string> } = {
    fields: [],
    issuesAt: new Map(),
    edited: new Set(),
  };
  // Groups the user opened or closed stay so through edits (each edit redraws the form); a new file forgets them.
  const openGroups = new Map<string, boolean>();
  let opened = -1;
  let drawnQuery = '';
  const drawFields = () => {
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.path;
    // Take the user's opening and closing from the form being replaced, read off the boxes
    // themselves: a 'toggle' event comes later, as a task, and could land after this redraw (or
    // come from a box drawn open), so the state it carried would be lost or wrong.
    if (drawnQuery === '')
      for (const box of form.querySelectorAll<HTMLDetailsElement>('details[data-group]'))
        if (box.open !== (box.dataset.drawnOpen === '1')) openGroups.set(box.dataset.group!, box.open);
    clear(form);
    const q = filter.value.trim().toLowerCase();
    drawnQuery = q;
    const { fields, issuesAt, edited } = current;
    const hits = q === '' ? fields : fields.filter((f) => `${f.group} ${f.label} ${f.path}`.toLowerCase().includes(q));
    const groups = new Map<string, KeyNumber[]>();
    for (const f of hits.slice(0, maxFields)) groups.set(f.group, [...(groups.get(f.group) ?? []), f]);
    for (const [group, fs] of groups) {
      const open =
        q !== '' ||
        (openGroups.get(group) ?? (groups.size <= 8 || fs.some((f) => issuesAt.has(f.path) || edited.has(f.path))));
      const box = el(
        'details',
        { open: open ? true : undefined, 'data-group': group, 'data-drawn-open': open ? '1' : '0' },
        el('summary', {}, group),
      );
      for (const f of fs)
        box.append(
          field(f, issuesAt.get(f.path) ?? [], edited.has(f.path), (v) => {
            queue = queue.then(() => applyEdit(store, f.path, v));
          }),
        );
      form.append(box);
    }
    if (hits.length > maxFields)
      form.append(
        el(
          'p',
          { class: 'hint' },
          `Showing ${maxFields} of ${hits.length} numbers; type in the filter to find the others.`,
        ),
      );
    if (focused) form.querySelector<HTMLElement>(`[data-path="${CSS.escape(focused)}"]`)?.focus();
  };
  filter.addEventListener('input', drawFields);

  save.addEventListener('click', () => {
    const s = store.get();
    const n = name.value.trim();
    if (s.edits.length === 0 || s.editBase === null) return;
    if (!idPattern.test(n)) {
      store.set({
        notice: { kind: 'error', text: 'A variant name starts with a letter and has only letters, digits, - and _.' },
      });
      return;
    }
    const variant = {
      description:
        description.value.trim() || `${s.edits.length} edit${s.edits.length === 1 ? '' : 's'} made in the browser`,
      changes: s.edits.map((e) => ({ op: 'set', path: e.path, value: e.value })),
    };
    const inherited = (s.loaded?.baseDoc.variants ?? {}) as Record<string, unknown>;
    const editBase = s.editBase;
    queue = queue.then(async () => {
      const r = await callScenario('addVariant', editBase, s.file, n, variant, inherited);
      if (!r.ok) {
        store.set({ notice: { kind: 'error', text: `Could not save the variant: ${r.message}` } });
        return;
      }
      name.value = '';
      description.value = '';
      await loadText(store, s.file, r.text, {
        remember: true,
        variant: n,
        notice: `Saved ${s.edits.length} edit${s.edits.length === 1 ? '' : 's'} as variant ${n}; the base design is as it was.`,
      });
    });
  });
  discard.addEventListener('click', () => {
    queue = queue.then(async () => {
      const s = store.get();
      if (s.editBase !== null)
        await loadText(store, s.file, s.editBase, { remember: true, variant: s.variant, notice: 'Edits discarded.' });
    });
  });

  let shownDoc: unknown = undefined;
  const render = () => {
    const s = store.get();
    summary.textContent =
      s.edits.length === 0
        ? 'No edits since the scenario was loaded.'
        : `${s.edits.length} edit${s.edits.length === 1 ? '' : 's'}: ${s.edits.map((e) => `${e.path} = ${JSON.stringify(e.value)}`).join('; ')}`;
    renderVariantNote(variantNote, s.variant, s.loaded?.baseDoc ?? null);
    save.disabled = s.edits.length === 0;
    discard.disabled = s.edits.length === 0;
    // The resolved base design when the text loads (so files with `extends` show every number),
    // else the text as it parses, so fields with problems can still be fixed here.
    const doc = s.loaded?.baseDoc ?? s.rawDoc;
    if (s.opened !== opened) {
      opened = s.opened;
      openGroups.clear();
      clear(form); // so the next draw takes nothing from the last file's boxes
    }
    if (doc === shownDoc || s.loading) return;
    shownDoc = doc;
    if (!doc) {
      clear(form);
      form.append(
        el(
          'p',
          { class: 'hint' },
          s.text === ''
            ? 'Load a scenario to edit it.'
            : 'The text does not parse; fix it with Edit text… or load another file.',
        ),
      );
      return;
    }
    const issuesAt = new Map<string, string[]>();
    for (const i of s.issues) issuesAt.set(i.path, [...(issuesAt.get(i.path) ?? []), i.message]);
    current = { fields: keyNumbers(doc), issuesAt, edited: new Set(s.edits.map((e) => e.path)) };
    drawFields();
  };
  store.subscribe(render);
  render();
}

/** When a variant is shown, what it changes (the form itself always shows and edits the base design). */
function renderVariantNote(host: HTMLElement, variant: string | null, baseDoc: Record<string, unknown> | null): void {
  clear(host);
  host.hidden = variant === null;
  if (variant === null) return;
  const v = (baseDoc?.variants as Record<string, { description?: unknown; changes?: unknown }> | undefined)?.[variant];
  const changes = Array.isArray(v?.changes) ? (v.changes as { op?: unknown; path?: unknown; value?: unknown }[]) : [];
  host.append(
    el(
      'p',
      {},
      `Diagram and runs show variant ${variant}${typeof v?.description === 'string' ? ` (${v.description})` : ''}. The numbers below are the base design's; the variant changes:`,
    ),
    el(
      'ul',
      {},
      ...changes
        .slice(0, 40)
        .map((c) =>
          el(
            'li',
            {},
            `${String(c.op)} ${String(c.path)}${c.value === undefined ? '' : ` = ${JSON.stringify(c.value).slice(0, 80)}`}`,
          ),
        ),
    ),
  );
}

function field(f: KeyNumber, issues: string[], changed: boolean, onChange: (v: number | string) => void): HTMLElement {
  const input = el('input', {
    type: f.kind === 'number' ? 'number' : 'text',
    value: String(f.value),
    min: f.min,
    max: f.max,
    step: f.step ?? 'any',
    'data-path': f.path,
    'aria-label': `${f.group}: ${f.label}`,
    size: 10,
  });
  input.addEventListener('change', () => {
    if (f.kind === 'number') {
      const v = Number(input.value);
      if (input.value.trim() === '' || !Number.isFinite(v)) {
        input.value = String(f.value);
        return;
      }
      onChange(v);
    } else onChange(input.value.trim());
  });
  return el(
    'label',
    { class: `field${changed ? ' changed' : ''}${issues.length ? ' has-issue' : ''}`, title: f.path },
    el('span', { class: 'field-label' }, f.label),
    input,
    ...issues.map((m) => el('span', { class: 'field-issue', 'data-testid': 'field-issue' }, m)),
  );
}

/** Writes one edit into the text (in the scenario worker) and reloads it; edits are queued so none is lost. */
async function applyEdit(store: Store, path: string, value: number | string): Promise<void> {
  const s = store.get();
  const r = await callScenario('edit', s.text, s.file, path, value);
  if (!r.ok) {
    store.set({ notice: { kind: 'error', text: `Could not edit the text: ${r.message}` } });
    return;
  }
  const edits = [...s.edits.filter((e) => e.path !== path), { path, value }];
  await loadText(store, s.file, r.text, {
    remember: true,
    variant: s.variant,
    edits,
    editBase: s.editBase ?? s.text,
    notice: `Set ${path} to ${value}.`,
  });
}
