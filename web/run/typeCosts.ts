// Cost per done item by item type, beside the total: a blend of tickets, deals and invoices hides
// which one a design makes dearer. One design (Run: the page's one table per item type, with each
// type's throughput, outcomes per week as `opsim run` prints them, cycle time and arrivals beside
// its cost) or several side by side (Compare, with each type's outcomes per week per design as
// `opsim compare` gives them), with the cheapest design per type said in a sentence;
// each cost is the type's share of every cause (src/core's cost.byType, which sums to the total
// cause by cause).
import {
  formatCount,
  formatDuration,
  formatInterval,
  formatMean,
  formatMoney,
  formatPerWeek,
} from '../charts/format.js';
import { el } from '../dom/el.js';
import { scaleInterval, type DesignReport } from '../../src/experiments/index.js';
import { table } from './table.js';

export interface TypeCostDesign {
  name: string;
  cost: DesignReport['cost'];
  /**
   * When given, one design (Run) shows each type's throughput, outcomes, cycle time and arrivals beside
   * its cost; several (Compare) get a second table of each type's outcomes per week per design.
   */
  outcomes?: Pick<DesignReport, 'overall' | 'byType' | 'weeks'>;
}

/** The kinds of outcome shown per item type, each as a count per week (the CLI's order and words). */
export const outcomeKinds = [
  ['done', 'Done'],
  ['doneWithDefect', 'Done with defect'],
  ['rejected', 'Rejected'],
  ['abandoned', 'Abandoned'],
  ['blocked', 'Blocked'],
] as const;

/** The columns one design's table adds after its cost: throughput, each outcome per week, cycle time, arrivals. */
export const flowHeader = [
  'Throughput per week',
  ...outcomeKinds.map(([, label]) => `${label} per week`),
  'Mean cycle time',
  '90th percentile',
  'Arrived in window',
];

/**
 * Per item type (and for all types first), the design with the lowest mean cost per done item, among
 * the designs that delivered (an item of the type) in every replication: a mean over fewer passes
 * over the runs in which the design lost everything.
 */
export function cheapestByType(designs: readonly TypeCostDesign[]): { type: string | null; design: string }[] {
  const types = [...new Set(designs.flatMap((d) => Object.keys(d.cost.byType)))].sort();
  const cheapest = (perDone: (d: TypeCostDesign) => { mean: number; n: number } | undefined) =>
    designs
      .filter((d) => {
        const ci = perDone(d);
        return ci !== undefined && ci.n > 0 && ci.n === d.cost.total.n;
      })
      .reduce<TypeCostDesign | null>(
        (best, d) => (best === null || perDone(d)!.mean < perDone(best)!.mean ? d : best),
        null,
      );
  return [
    { type: null, design: cheapest((d) => d.cost.perDone)?.name ?? '' },
    ...types.map((t) => ({ type: t, design: cheapest((d) => d.cost.byType[t]?.perDone)?.name ?? '' })),
  ].filter((x) => x.design !== '');
}

export function typeCostView(designs: readonly TypeCostDesign[], currency: string): HTMLElement {
  const money = (v: number) => formatMoney(v, currency);
  const types = [...new Set(designs.flatMap((d) => Object.keys(d.cost.byType)))].sort();
  const box = el(
    'section',
    { class: 'type-costs', 'data-testid': 'type-costs', 'aria-label': 'Cost per done item by item type' },
    el('h3', {}, 'Cost per done item by item type'),
  );
  const many = designs.length > 1;
  if (many) {
    const said = cheapestByType(designs).map((c) => `${c.type ?? 'all types'}: ${c.design}`);
    box.append(el('p', { 'data-testid': 'type-cost-sentence' }, `Lowest mean cost per done item, ${said.join('; ')}.`));
  }
  const cell = (ci: { mean: number; half: number; n: number } | undefined) => formatInterval(ci, money);
  const outcomes = many ? undefined : designs[0].outcomes;
  const flowCells = (flow: DesignReport['overall'] | undefined) => {
    if (outcomes === undefined) return [];
    if (flow === undefined) return Array<string>(flowHeader.length).fill('–');
    const w = outcomes.weeks;
    return [
      formatInterval(flow.throughputPerWeek, formatPerWeek),
      ...outcomeKinds.map(([kind]) => (w > 0 ? formatInterval(scaleInterval(flow[kind], w), formatPerWeek) : '–')),
      formatMean(flow.cycleTime.mean, formatDuration),
      formatMean(flow.cycleTime.p90, formatDuration),
      formatCount(flow.arrived.mean),
    ];
  };
  box.append(
    table(
      [
        [
          'Item type',
          ...designs.map((d) => (many ? d.name : 'Cost per done item (95% CI)')),
          ...(many ? [] : ['Cost in window']),
          ...(outcomes ? flowHeader : []),
        ],
        [
          'All types',
          ...designs.map((d) => cell(d.cost.perDone)),
          ...(many ? [] : [money(designs[0].cost.total.mean)]),
          ...flowCells(outcomes?.overall),
        ],
        ...types.map((t) => [
          t,
          ...designs.map((d) => cell(d.cost.byType[t]?.perDone)),
          ...(many ? [] : [money(designs[0].cost.byType[t]?.total.mean ?? 0)]),
          ...flowCells(outcomes?.byType[t]),
        ]),
      ],
      { 'data-testid': 'type-cost-table' },
    ),
    el(
      'p',
      { class: 'hint' },
      "Each type's cost is its share of every cause (hours of the pools that worked on it, its tasks, its defects, lost work, delay and penalties) over the items of that type done; the types' costs add up to the total." +
        (outcomes
          ? ' Throughput is items done (with or without a defect) per week; outcomes are items of the type per week of the window, with 95% half-widths; cycle times are means over replications of items done in the window; arrivals are counted in the window.'
          : ''),
    ),
  );
  if (many && designs.every((d) => d.outcomes !== undefined)) box.append(typeOutcomeTable(designs));
  return box;
}

/**
 * Several designs' outcomes per week by item type, as the `Item types` table of `opsim compare`: a
 * row per type and kind of outcome (kinds that happen in no design left out, as its text does), a
 * column per design, with 95% half-widths.
 */
function typeOutcomeTable(designs: readonly TypeCostDesign[]): HTMLElement {
  const types = Object.keys(designs[0].outcomes!.byType);
  const rows = types.flatMap((t) =>
    outcomeKinds
      .filter(([kind]) => designs.some((d) => d.outcomes!.byType[t]?.[kind].mean || d.outcomes!.byType[t]?.[kind].half))
      .map(([kind, label]) => [
        t,
        `${label} per week`,
        ...designs.map((d) => {
          const ci = d.outcomes!.byType[t]?.[kind];
          const w = d.outcomes!.weeks;
          return ci && w > 0 ? formatInterval(scaleInterval(ci, w), formatPerWeek) : '–';
        }),
      ]),
  );
  return el(
    'div',
    {},
    el('h4', {}, 'Outcomes per week by item type'),
    table([['Item type', 'Outcome', ...designs.map((d) => d.name)], ...rows], { 'data-testid': 'type-outcome-table' }),
  );
}
