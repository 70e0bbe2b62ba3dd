// The Select tab: the best of the base design and its variants (or of the points of a one-parameter
// sweep of the chosen design, or of the combinations of its `decisions:`, as `opsim optimise`) on one
// objective, under limits on
// other figures, with an indifference zone and a confidence, chosen by the same procedure as
// `opsim select` (KN under common random numbers, with Andradóttir and Kim's feasibility check when
// there are limits), replications added in batches on the page's workers. The form writes the goal
// as the CLI's options, so the page reads it with the CLI's rules and shows the equivalent command.
import { clear, el } from '../dom/el.js';
import { downloadText } from '../share/downloadText.js';
import type { Store } from '../state/store.js';
import {
  DECISION_COST,
  DEFAULT_OBJECTIVE,
  decisionsOf,
  OPTIMISE_DEFAULTS,
  parseSweepValues,
  selectionInfo,
  selectionKeys,
  keepUpValue,
  type KeepUpLimit,
  type SelectReport,
  type SelectionGoalInput,
  type SweepParam,
} from '../../src/experiments/index.js';
import { cliLine, seedWarmupArgs, variantsArgs } from './cliLine.js';
import { variantDescriptions } from './comparePanel.js';
import { designChoices } from './designChoices.js';
import { metricLabel } from './metrics.js';
import { paramNamer } from './paramNames.js';
import { selectDefaults, type OptimiseRequest, type Runner, type SelectRequest } from './runner.js';
import { decisionText, drawOptimise } from './optimiseResults.js';
import { drawSelect } from './selectResults.js';

/** How a limit or a zone is typed for a figure of this unit. */
const unitHint: Record<string, string> = {
  hours: 'a duration: 2h, 30m, 1d',
  share: 'a share: 90% or 0.9',
  money: 'an amount of money',
  'per week': 'items per week',
  count: 'a number',
};

interface LimitRow {
  row: HTMLElement;
  figure: HTMLSelectElement;
  sense: HTMLSelectElement;
  value: HTMLInputElement;
}

