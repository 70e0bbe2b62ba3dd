// The bar above the tabs: which design (base or a variant), seed, replications, warm-up (the
// scenario's, auto by MSER-5, or a duration, as the CLI's --warmup); a progress bar and a Cancel
// button while something runs.
import { clear, el } from '../dom/el.js';
import { loadText } from '../load/loadText.js';
import type { Store } from '../state/store.js';
import { limits } from '../state/limits.js';
import { readWarmup } from '../../src/experiments/index.js';
import { formatHours } from './warmupText.js';
import { timeLeft } from './timeLeft.js';
import type { Runner } from './runner.js';

export function mountRunSettings(host: HTMLElement, store: Store, runner: Runner): void {
  const design = el('select', { 'data-testid': 'design-select', 'aria-label': 'Design' });
  const seed = el('input', { type: 'text', size: 10, 'data-testid': 'seed', 'aria-label': 'Seed' });
  const reps = el('input', {
    type: 'number',
    min: 1,
    max: limits.replications,
    step: 1,
    'data-testid': 'replications',
    'aria-label': 'Replications',
    style: 'width:5em',
  });
  const warmupMode = el(
    'select',
    { 'data-testid': 'warmup-mode', 'aria-label': 'Warm-up' },
    el('option', { value: 'scenario' }, "scenario's"),
    el('option', { value: 'auto' }, 'auto (MSER-5)'),
    el('option', { value: 'fixed' }, 'fixed…'),
  );
  const warmupDuration = el('input', {
    type: 'text',
    size: 6,
    'data-testid': 'warmup-duration',
    'aria-label': 'Warm-up duration',
    placeholder: '2w, 36h',
    hidden: true,
  });
  const periods = el(
    'select',
    { 'data-testid': 'periods', 'aria-label': 'Figures per period' },
    el('option', { value: '' }, 'none'),
    el('option', { value: 'week' }, 'week'),
    el('option', { value: 'month' }, 'month'),
    el('option', { value: 'quarter' }, 'quarter'),
  );
  const warmupMessage = el('span', { class: 'run-error', 'data-testid': 'warmup-message' });
  const progress = el('progress', { max: 1, value: 0, 'data-testid': 'progress' });
  const progressText = el('span', { class: 'progress-text', 'data-testid': 'progress-text' });
  const cancel = el('button', { type: 'button', 'data-testid': 'cancel' }, 'Cancel');
  const busyBox = el('span', { class: 'busy', hidden: true }, progress, progressText, cancel);
  const error = el('div', { class: 'run-error', role: 'alert', 'data-testid': 'run-error' });
  host.append(
    el('label', {}, 'Design ', design),
    el('label', {}, 'Seed ', seed),
    el('label', {}, 'Replications ', reps),
    el(
      'label',
      {
        title:
          'Statistics are collected from the end of the warm-up on. Auto runs a short pilot and picks it by MSER-5, as opsim --warmup auto.',
      },
      'Warm-up ',
      warmupMode,
      ' ',
      warmupDuration,
    ),
    warmupMessage,
    el(
      'label',
      {
        title: 'Figures of each calendar period as well, with a chart: a change in the timeline shows from its period.',
      },
      'Per ',
      periods,
    ),
    el('span', { class: 'hint' }, `${navigator.hardwareConcurrency || 2} workers`),
    busyBox,
    error,
  );

  design.addEventListener('change', () => {
    const s = store.get();
    const v = design.value === '' ? null : design.value;
    void loadText(store, s.file, s.text, {
      variant: v,
      edits: s.edits,
      editBase: s.editBase,
      notice: v ? `Showing variant ${v}.` : 'Showing the base design.',
    });
  });
  seed.addEventListener('change', () => store.set({ seed: seed.value.trim() === '' ? null : seed.value.trim() }));
  reps.addEventListener('change', () => {
    const n = Math.round(Number(reps.value));
    store.set({ replications: Number.isFinite(n) && n >= 1 ? Math.min(n, limits.replications) : null });
  });
  warmupMode.addEventListener('change', () => {
    if (warmupMode.value === 'fixed') {
      store.set({ warmup: warmupDuration.value.trim() });
      warmupDuration.hidden = false;
      warmupDuration.focus();
    } else {
      warmupDuration.hidden = true;
      store.set({ warmup: warmupMode.value === 'auto' ? 'auto' : null });
    }
  });
  warmupDuration.addEventListener('input', () => store.set({ warmup: warmupDuration.value.trim() }));
  periods.addEventListener('change', () =>
    store.set({ periods: periods.value === '' ? null : (periods.value as 'week' | 'month' | 'quarter') }),
  );
  cancel.addEventListener('click', () => runner.cancel());

  const render = () => {
    const s = store.get();
    // While the text does not load, the chosen variant stays listed (and chosen) until it does.
    const variants = s.loaded?.variants ?? (s.variant !== null ? [s.variant] : []);
    const options = ['', ...variants];
    if (design.options.length !== options.length || [...design.options].some((o, i) => o.value !== options[i])) {
      clear(design);
      design.append(...options.map((v) => el('option', { value: v }, v === '' ? 'base design' : `variant: ${v}`)));
    }
    design.value = s.variant ?? '';
    const eff = runner.settings();
    if (document.activeElement !== seed) seed.value = eff.seed;
    if (document.activeElement !== reps) reps.value = String(eff.replications);
    const model = s.loaded?.model;
    warmupMode.options[0].textContent = model ? `scenario's (${formatHours(model.warmup)} h)` : "scenario's";
    // `auto` typed as a duration stays in the box: the setting is the text, the menu only reflects it.
    warmupMode.value = s.warmup === null ? 'scenario' : s.warmup === 'auto' && warmupDuration.hidden ? 'auto' : 'fixed';
    warmupDuration.hidden = warmupMode.value !== 'fixed';
    if (document.activeElement !== warmupDuration && warmupMode.value === 'fixed')
      warmupDuration.value = s.warmup ?? '';
    periods.value = s.periods ?? '';
    const read = model && s.warmup !== null ? readWarmup(s.warmup, model.horizon) : null;
    warmupMessage.textContent = read && 'error' in read ? `Warm-up: ${read.error}` : '';
    const r = runner.get();
    busyBox.hidden = r.busy === null;
    host.dataset.busy = String(r.busy !== null);
    if (r.busy) {
      progress.max = Math.max(1, r.busy.total);
      progress.value = r.busy.done;
      // `done` counts the simulated share of replications still running; the text counts finished ones.
      const left = timeLeft(performance.now() - r.busy.since, r.busy.done, r.busy.total);
      progressText.textContent = `${r.busy.label}: ${Math.floor(r.busy.done)} of ${r.busy.total || '…'} replications${left === null ? '' : `, ${left}`}`;
    }
    error.textContent = r.error ?? '';
  };
  store.subscribe(render);
  runner.subscribe(render);
  render();
}
