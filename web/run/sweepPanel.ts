// The Sweep tab: pick a parameter (a sweep declared in the file, or any numeric field path) and
// its values, and optionally a second parameter whose grid with the first is swept, as
// `opsim sweep --param2` does. The results are drawn by sweepResults.ts.
import { clear, el } from '../dom/el.js';
import { keyNumbers } from '../edit/keyNumbers.js';
import { downloadText } from '../share/downloadText.js';
import type { Store } from '../state/store.js';
import { parseSweepValues, type SweepParam } from '../../src/experiments/index.js';
import { sweepGridProblem, type Runner } from './runner.js';
import { paramNamer } from './paramNames.js';
import { savePointControls } from './savePointAsVariant.js';
import { drawSweep } from './sweepResults.js';

export function mountSweepPanel(host: HTMLElement, store: Store, runner: Runner): void {
  const declared = el('select', { 'data-testid': 'sweep-declared', 'aria-label': 'Declared sweeps' });
  const param = el('input', {
    type: 'text',
    size: 44,
    list: 'sweep-params',
    'data-testid': 'sweep-param',
    placeholder: 'steps.risk-gate.next.thresholds.cuts.0',
  });
  const paramList = el('datalist', { id: 'sweep-params' });
  const values = el('input', {
    type: 'text',
    size: 28,
    'data-testid': 'sweep-values',
    placeholder: '0.1,0.2,0.3 or 0.1:0.5:0.1',
  });
  const param2 = el('input', {
    type: 'text',
    size: 44,
    list: 'sweep-params',
    'data-testid': 'sweep-param2',
    placeholder: 'optional: a second field path',
  });
  const values2 = el('input', {
    type: 'text',
    size: 28,
    'data-testid': 'sweep-values2',
    placeholder: 'its values, same syntax',
  });
  const go = el('button', { type: 'button', class: 'primary', 'data-testid': 'sweep' }, 'Sweep');
  const size = el('span', { class: 'hint', 'data-testid': 'sweep-size' });
  const message = el('span', { class: 'run-error', 'data-testid': 'sweep-message' });
  const out = el('div', { 'data-testid': 'sweep-results' });
  host.append(
    el(
      'div',
      { class: 'row' },
      el('label', {}, 'Declared ', declared),
      el('label', {}, 'Parameter ', param),
      paramList,
      el('label', {}, 'Values ', values),
    ),
    el(
      'div',
      { class: 'row' },
      el('label', {}, 'Second parameter ', param2),
      el('label', {}, 'Values ', values2),
      go,
      size,
      message,
    ),
    out,
  );

  /** The parameters as typed, or what is wrong with them. */
  const readParams = (): { params: SweepParam[] } | { error: string } => {
    const fields: [string, string, string][] = [[param.value.trim(), values.value, 'Values']];
    const second = param2.value.trim();
    if (second !== '') fields.push([second, values2.value, 'Values of the second parameter']);
    else if (values2.value.trim() !== '')
      return { error: 'Values of the second parameter need its field path, or clear them.' };
    if (fields[0][0] === '') return { error: 'Give a field path to sweep.' };
    const params: SweepParam[] = [];
    for (const [path, text, what] of fields) {
      try {
        params.push({ path, values: parseSweepValues(text) });
      } catch (err) {
        return { error: `${what}: ${(err as Error).message}` };
      }
    }
    return { params };
  };
  // Says how big the grid is while it is typed, and when it is too big for the page, before any click.
  const describe = () => {
    const r = readParams();
    const problem = 'params' in r ? sweepGridProblem(r.params) : null;
    const points = 'params' in r ? r.params.reduce((n, p) => n * p.values.length, 1) : 0;
    size.textContent =
      'params' in r && problem === null
        ? `${points} point${points === 1 ? '' : 's'} × ${runner.settings().replications} replications`
        : '';
    message.textContent = problem ?? '';
  };
  for (const input of [param, values, param2, values2]) input.addEventListener('input', describe);

  declared.addEventListener('change', () => {
    const sw = store.get().loaded?.sweeps[declared.value];
    if (sw) {
      param.value = sw.param;
      values.value = sw.values.join(',');
      describe();
    }
  });
  go.addEventListener('click', () => {
    const r = readParams();
    if ('error' in r) {
      message.textContent = r.error;
      return;
    }
    message.textContent = '';
    // Named only when it is exactly the declared sweep, as `opsim sweep --sweep <name>` would name it.
    const decl = store.get().loaded?.sweeps[declared.value];
    const [p] = r.params;
    const name =
      r.params.length === 1 && decl && decl.param === p.path && JSON.stringify(decl.values) === JSON.stringify(p.values)
        ? declared.value
        : null;
    void runner.sweep(r.params, name);
  });

  let sweepsShown = '';
  let opened = -1;
  let shown: unknown = null;
  let count = 0;
  const render = () => {
    const s = store.get();
    const r = runner.get();
    // Paths typed for the previous file mean nothing in this one (they made its sweep fail).
    if (s.opened !== opened) {
      opened = s.opened;
      for (const input of [param, values, param2, values2]) input.value = '';
      sweepsShown = '';
    }
    const sweeps = s.loaded?.sweeps ?? {};
    const sig = JSON.stringify(sweeps);
    if (sig !== sweepsShown && !s.loading) {
      sweepsShown = sig;
      clear(declared);
      declared.append(
        el('option', { value: '' }, Object.keys(sweeps).length ? 'choose…' : 'none in file'),
        ...Object.keys(sweeps).map((k) => el('option', { value: k }, k)),
      );
      clear(paramList);
      if (s.loaded)
        paramList.append(
          ...keyNumbers(s.loaded.doc)
            .filter((f) => f.kind === 'number')
            .map((f) => el('option', { value: f.path }, f.label)),
        );
      const first = Object.keys(sweeps)[0];
      if (first && param.value === '') {
        declared.value = first;
        param.value = sweeps[first].param;
        values.value = sweeps[first].values.join(',');
      }
    }
    describe(); // the replications may have changed
    go.disabled = r.busy !== null || s.loaded === null || s.loading;
    const sw = r.sweep;
    if (sw === shown) return;
    shown = sw;
    clear(out);
    if (!sw) {
      out.append(
        el(
          'p',
          { class: 'hint' },
          'Each value runs the same replications (common random numbers), so the curves are smooth where the design is.',
        ),
      );
      return;
    }
    out.dataset.runs = String(++count);
    const currency = typeof s.loaded?.doc.currency === 'string' ? s.loaded.doc.currency : 'USD';
    const name = paramNamer(s.loaded?.baseDoc);
    drawSweep(out, sw.report, currency, name);
    out.append(savePointControls(sw.report, store, name));
    const download = el('button', { type: 'button' }, 'Download sweep JSON');
    download.addEventListener('click', () => downloadText('sweep-report.json', sw.json, 'application/json'));
    out.append(
      el(
        'details',
        { class: 'report-json' },
        el('summary', {}, 'Sweep JSON (identical to opsim sweep --json with the same settings)'),
        download,
        el('pre', { 'data-testid': 'sweep-json' }, sw.json),
      ),
    );
  };
  store.subscribe(render);
  runner.subscribe(render);
  render();
}
