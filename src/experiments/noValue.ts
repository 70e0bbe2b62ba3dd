// Figures that can have no value. Some figures are taken over events that may not happen in a run:
// cost per done item and cycle time over the items done, cost per outcome over the items that left,
// a step's waits over the services it started, an executive's decision wait over its decisions and
// its budget use over its budget.
// Where there were none the engine reports 0, and read as a figure that 0 makes losing all the work
// look cheapest and fastest, or an idle step look instant. Here that 0 becomes NaN, "no value",
// before anything is aggregated: a design's interval of such a figure is over the replications that
// have it (its n counts them; 0 when none do), and a paired difference is over the replications in
// which both designs have it. The nothingDone warning, the selection's check, the sweep's ranking and
// the page's summaries start from the tests below.

import type {
  CostBreakdown,
  ExecutiveFigures,
  FlowFigures,
  Percentiles,
  PoolFigures,
  StepFigures,
  TypeCost,
} from '../core/index.js';

/** Figure keys taken over the items done (`costPerDone:<type>` included, by its prefix). */
const OVER_DONE_ITEMS = new Set(['costPerDone', 'cycleTime', 'cycleTimeP50', 'cycleTimeP90', 'cycleTimeP95']);

/** Whether figure `key` is taken over the items done: a run that finished none has no value of it. */
export function overDoneItems(key: string): boolean {
  return OVER_DONE_ITEMS.has(key.split(':')[0]);
}

/** Whether a run (or one item type or period of it) finished no item. */
export function finishedNothing(counts: { done: number; doneWithDefect: number }): boolean {
  return counts.done + counts.doneWithDefect === 0;
}

/** Whether x is a figure's value: not NaN, which stands for "no value" (nor a missing key, nor JSON's null for NaN). */
export function hasValue(x: unknown): x is number {
  return typeof x === 'number' && !Number.isNaN(x);
}

/**
 * `value` of cost per outcome, or NaN (no value) when nothing left with an outcome (done, with a
 * defect, rejected or abandoned): the engine reports 0 there too.
 */
export function overOutcomes(
  value: number,
  counts: { done: number; doneWithDefect: number; rejected: number; abandoned: number },
): number {
  return counts.done + counts.doneWithDefect + counts.rejected + counts.abandoned === 0 ? Number.NaN : value;
}

/** `value`, or NaN (no value) when `counts` finished nothing. */
export function overDone(value: number, counts: { done: number; doneWithDefect: number }): number {
  return finishedNothing(counts) ? Number.NaN : value;
}

const NO_PERCENTILES: Percentiles = { mean: Number.NaN, p50: Number.NaN, p90: Number.NaN, p95: Number.NaN };

/** A flow's figures with those taken over the items done (cycle time, queue wait per item) as no value when it finished none. */
export function flowWithValues<F extends FlowFigures>(flow: F): F {
  return finishedNothing(flow) ? { ...flow, cycleTime: NO_PERCENTILES, queueWait: NO_PERCENTILES } : flow;
}

/** A run's cost with cost per done item (overall and per item type) and per outcome as no value where there was nothing to divide by. */
export function costWithValues(
  cost: CostBreakdown,
  overall: FlowFigures,
  byType: Record<string, FlowFigures>,
): CostBreakdown {
  const types: Record<string, TypeCost> = {};
  for (const [id, c] of Object.entries(cost.byType))
    types[id] = byType[id] === undefined ? c : { ...c, perDone: overDone(c.perDone, byType[id]) };
  return {
    ...cost,
    perOutcome: overOutcomes(cost.perOutcome, overall),
    perDone: overDone(cost.perDone, overall),
    byType: types,
  };
}

/**
 * A step's or forum's figures with those taken over what it served as no value where it served
 * nothing in the window: its waits and P(wait) over the services it started (forum: the items it
 * decided), each type's wait over that type's, its time in step over the visits completed. A step
 * where work queued and none started reads "no value", never "no wait". Gates and exits take no time
 * and keep their zeros. Utilisation is a step's pools' busy hours over their open hours: no value at a
 * step whose pools had none, nor at a gate, forum or exit, which hold no pool's hours (0% there would
 * read as an idle resource).
 */
export function stepWithValues(step: StepFigures): StepFigures {
  if (step.kind !== 'step' && step.kind !== 'forum') return { ...step, utilisation: Number.NaN };
  const served = step.started > 0;
  const finished = step.completions > 0;
  const typesServed = Object.keys(step.waitByType).every((id) => step.startedByType[id] > 0);
  const open = step.kind === 'step' && step.availableHours > 0;
  if (served && finished && typesServed && open) return step;
  const waitByType: Record<string, number> = {};
  for (const [id, wait] of Object.entries(step.waitByType))
    waitByType[id] = step.startedByType[id] > 0 ? wait : Number.NaN;
  return {
    ...step,
    wait: served ? step.wait : NO_PERCENTILES,
    pWait: served ? step.pWait : Number.NaN,
    waitByType,
    timeInStep: finished ? step.timeInStep : NO_PERCENTILES,
    utilisation: open ? step.utilisation : Number.NaN,
  };
}

/**
 * A pool's figures with its utilisation as no value when no hour of it was open in the window (a
 * calendar that never opens, a roster with no slot then, a headcount of 0 on the timeline): busy over
 * nothing available is not 0% used, and a COO would read spare capacity into it. Nor has an
 * executive one: its decision hours over its whole diary (a CEO at 0.2%) would read as a CEO with
 * time to spare, when its limit is the decision budget (budgetUtilisation, the headline's budgetUse).
 */
export function poolWithValues(pool: PoolFigures): PoolFigures {
  return pool.availableHours > 0 && pool.kind !== 'executive' ? pool : { ...pool, utilisation: Number.NaN };
}

/**
 * An executive's share of its decision budget, or NaN (no value) when it has none: the engine reports
 * 0 for an unlimited budget, and "0% of the budget used" says the opposite of "no limit".
 */
export function budgetUse(exec: Pick<ExecutiveFigures, 'budgetHours' | 'budgetUtilisation'>): number {
  return exec.budgetHours > 0 ? exec.budgetUtilisation : Number.NaN;
}

/**
 * Why an executive's budget use has no value, in the words the tables print, or null when it has one:
 * it has no budget, or the window held none of its working hours (a weekend), so none of its budget.
 * Takes the figures of a run or their means over a design's runs (the budget is the same in each).
 */
export function noBudgetUse(exec: { budgetHours: number; budgetPerWeek: number }): NoBudgetUse | null {
  if (exec.budgetHours > 0) return null;
  return exec.budgetPerWeek > 0 ? 'no working hours in the window' : 'no budget';
}

export type NoBudgetUse = 'no budget' | 'no working hours in the window';

/**
 * An executive's figures with its decision wait as no value when it made no decision in the window,
 * and its budget use as no value when it has no budget (budgetUse).
 */
export function executiveWithValues(exec: ExecutiveFigures): ExecutiveFigures {
  if (exec.decided > 0 && exec.budgetHours > 0) return exec;
  return {
    ...exec,
    decisionWait: exec.decided > 0 ? exec.decisionWait : NO_PERCENTILES,
    budgetUtilisation: budgetUse(exec),
  };
}
