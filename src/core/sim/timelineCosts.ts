import type { SimState } from './simState.js';
import { capacityHours } from './timeline.js';
import { COST_BUSY, COST_PAID, COST_TASK } from './timelineTable.js';
import { amountsAt, amountsBetween, type PoolAmounts } from './poolAmounts.js';

// Prices that change during a run. Each task is paid at the price in force when it completes, each
// busy or paid hour at the price in force when it passes: at a price change, the pool's tasks and
// hours of the window so far are read once (amountsAt), and what accrued since the last change is
// settled at the old prices, as a running total (for the cost so far, costSoFar.ts) and as a segment
// of its own (for the report, which prices and splits each segment at its prices, costs.ts). A forum
// session's chair hours run from its start, one decision after another, so the hours still to come
// at a change are paid at the new price. Only pools whose prices change do this (a flag per pool), so
// a run without such changes prices its pools at the end from the window's totals, exactly as before.

export interface Prices {
  task: number;
  busy: number;
  paid: number;
}

/** A stretch of the window at constant prices: its prices and the pool's tasks and hours in it. */
export interface PriceSegment {
  prices: Prices;
  amounts: PoolAmounts;
}

/** One forum decision's chair hours, counted at the session: they end at `end`, `hours` long. */
export interface ChairHours {
  end: number;
  hours: number;
  /** Function column (the forum's function, the last column for none) and the item's type. */
  column: number;
  type: number;
}

/** Pool p's prices in force now. */
export function pricesNow(s: SimState, p: number): Prices {
  const rate = s.timeline.rate;
  return { task: rate[p * 3 + COST_TASK], busy: rate[p * 3 + COST_BUSY], paid: rate[p * 3 + COST_PAID] };
}

/** Pool p's price `which` (COST_TASK | COST_BUSY | COST_PAID) becomes `value` now, after settling what accrued at the old one. */
export function changePrice(s: SimState, p: number, which: number, value: number): void {
  const tl = s.timeline;
  const t = s.now > s.warmup ? s.now : s.warmup;
  const reached = amountsAt(s, p, t);
  settle(s, p * 3 + COST_TASK, reached.tasks);
  settle(s, p * 3 + COST_BUSY, reached.busy);
  settle(s, p * 3 + COST_PAID, reached.paid);
  tl.priceSegments[p].push({ prices: pricesNow(s, p), amounts: amountsBetween(s, reached, tl.reached[p]) });
  tl.reached[p] = reached;
  tl.rate[p * 3 + which] = value;
}

function settle(s: SimState, at: number, amount: number): void {
  const tl = s.timeline;
  tl.settledCost[at] += (amount - tl.settledAmount[at]) * tl.rate[at];
  tl.settledAmount[at] = amount;
}

/**
 * A forum decision at time t (the k-th of its session, k from 0) charged `hours` of chair p's time, in
 * the window: recorded while its hours are still to come, for a pool whose prices change.
 */
export function recordChairHours(
  s: SimState,
  p: number,
  t: number,
  k: number,
  hours: number,
  column: number,
  type: number,
): void {
  const pending = s.timeline.chairHours[p];
  let kept = 0;
  for (let j = 0; j < pending.length; j++) if (pending[j].end > t) pending[kept++] = pending[j];
  pending.length = kept;
  pending.push({ end: t + (k + 1) * hours, hours, column, type });
}

/** Whether pool p is paid for its open hours (humans; executives with a paid-hour price). Mirrors poolCost. */
export function paysHours(s: SimState, p: number): boolean {
  const pool = s.model.pools[p];
  return pool.kind === 'human' || (pool.kind === 'executive' && pool.costPerPaidHour > 0);
}

/** Server-hours pool p was available from the warm-up to t, as poolCost counts them for the window. */
export function availableHours(s: SimState, p: number, t: number): number {
  const roster = s.pools.roster[p];
  if (roster !== null) return roster.paidHours(s.warmup, t);
  if (s.timeline.capacityTimes[p].length > 1) return capacityHours(s, p, s.warmup, t);
  const cal = s.pools.calendar[p];
  return s.pools.capacity[p] * (cal !== null ? cal.openHours(s.warmup, t) : t - s.warmup);
}
