// A selection's report drawn, the answer first: which design was selected, the guarantee in words,
// and per design what became of it (selected, eliminated at which stage by which design, infeasible
// on which limit), its objective and limited figures with 95% intervals and the replications it
// took; then the objective per design as a chart, and how the procedure ran. Figures are named in
// words (`decision budget use of head-cs`), never by their keys.
import { ciBarChart } from '../charts/ciBarChart.js';
import { formatInterval, formatPercent } from '../charts/format.js';
import { el } from '../dom/el.js';
import {
  constraintText,
  keepUpLimits,
  selectionInfo,
  type KeepUpLimit,
  type SelectConstraint,
  type SelectDesign,
  type SelectReport,
} from '../../src/experiments/index.js';
import { metricAxisFormatter, metricFormatter, metricLabel } from './metrics.js';
import { table } from './table.js';
import { warmupText } from './warmupText.js';
import { warningsView } from './warningsView.js';

/** A limit in words: `decision budget use of head-cs at most 100% (tolerance ±2%)`. */
export function limitText(c: SelectConstraint, currency: string): string {
  const f = metricFormatter(c.key, currency);
  return `${selectionInfo(c.key).label} ${c.sense === '<=' ? 'at most' : 'at least'} ${f(c.limit)} (tolerance ±${f(c.tolerance)})`;
}

/** A design as a COO reads it: its name, or for a sweep point its parameters named from the scenario's ids. */
export function designLabel(d: SelectDesign, name: (path: string) => string): string {
  if (d.values === null) return d.name;
  return Object.entries(d.values)
    .map(([path, v]) => `${name(path)} = ${String(v)}`)
    .join(', ');
}

/**
 * The report's text with each limit as the CLI writes it (`budgetUse:head-cs <= 1 (±0.02)`) put in
 * words, and each sweep point's name (`steps.gate.next.thresholds.cuts.1=0.6`) as its label.
 */
function inWords(text: string, rep: SelectReport, currency: string, name: (path: string) => string): string {
  const limits = rep.constraints.reduce((t, c) => t.split(constraintText(c)).join(limitText(c, currency)), text);
  return rep.designs
    .filter((d) => d.values !== null)
    .sort((a, b) => b.name.length - a.name.length)
    .reduce((t, d) => t.split(d.name).join(designLabel(d, name)), limits);
}

const outcomeText: Record<SelectDesign['status'], string> = {
  selected: 'selected',
  eliminated: 'eliminated',
  infeasible: 'misses a limit',
  undecided: 'undecided',
  survivor: 'still in contention',
};

/** The verdict in one sentence. */
export function selectVerdict(rep: SelectReport, currency: string, name: (path: string) => string): string {
  return inWords(verdictOf(rep, currency), rep, currency, name);
}

function verdictOf(rep: SelectReport, currency: string): string {
  const f = metricFormatter(rep.objective.key, currency);
  const best = rep.designs.find((d) => d.name === rep.selected);
  const at = best ? ` at ${f(best.objective.mean)} (95% CI ${f(best.objective.lo)} to ${f(best.objective.hi)})` : '';
  const among = rep.constraints.length > 0 ? ' among the designs that meet every limit' : '';
  const goal = `${rep.objective.direction === 'min' ? 'lowest' : 'highest'} ${rep.objective.label}`;
  switch (rep.rule) {
    case 'selected':
      return `Selected: ${rep.selected}, the ${goal}${among}${at}.`;
    case 'infeasible':
      return 'No design selected: every design misses a limit.';
    case 'cap':
      return rep.selected === null
        ? `No decision within ${rep.procedure.maxReplications} replications per design.`
        : `No decision within ${rep.procedure.maxReplications} replications per design: ${rep.selected} leads${at}, with no guarantee.`;
    case 'cancelled':
      return rep.selected === null
        ? 'Interrupted before the comparison began: no design leads yet.'
        : `Interrupted: ${rep.selected} led${at}, with no guarantee.`;
  }
}

/**
 * The warnings of the selected design, then of any other still in contention, named; null when there
 * are none. Shown under the verdict, as the CLI prints them under "Selected:": an overloaded design's
 * means are not steady-state figures (its cost per done item looks cheap while work piles up), and
 * the guarantee says nothing of that.
 */
export function selectWarnings(
  rep: SelectReport,
  name: (path: string) => string = (p) => p,
  onKeepUp: ((limits: KeepUpLimit[]) => void) | null = null,
): HTMLElement | null {
  const view = warningsView(
    [
      ...rep.designs.filter((d) => d.name === rep.selected).map((d) => ({ name: null, of: d })),
      ...rep.designs
        .filter((d) => d.status === 'survivor')
        .map((d) => ({ name: `${designLabel(d, name)} (still in contention)`, of: d })),
    ],
    'select-warnings',
  );
  // The way out of an overloaded pick: the limits that ask for a design that keeps up.
  const limits = keepUpLimits(rep);
  if (view !== null && limits.length > 0) {
    const hint = el(
      'p',
      { 'data-testid': 'keep-up' },
      `To choose among designs that keep up, add ${limits.length === 1 ? 'the limit' : 'the limits'} ` +
        `${limits.map((l) => `${selectionInfo(l.key).label} at most ${formatPercent(l.limit)}`).join(' and ')}.`,
    );
    view.append(hint);
    if (onKeepUp !== null) {
      // One click puts them in the form above, to run again.
      const add = el(
        'button',
        { type: 'button', 'data-testid': 'keep-up-add' },
        limits.length === 1 ? 'Add this limit' : 'Add these limits',
      );
      add.addEventListener('click', () => onKeepUp(limits));
      view.append(add);
    }
  }
  return view;
}

