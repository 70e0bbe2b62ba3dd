// Executive load read against each executive's weekly decision budget: the escalations they
// receive, the decisions they make, the hours those take against the hours budgeted, and the share
// of the budget used with its 95% interval, said in words (over budget, within it, or too close to
// tell). The same view serves one design (Run) and several side by side (Compare).
import { formatCount, formatInterval, formatPercent, formatPerWeek } from '../charts/format.js';
import { groupedCiChart } from '../charts/groupedCiChart.js';
import { el } from '../dom/el.js';
import {
  noBudgetUse,
  scaleInterval,
  type DesignReport,
  type Interval,
  type NoBudgetUse,
} from '../../src/experiments/index.js';
import { table } from './table.js';

export type BudgetVerdict = 'over budget' | 'within budget' | 'cannot tell' | NoBudgetUse;

/**
 * Over when the 95% interval of budget use lies above 100%, within when below, else cannot tell; or
 * why it has no value (noBudgetUse: no budget, or none of it in the window).
 */
export function budgetVerdict(use: Interval, e: Pick<Executive, 'budgetHours' | 'budgetPerWeek'>): BudgetVerdict {
  const none = noBudgetUse({ budgetHours: e.budgetHours.mean, budgetPerWeek: e.budgetPerWeek.mean });
  if (none !== null) return none;
  if (use.lo > 1) return 'over budget';
  if (use.hi <= 1) return 'within budget';
  return 'cannot tell';
}

export interface BudgetDesign {
  name: string;
  executives: DesignReport['executives'];
  weeks: number;
}

const perWeek = (x: number, weeks: number) => (weeks > 0 ? x / weeks : 0);

type Executives = DesignReport['executives'];
type Executive = Executives[string];

/**
 * The escalations an executive received but did not decide, by why: a column for each way that
 * happened among `shown` (each design's executives). Without them a table read "received 16.6 /wk,
 * decided 10.8 /wk, within budget" and said nothing of the other 5.8 (items that gave up waiting).
 * Received = decided + these + the change in those waiting (docs/report-format.md).
 */
export function undecidedColumns(
  shown: readonly Executives[],
): { label: string; cell: (e: Executive, weeks: number) => string }[] {
  const kinds = [
    { key: 'abandonedWaiting', label: 'Gave up waiting' },
    { key: 'turnedAway', label: 'Turned away (queue full)' },
    { key: 'leftBySla', label: 'Sent on by an SLA' },
  ] as const;
  return kinds
    .filter(({ key }) => shown.some((execs) => Object.values(execs).some((e) => e[key].mean > 0)))
    .map(({ key, label }) => ({
      label: `${label} per week`,
      cell: (e: Executive, weeks: number) => formatInterval(scaleInterval(e[key], weeks), formatPerWeek),
    }));
}

/** One sentence: who is over budget (and in which design), or that everyone is within it. */
export function budgetSentence(designs: readonly BudgetDesign[]): string {
  const many = designs.length > 1;
  const over: string[] = [];
  const unclear: string[] = [];
  for (const d of designs)
    for (const [id, e] of Object.entries(d.executives)) {
      const v = budgetVerdict(e.budgetUtilisation, e);
      const who = `${id}${many ? ` in ${d.name}` : ''} (${formatPercent(e.budgetUtilisation.mean)})`;
      if (v === 'over budget') over.push(who);
      if (v === 'cannot tell') unclear.push(who);
    }
  const parts = [
    over.length
      ? `Over their decision budget: ${over.join(', ')}.`
      : 'No executive is over budget with 95% confidence.',
    unclear.length ? ` Too close to 100% to tell at these replications: ${unclear.join(', ')}.` : '',
  ];
  return parts.join('');
}

/** The view: a sentence, budget use per executive against the 100% line, and a table of the load behind it. */
export function executiveBudgetView(designs: readonly BudgetDesign[]): HTMLElement {
  const box = el(
    'section',
    { class: 'budgets', 'data-testid': 'executive-budgets', 'aria-label': 'Executive load against decision budgets' },
    el('h3', {}, 'Executive load against decision budgets'),
  );
  const ids = [...new Set(designs.flatMap((d) => Object.keys(d.executives)))].sort();
  if (ids.length === 0) {
    box.append(el('p', { class: 'hint' }, 'This design has no executives.'));
    return box;
  }
  box.append(el('p', { 'data-testid': 'budget-sentence' }, budgetSentence(designs)));
  const many = designs.length > 1;
  const charts = el('div', { class: 'chart-grid' });
  box.append(charts);
  groupedCiChart(charts, {
    title: 'Share of the weekly decision budget used (95% CI)',
    xLabel: 'Executive',
    yLabel: 'Budget used',
    testId: 'chart-budget-use',
    format: formatPercent,
    reference: { value: 1, label: '100% of the budget' },
    values: designs.flatMap((d) =>
      Object.entries(d.executives)
        .filter(([, e]) => e.budgetHours.mean > 0)
        .map(([id, e]) => ({
          group: id,
          series: d.name,
          mean: e.budgetUtilisation.mean,
          lo: e.budgetUtilisation.lo,
          hi: e.budgetUtilisation.hi,
        })),
    ),
  });
  const undecided = undecidedColumns(designs.map((d) => d.executives));
  // With those still waiting at the end, received and decided reconcile, up to the backlog the
  // window started with (docs/report-format.md).
  const waiting = designs.some((d) => Object.values(d.executives).some((e) => e.waitingAtEnd.mean > 0));
  const rows = designs.flatMap((d) =>
    ids
      .filter((id) => d.executives[id])
      .map((id) => {
        const e = d.executives[id];
        const budgeted = e.budgetHours.mean > 0;
        return [
          ...(many ? [d.name] : []),
          id,
          formatInterval(e.escalationsPerWeek, formatPerWeek),
          formatInterval(e.decidedPerWeek, formatPerWeek),
          ...undecided.map((c) => c.cell(e, d.weeks)),
          ...(waiting ? [formatInterval(e.waitingAtEnd, formatCount)] : []),
          `${formatCount(perWeek(e.hoursConsumed.mean, d.weeks))} h`,
          budgeted ? `${formatCount(perWeek(e.budgetHours.mean, d.weeks))} h` : 'unlimited',
          budgeted ? formatInterval(e.budgetUtilisation, formatPercent) : '–',
          budgetVerdict(e.budgetUtilisation, e),
        ];
      }),
  );
  box.append(
    table(
      [
        [
          ...(many ? ['Design'] : []),
          'Executive',
          'Escalations received',
          'Decided',
          ...undecided.map((c) => c.label),
          ...(waiting ? ['Waiting at the end'] : []),
          'Decision hours a week',
          'Budget available a week',
          'Budget used (95% CI)',
          'Against the budget',
        ],
        ...rows,
      ],
      { 'data-testid': 'budget-table' },
    ),
    el(
      'p',
      { class: 'hint' },
      'Budget available: the decision budget the executive could spend in the measured weeks, per week; the weekly budget when they are whole weeks from a Monday. A week measured in part counts what was left of its budget, up to its share for the working hours measured unless more was spent, so spending every budget as it renews reads 100%. ' +
        'Over budget: the 95% interval of the share used lies above 100%; within: it lies at or below 100%; cannot tell: it straddles 100%. Decisions beyond the budget wait for next week.',
    ),
  );
  return box;
}
