// The load controls: a picker of bundled scenarios, "Open file…", "Paste…", and a drop zone
// covering the whole page.
import { el } from '../dom/el.js';
import type { Store } from '../state/store.js';
import { bundledScenarios } from './bundled.js';
import { loadText } from './loadText.js';
import { readFile } from './readFile.js';

export function mountLoadPanel(host: HTMLElement, store: Store): void {
  // Company designs first and apart; the validation models check the engine against queueing theory.
  const group = (label: string, files: typeof bundledScenarios) =>
    el('optgroup', { label }, ...files.map((s) => el('option', { value: s.path }, s.path.replace(/^[^/]+\//, ''))));
  const picker = el(
    'select',
    { 'data-testid': 'scenario-picker', 'aria-label': 'Bundled scenarios' },
    el('option', { value: '' }, 'Bundled scenarios…'),
    group(
      'Company designs',
      bundledScenarios.filter((s) => s.path.startsWith('company/')),
    ),
    group(
      'Other examples',
      bundledScenarios.filter((s) => !s.path.startsWith('company/') && !s.path.startsWith('validation/')),
    ),
    group(
      'Validation models (checked against queueing theory)',
      bundledScenarios.filter((s) => s.path.startsWith('validation/')),
    ),
  );
  for (const g of picker.querySelectorAll('optgroup')) if (g.children.length === 0) g.remove();
  picker.addEventListener('change', () => {
    const s = bundledScenarios.find((b) => b.path === picker.value);
    // The path (not just the name) lets `extends: ./other.yaml` find its bundled neighbour.
    if (s) void loadText(store, s.path, s.text, { remember: true, fresh: true });
    picker.value = '';
  });

  const fileInput = el('input', {
    type: 'file',
    accept: '.yaml,.yml,.json',
    'data-testid': 'file-input',
    hidden: true,
  });
  const openButton = el('button', { type: 'button' }, 'Open file…');
  openButton.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', async () => {
    const f = fileInput.files?.[0];
    if (f) await loadFile(store, f);
    fileInput.value = '';
  });

  const pasteArea = el('textarea', {
    rows: 12,
    cols: 70,
    spellcheck: false,
    'data-testid': 'paste-text',
    'aria-label': 'Scenario text (YAML or JSON)',
    placeholder: 'Paste a scenario (YAML or JSON)',
  });
  const pasteLoad = el('button', { type: 'button', 'data-testid': 'paste-load' }, 'Load pasted text');
  const pasteCancel = el('button', { type: 'button' }, 'Cancel');
  const heading = el('h2', {});
  const dialog = el(
    'dialog',
    { class: 'paste-dialog' },
    heading,
    pasteArea,
    el('div', { class: 'row' }, pasteLoad, pasteCancel),
  );
  // One dialog, two uses: paste a new scenario, or edit the current text (e.g. to fix its issues).
  let editing: string | null = null;
  const open = (title: string, text: string, file: string | null) => {
    heading.textContent = title;
    pasteArea.value = text;
    editing = file;
    pasteLoad.textContent = file ? 'Apply' : 'Load pasted text';
    dialog.showModal();
  };
  const pasteButton = el('button', { type: 'button', 'data-testid': 'paste-open' }, 'Paste…');
  pasteButton.addEventListener('click', () => open('Paste a scenario', '', null));
  const editButton = el(
    'button',
    { type: 'button', 'data-testid': 'edit-text', title: 'Edit the scenario text by hand' },
    'Edit text…',
  );
  editButton.addEventListener('click', () => {
    const s = store.get();
    open(`Edit ${s.file}`, s.text, s.file || 'scenario.yaml');
  });
  pasteCancel.addEventListener('click', () => dialog.close());
  pasteLoad.addEventListener('click', () => {
    const text = pasteArea.value;
    dialog.close();
    if (editing !== null) {
      const s = store.get();
      void loadText(store, editing, text, {
        remember: true,
        variant: s.variant,
        notice: `Applied your changes to ${editing}.`,
      });
    } else
      void loadText(store, /^\s*[{[]/.test(text) ? 'pasted.json' : 'pasted.yaml', text, {
        remember: true,
        fresh: true,
      });
  });
  store.subscribe((st) => {
    editButton.disabled = st.text === '';
  });

  host.append(picker, openButton, fileInput, pasteButton, editButton, dialog);

  // Drop anywhere on the page.
  const body = document.body;
  body.addEventListener('dragover', (e) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    body.classList.add('dropping');
  });
  body.addEventListener('dragleave', (e) => {
    if (e.target === body || e.relatedTarget === null) body.classList.remove('dropping');
  });
  body.addEventListener('drop', async (e) => {
    body.classList.remove('dropping');
    const f = e.dataTransfer?.files?.[0];
    if (!f) return;
    e.preventDefault();
    await loadFile(store, f);
  });
}

async function loadFile(store: Store, f: File): Promise<void> {
  const r = await readFile(f);
  if (!r.ok) store.set({ notice: { kind: 'error', text: r.message } });
  else await loadText(store, f.name, r.text, { remember: true, fresh: true });
}