export function mountSelectPanel(host: HTMLElement, store: Store, runner: Runner): void {
  const choices = designChoices(
    'select-designs',
    'This scenario has no variants yet: save edits as a variant, then choose among the designs.',
  );
  const amongDesigns = el('input', {
    type: 'radio',
    name: 'select-among',
    value: 'designs',
    checked: true,
    'data-testid': 'select-among-designs',
  });
  const amongSweep = el('input', {
    type: 'radio',
    name: 'select-among',
    value: 'sweep',
    'data-testid': 'select-among-sweep',
  });
  const param = el('input', {
    type: 'text',
    size: 40,
    list: 'sweep-params',
    'data-testid': 'select-param',
    'aria-label': 'Field to sweep',
    placeholder: 'steps.risk-gate.next.thresholds.cuts.0',
  });
  const values = el('input', {
    type: 'text',
    size: 20,
    'data-testid': 'select-values',
    'aria-label': 'Its values',
    placeholder: '0.1,0.2,0.3 or 0.1:0.5:0.1',
  });
  const amongDecisions = el('input', {
    type: 'radio',
    name: 'select-among',
    value: 'decisions',
    'data-testid': 'select-among-decisions',
  });
  const decisionList = el('ul', { 'data-testid': 'select-decision-list' });
  const decisionsRow = el(
    'div',
    { class: 'row', hidden: true },
    el('span', { class: 'hint' }, "The file's decisions (the design chosen above, base or variant, is optimised):"),
    decisionList,
  );
  const sweepRow = el(
    'div',
    { class: 'row', hidden: true },
    el('label', {}, 'Parameter ', param),
    el('label', {}, 'Values ', values),
    el('span', { class: 'hint' }, 'of the design chosen above (the base or a variant), as in the Sweep tab'),
  );
  const message = el('span', { class: 'run-error', 'data-testid': 'select-message' });
  const objective = el('select', { 'data-testid': 'select-objective', 'aria-label': 'Objective' });
  const direction = el(
    'select',
    { 'data-testid': 'select-direction', 'aria-label': 'Better is' },
    el('option', { value: 'min' }, 'lower is better'),
    el('option', { value: 'max' }, 'higher is better'),
  );
  const delta = el('input', {
    type: 'text',
    size: 10,
    'data-testid': 'select-delta',
    'aria-label': 'Indifference zone: the smallest difference worth acting on',
  });
  const deltaUnit = el('span', { class: 'hint', 'data-testid': 'select-delta-unit' });
  const confidence = el(
    'select',
    { 'data-testid': 'select-confidence', 'aria-label': 'Confidence' },
    el('option', { value: '0.9' }, '90%'),
    el('option', { value: '0.95' }, '95%'),
    el('option', { value: '0.99' }, '99%'),
  );
  confidence.value = '0.95';
  const limits = el('div', { class: 'limits', 'data-testid': 'select-limits' });
  const addLimit = el('button', { type: 'button', 'data-testid': 'select-add-limit' }, 'Add a limit');
  const number = (testId: string, label: string, value: number, min: number) =>
    el('input', {
      type: 'number',
      min,
      max: 100000,
      value,
      style: 'width:6em',
      'data-testid': testId,
      'aria-label': label,
    });
  const firstStage = number('select-first-stage', 'First-stage replications', selectDefaults.firstStage, 2);
  const batch = number('select-batch', 'Replications per batch', selectDefaults.batch, 1);
  const maxReps = number('select-max', 'Most replications per design', selectDefaults.maxReplications, 2);
  const exhaustive = number(
    'optimise-exhaustive',
    'Most combinations certified whole',
    OPTIMISE_DEFAULTS.exhaustive,
    2,
  );
  const budgetPer = number('optimise-budget', 'Screening runs per combination', OPTIMISE_DEFAULTS.budgetPerDesign, 5);
  const finalists = number('optimise-finalists', 'Finalists certified', OPTIMISE_DEFAULTS.finalists, 2);
  const optimiseSizes = el(
    'div',
    { class: 'row', hidden: true },
    el('label', {}, 'Certify whole up to ', exhaustive, ' combinations;'),
    el('label', {}, 'beyond, screen with ', budgetPer, ' runs per combination'),
    el('label', {}, 'and certify the best ', finalists),
  );
  const go = el('button', { type: 'button', class: 'primary', 'data-testid': 'select-run' }, 'Select');
  const stale = el('span', { class: 'hint', 'data-testid': 'select-stale' });
  const cli = el('code', { 'data-testid': 'select-cli' });
  const out = el('div', { 'data-testid': 'select-results' });
  host.append(
    el(
      'div',
      { class: 'row', role: 'radiogroup', 'aria-label': 'Choose among' },
      'Choose among ',
      el('label', {}, amongDesigns, ' the base and its variants'),
      el('label', {}, amongSweep, ' the points of a sweep'),
      el('label', {}, amongDecisions, " the combinations of the file's decisions"),
    ),
    el('div', { class: 'row' }, choices.element),
    sweepRow,
    decisionsRow,
    el(
      'div',
      { class: 'row' },
      el('label', {}, 'Choose the design with the best ', objective),
      el('label', {}, ' where ', direction),
    ),
    el(
      'div',
      { class: 'row' },
      el('label', {}, 'Differences smaller than ', delta, ' do not matter'),
      deltaUnit,
      el('label', {}, 'Confidence ', confidence),
    ),
    el(
      'fieldset',
      { class: 'designs' },
      el('legend', {}, 'Limits every chosen design must meet (optional)'),
      limits,
      addLimit,
    ),
    el(
      'details',
      { class: 'advanced' },
      el('summary', {}, 'Procedure sizes'),
      el(
        'div',
        { class: 'row' },
        el('label', {}, 'First stage ', firstStage, ' replications'),
        el('label', {}, 'then batches of ', batch),
        el('label', {}, 'at most ', maxReps, ' replications per design'),
      ),
      optimiseSizes,
    ),
    el('div', { class: 'row' }, go, stale, message),
    el('p', { class: 'hint' }, 'The same with the CLI: ', cli),
    out,
  );

  let keys: string[] = [];
  const rows: LimitRow[] = [];
  /** Figure options: every figure the model offers, and `name:*` for each family of per-executive or per-pool figures. */
  const figureOptions = (): [string, string][] => {
    const families = [...new Set(keys.filter((k) => k.includes(':')).map((k) => k.split(':')[0]))];
    return [
      ...objectiveKeys().map((k): [string, string] => [k, metricLabel(k)]),
      ...families.map((f): [string, string] => [
        `${f}:*`,
        `${metricLabel(f)}, every ${f === 'utilisation' ? 'pool' : f === 'budgetUse' ? 'executive with a budget' : 'executive'}`,
      ]),
    ];
  };
  const fill = (select: HTMLSelectElement, options: [string, string][], keep: string) => {
    clear(select);
    select.append(...options.map(([v, label]) => el('option', { value: v }, label)));
    if (options.some(([v]) => v === keep)) select.value = keep;
  };
  /** The objective's options: every figure of the model, and in an optimisation the decisions' own cost. */
  const objectiveKeys = () => (amongDecisions.checked ? [...keys, DECISION_COST] : keys);
  const fillObjective = () => {
    fill(
      objective,
      objectiveKeys().map((k) => [k, metricLabel(k)]),
      objective.value || DEFAULT_OBJECTIVE,
    );
    for (const row of rows) fill(row.figure, figureOptions(), row.figure.value);
    describeDelta();
  };
  const unitOf = (key: string) => selectionInfo(key.replace(/:\*$/, '')).unit;
  const describeDelta = () => {
    deltaUnit.textContent = `(in ${selectionInfo(objective.value).label}: ${unitHint[selectionInfo(objective.value).unit]})`;
  };
  const addRow = (figure = 'budgetUse:*', sense = '<=', value = '') => {
    const r: LimitRow = {
      row: el('div', { class: 'row limit', 'data-testid': 'select-limit' }),
      figure: el('select', { 'data-testid': 'limit-figure', 'aria-label': 'Figure limited' }),
      sense: el(
        'select',
        { 'data-testid': 'limit-sense', 'aria-label': 'At most or at least' },
        el('option', { value: '<=' }, 'at most'),
        el('option', { value: '>=' }, 'at least'),
      ),
      value: el('input', { type: 'text', size: 10, 'data-testid': 'limit-value', 'aria-label': 'Limit' }),
    };
    fill(r.figure, figureOptions(), figure);
    // A model with no budgeted executive has no budgetUse:*: the list falls back to its first figure,
    // whose sense follows what is better for it (a floor on throughput, not a ceiling).
    r.sense.value =
      r.figure.value === figure
        ? sense
        : selectionInfo(r.figure.value.replace(/:\*$/, '')).better === 'higher'
          ? '>='
          : '<=';
    r.value.value = value;
    const unit = el('span', { class: 'hint' });
    const describe = () => {
      unit.textContent = unitHint[unitOf(r.figure.value)];
    };
    r.figure.addEventListener('change', () => {
      // A floor for figures where more is better (throughput), a ceiling for the rest.
      r.sense.value = selectionInfo(r.figure.value.replace(/:\*$/, '')).better === 'higher' ? '>=' : '<=';
      describe();
    });
    describe();
    const remove = el(
      'button',
      { type: 'button', 'data-testid': 'limit-remove', 'aria-label': 'Remove this limit' },
      '✕',
    );
    remove.addEventListener('click', () => {
      rows.splice(rows.indexOf(r), 1);
      r.row.remove();
      showCli();
    });
    r.row.append(r.figure, r.sense, r.value, unit, remove);
    rows.push(r);
    limits.append(r.row);
    showCli();
  };
  addLimit.addEventListener('click', () => addRow());
  /** The limits a result suggests for a design that keeps up, put in the form (a figure already limited is left as it is). */
  const addKeepUp = (suggested: KeepUpLimit[]) => {
    for (const l of suggested) if (!rows.some((r) => r.figure.value === l.key)) addRow(l.key, '<=', keepUpValue(l));
    limits.scrollIntoView?.({ block: 'nearest' });
  };

  /** The goal as `opsim select` options. */
  const goal = (): SelectionGoalInput => ({
    objective: `${direction.value}:${objective.value}`,
    constraints: rows.map((r) => `${r.figure.value}${r.sense.value}${r.value.value.trim()}`),
    delta: delta.value.trim() === '' ? undefined : delta.value.trim(),
    confidence: confidence.value,
  });
  const count = (input: HTMLInputElement, fallback: number, min: number) =>
    Math.max(min, Math.round(Number(input.value)) || fallback);
  /** The swept parameter as typed, or what is wrong with it; null when choosing among designs. */
  const sweepParams = (): SweepParam[] | { error: string } | null => {
    if (!amongSweep.checked) return null;
    const path = param.value.trim();
    if (path === '') return { error: 'Give a field path to sweep.' };
    try {
      return [{ path, values: parseSweepValues(values.value) }];
    } catch (err) {
      return { error: `Values: ${(err as Error).message}` };
    }
  };
  const request = (): SelectRequest => {
    const first = count(firstStage, selectDefaults.firstStage, 2);
    const params = sweepParams();
    return {
      params: params === null || 'error' in params ? undefined : params,
      designs: choices.picked(),
      goal: goal(),
      firstStage: first,
      batch: count(batch, selectDefaults.batch, 1),
      maxReplications: Math.max(first, count(maxReps, selectDefaults.maxReplications, 2)),
    };
  };
  /** The CLI's default sizes are left out of the request (and the command), so the report names the defaults it ran with. */
  const optimiseRequest = (): OptimiseRequest => {
    const q = request();
    const k = designCount();
    const e = count(exhaustive, OPTIMISE_DEFAULTS.exhaustive, 2);
    const b = count(budgetPer, OPTIMISE_DEFAULTS.budgetPerDesign, 5);
    const f = count(finalists, OPTIMISE_DEFAULTS.finalists, 2);
    return {
      goal: q.goal,
      firstStage: q.firstStage,
      batch: q.batch,
      maxReplications: q.maxReplications,
      exhaustive: e === OPTIMISE_DEFAULTS.exhaustive ? undefined : e,
      budget: b === OPTIMISE_DEFAULTS.budgetPerDesign ? undefined : b * k,
      finalists: f === OPTIMISE_DEFAULTS.finalists ? undefined : f,
    };
  };
  /** How many combinations the loaded design's decisions make. */
  const designCount = () => decisions().reduce((n, d) => n * d.values.length, 1);
  const decisions = () => decisionsOf((store.get().loaded?.doc ?? {}) as Parameters<typeof decisionsOf>[0]);
  /** The equivalent command, so a selection made here can be repeated (or run on more machines' worth of cores) with the CLI. */
  const showCli = () => {
    const s = store.get();
    const q = request();
    const g = q.goal;
    // The goal and select's sizes, common to both commands; the CLI's defaults are left out.
    const goalArgs = [
      '--objective',
      g.objective ?? DEFAULT_OBJECTIVE,
      ...(g.constraints ?? []).flatMap((c) => ['--constraint', c]),
      '--delta',
      String(g.delta ?? '?'),
      '--confidence',
      String(g.confidence ?? '0.95'),
      ...seedWarmupArgs(runner.settings()),
      ...(q.firstStage === selectDefaults.firstStage ? [] : ['--first-stage', String(q.firstStage)]),
      ...(q.batch === selectDefaults.batch ? [] : ['--batch', String(q.batch)]),
      ...(q.maxReplications === selectDefaults.maxReplications
        ? []
        : ['--max-replications', String(q.maxReplications)]),
    ];
    const variantArg = s.variant === null ? [] : ['--variant', s.variant];
    if (amongDecisions.checked) {
      const o = optimiseRequest();
      cli.textContent = cliLine('optimise', s.file, [
        ...variantArg,
        ...goalArgs,
        ...(o.exhaustive === undefined ? [] : ['--exhaustive', String(o.exhaustive)]),
        ...(o.budget === undefined ? [] : ['--budget', String(o.budget)]),
        ...(o.finalists === undefined ? [] : ['--finalists', String(o.finalists)]),
      ]);
      return;
    }
    const designArgs = amongSweep.checked
      ? [...variantArg, '--param', param.value.trim() || '?', '--values', values.value.trim() || '?']
      : variantsArgs(q.designs, s.loaded?.variants ?? []);
    cli.textContent = cliLine('select', s.file, [...designArgs, ...goalArgs]);
  };
  objective.addEventListener('change', () => {
    const better = selectionInfo(objective.value).better;
    if (better !== 'neither') direction.value = better === 'lower' ? 'min' : 'max';
    describeDelta();
    showCli();
  });
  for (const input of [
    direction,
    delta,
    confidence,
    firstStage,
    batch,
    maxReps,
    exhaustive,
    budgetPer,
    finalists,
    choices.element,
    limits,
  ])
    input.addEventListener('input', showCli);
  for (const input of [direction, confidence, choices.element, limits]) input.addEventListener('change', showCli);
  const showAmong = () => {
    choices.element.hidden = !amongDesigns.checked;
    sweepRow.hidden = !amongSweep.checked;
    decisionsRow.hidden = !amongDecisions.checked;
    optimiseSizes.hidden = !amongDecisions.checked;
    // The decisions' own cost is a figure only an optimisation has.
    fillObjective();
    showCli();
    shown = null;
    render();
  };
  for (const r of [amongDesigns, amongSweep, amongDecisions]) r.addEventListener('change', showAmong);
  for (const input of [param, values]) input.addEventListener('input', showCli);
  go.addEventListener('click', () => {
    if (amongDecisions.checked) {
      message.textContent = '';
      void runner.optimise(optimiseRequest());
      return;
    }
    const params = sweepParams();
    message.textContent = params !== null && 'error' in params ? params.error : '';
    if (message.textContent === '') void runner.select(request());
  });

  /** Puts a kept selection's goal back in the form, so what is shown is what would run again. */
  const showGoalOf = (rep: SelectReport) => {
    showGoal(rep);
    const point = rep.designs[0]?.values;
    amongSweep.checked = point !== null && point !== undefined;
    amongDesigns.checked = !amongSweep.checked;
    if (point) {
      const [path] = Object.keys(point);
      param.value = path;
      values.value = rep.designs.map((d) => String(d.values?.[path])).join(',');
    } else choices.setPicked(rep.designs.map((d) => d.variant));
    choices.element.hidden = amongSweep.checked;
    sweepRow.hidden = !amongSweep.checked;
    decisionsRow.hidden = true;
    optimiseSizes.hidden = true;
  };
  /** The goal and select's sizes of a kept selection (or an optimisation's certification) back in the form. */
  const showGoal = (rep: SelectReport) => {
    objective.value = rep.objective.key;
    direction.value = rep.objective.direction;
    delta.value = String(rep.delta);
    const level = String(rep.confidence);
    if (![...confidence.options].some((o) => o.value === level))
      confidence.append(el('option', { value: level }, `${Number((rep.confidence * 100).toPrecision(6))}%`));
    confidence.value = level;
    for (const r of [...rows]) r.row.remove();
    rows.length = 0;
    for (const c of rep.constraints) addRow(c.key, c.sense, `${c.limit}±${c.tolerance}`);
    firstStage.value = String(rep.procedure.firstStage);
    batch.value = String(rep.procedure.batch);
    maxReps.value = String(rep.procedure.maxReplications);
    describeDelta();
  };

  let keysShown = '';
  let decisionsShown = '';
  let optimiseSeen: unknown = null;
  let opened = -1;
  let shown: unknown = null;
  let runs = 0;
  const render = () => {
    const s = store.get();
    const r = runner.get();
    choices.refresh(s.loaded?.variants ?? []);
    if (s.loaded && !s.loading) {
      const next = selectionKeys(s.loaded.model);
      const sig = next.join('\n');
      if (sig !== keysShown) {
        keysShown = sig;
        keys = next;
        fillObjective();
      }
      // The decisions of the design loaded; without any, there is nothing to optimise.
      const declared = decisions();
      const sig2 = JSON.stringify(declared);
      if (sig2 !== decisionsShown) {
        decisionsShown = sig2;
        clear(decisionList);
        const described = (s.loaded.doc.decisions ?? {}) as Record<string, { description?: string }>;
        const currency = typeof s.loaded.doc.currency === 'string' ? s.loaded.doc.currency : 'USD';
        decisionList.append(
          ...declared.map((d) => el('li', {}, decisionText(d, described[d.name]?.description, currency))),
        );
        amongDecisions.disabled = declared.length === 0;
        amongDecisions.parentElement!.title =
          declared.length === 0 ? 'This file declares no decisions: (docs/scenario-format.md, "decisions")' : '';
        if (declared.length === 0 && amongDecisions.checked) {
          amongDesigns.checked = true;
          showAmong();
        }
      }
    }
    // Limits and a zone typed for the previous file mean nothing in this one.
    if (s.opened !== opened) {
      opened = s.opened;
      for (const row of [...rows]) row.row.remove();
      rows.length = 0;
      delta.value = '';
      param.value = '';
      values.value = '';
      objective.value = DEFAULT_OBJECTIVE;
      direction.value = 'min';
      describeDelta();
    }
    showCli();
    go.disabled = r.busy !== null || s.loaded === null || s.loading;
    go.textContent = amongDecisions.checked ? 'Optimise' : 'Select';
    // A restored optimisation is shown where it belongs, with its goal back in the form.
    if (r.optimise !== optimiseSeen) {
      optimiseSeen = r.optimise;
      if (r.optimise?.restored && r.optimise.report.certification !== null) {
        amongDecisions.checked = true;
        fillObjective();
        showGoal(r.optimise.report.certification);
        showAmong();
        return;
      }
    }
    const current = amongDecisions.checked ? r.optimise : r.select;
    stale.textContent =
      current && current.key !== runner.currentKey()
        ? 'Results are for an earlier version; select again to refresh.'
        : '';
    if (current === shown) return;
    shown = current;
    clear(out);
    const currency = typeof s.loaded?.doc.currency === 'string' ? s.loaded.doc.currency : 'USD';
    if (amongDecisions.checked) {
      const opt = r.optimise;
      if (!opt) {
        out.append(
          el(
            'p',
            { class: 'hint' },
            'Every combination of the decisions is a design. Up to the limit above all are certified at once, as a selection; beyond it, OCBA screens them and the best few are certified on fresh replications.',
          ),
        );
        return;
      }
      out.dataset.runs = String(++runs);
      drawOptimise(out, opt.report, store, currency, variantDescriptions(s.loaded?.baseDoc ?? {}), addKeepUp);
      const download = el('button', { type: 'button' }, 'Download optimisation JSON');
      download.addEventListener('click', () => downloadText('optimise-report.json', opt.json, 'application/json'));
      out.append(
        el(
          'details',
          { class: 'report-json' },
          el('summary', {}, 'Optimisation JSON (identical to opsim optimise --json with the same settings)'),
          download,
          el('pre', { 'data-testid': 'optimise-json' }, opt.json),
        ),
      );
      return;
    }
    const sel = r.select;
    if (!sel) {
      out.append(
        el(
          'p',
          { class: 'hint' },
          'Designs run the same replications (common random numbers) in batches; a design is dropped as soon as the evidence says it is worse by more than the zone, so clear losers cost few replications.',
        ),
      );
      return;
    }
    if (sel.restored) showGoalOf(sel.report);
    out.dataset.runs = String(++runs);
    drawSelect(
      out,
      sel.report,
      currency,
      variantDescriptions(s.loaded?.baseDoc ?? {}),
      paramNamer(s.loaded?.baseDoc),
      false,
      addKeepUp,
    );
    const download = el('button', { type: 'button' }, 'Download selection JSON');
    download.addEventListener('click', () => downloadText('select-report.json', sel.json, 'application/json'));
    out.append(
      el(
        'details',
        { class: 'report-json' },
        el('summary', {}, 'Selection JSON (identical to opsim select --json with the same settings)'),
        download,
        el('pre', { 'data-testid': 'select-json' }, sel.json),
      ),
    );
  };
  store.subscribe(render);
  runner.subscribe(render);
  render();
}