/** drawSelect(...): the report drawn; `warned` when the caller already shows selectWarnings (an optimisation, above). */
export function drawSelect(
  out: HTMLElement,
  rep: SelectReport,
  currency: string,
  descriptions: Record<string, string>,
  name: (path: string) => string = (p) => p,
  warned = false,
  onKeepUp: ((limits: KeepUpLimit[]) => void) | null = null,
): void {
  const fo = metricFormatter(rep.objective.key, currency);
  const words = (text: string) => inWords(text, rep, currency, name);
  const box = el(
    'section',
    { class: 'decision', 'data-testid': 'decision-summary', 'aria-label': 'Decision summary' },
    el('h3', {}, 'Decision summary'),
    el('p', { 'data-testid': 'select-verdict' }, el('strong', {}, selectVerdict(rep, currency, name))),
    (warned ? null : selectWarnings(rep, name, onKeepUp)) ?? '',
    el('p', { 'data-testid': 'select-guarantee' }, words(rep.guarantee)),
  );
  const named = rep.designs.filter((d) => descriptions[d.name]);
  if (named.length)
    box.append(
      el(
        'ul',
        { class: 'design-names' },
        ...named.map((d) => el('li', {}, el('strong', {}, d.name), `: ${descriptions[d.name]}`)),
      ),
    );
  if (rep.constraints.length > 0)
    box.append(
      el(
        'p',
        { 'data-testid': 'select-limits-text' },
        `Limits: ${rep.constraints.map((c) => limitText(c, currency)).join('; ')}.`,
      ),
    );
  box.append(
    table(
      [
        [
          'Design',
          'Outcome',
          'Why',
          `${metricLabel(rep.objective.key)} (mean ± 95% CI)`,
          ...rep.constraints.map((c) => `${metricLabel(c.key)} (mean ± 95% CI)`),
          'Replications used',
          'Simulated',
        ],
        ...rep.designs.map((d) => [
          designLabel(d, name),
          outcomeText[d.status],
          words(d.reason),
          formatInterval(d.objective, fo),
          ...rep.constraints.map((c) => {
            const ci = d.constraints[c.key];
            const f = metricFormatter(c.key, currency);
            return formatInterval(ci, f);
          }),
          String(d.replications),
          String(d.simulated),
        ]),
      ],
      { 'data-testid': 'select-table', class: 'numbers small' },
    ),
  );
  out.append(
    el(
      'h3',
      {},
      `${rep.designs.length} designs, seed ${rep.seed}: ${rep.replications.used} replications used (${rep.replications.simulated} simulated)`,
    ),
    el('p', { class: 'hint', 'data-testid': 'warmup-info' }, warmupText(rep.warmup)),
    box,
  );
  // A bar per design reads up to a dozen designs; beyond, the table says it better.
  const charts = el('div', { class: 'chart-grid' });
  out.append(charts);
  if (rep.designs.length <= 12)
    ciBarChart(charts, {
      title: `${metricLabel(rep.objective.key)} per design (95% CI over the replications each used)`,
      yLabel: metricLabel(rep.objective.key),
      testId: 'chart-select-objective',
      format: fo,
      axisFormat: metricAxisFormatter(rep.objective.key, currency),
      bars: rep.designs.map((d) => ({
        label: d.status === 'selected' ? `${designLabel(d, name)} (selected)` : designLabel(d, name),
        mean: d.objective.mean,
        lo: d.objective.lo,
        hi: d.objective.hi,
      })),
    });
  const p = rep.procedure;
  const alpha = (a: number) => `${Number((a * 100).toPrecision(6))}%`;
  out.append(
    el(
      'p',
      { class: 'hint', 'data-testid': 'select-procedure' },
      `${p.name === 'AK' ? `A feasibility check of every limit (error ${alpha(p.alpha.feasibility)}), then KN among the feasible designs (error ${alpha(p.alpha.comparison)})` : `KN (error ${alpha(p.alpha.comparison)})`}, under ${p.commonRandomNumbers ? 'common random numbers' : 'independent sampling'}: ` +
        `a first stage of ${p.firstStage} replications, then batches of ${p.batch}, at most ${p.maxReplications} per design. ` +
        `Designs within ${fo(rep.delta)} of each other on ${rep.objective.label} count as equally good. ` +
        `"Stage n" is the n-th replication of the comparison. Replications used are those the procedure read; a batch may run a few past a design's elimination (simulated).`,
    ),
    el('ul', { class: 'hint' }, ...p.references.map((r) => el('li', {}, r))),
  );
}
