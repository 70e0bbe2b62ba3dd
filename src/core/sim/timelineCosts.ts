import type { SimState } from './simState.js';
import type { Sums } from './serverSums.js';
import { capacityHours } from './timeline.js';
import { COST_BUSY, COST_PAID, COST_TASK } from './timelineTable.js';

// Prices that change during a run. Each task is paid at the price in force when it completes, each
// busy or paid hour at the price in force when it passes: at a price change, the tasks and hours of
// the window so far are read once and what accrued since the last change is settled at the old
// price. Only pools whose prices change do this (a flag per pool), so a run without such changes
// prices its pools at the end from the window's totals, exactly as before.

/** Pool p's price `which` (COST_TASK | COST_BUSY | COST_PAID) becomes `value` now, after settling what accrued at the old one. */
export function changePrice(s: SimState, p: number, which: number, value: number): void {
  const tl = s.timeline;
  const t = s.now > s.warmup ? s.now : s.warmup;
  const servers = s.pools.servers[p];
  let tasks = 0;
  let busy = s.poolStats.chairHours[p];
  for (let k = 0; k < servers.length; k++) {
    tasks += s.serverStats.tasks[servers[k]];
    busy += s.serverStats.busyHours[servers[k]];
  }
  const items = s.items;
  for (let i = 0; i < items.capacity; i++) {
    if (items.alive[i] !== 1 || items.server[i] < 0 || items.complSeq[i] < 0) continue;
    if (s.servers.pool[items.server[i]] !== p) continue;
    const from = items.busyFrom[i] > s.warmup ? items.busyFrom[i] : s.warmup;
    if (t > from) busy += t - from;
  }
  const paid = paysHours(s, p) ? availableHours(s, p, t) + s.poolStats.overtime[p].integral(t) : 0;
  settle(s, p * 3 + COST_TASK, tasks);
  settle(s, p * 3 + COST_BUSY, busy);
  settle(s, p * 3 + COST_PAID, paid);
  tl.rate[p * 3 + which] = value;
}

function settle(s: SimState, at: number, amount: number): void {
  const tl = s.timeline;
  tl.settledCost[at] += (amount - tl.settledAmount[at]) * tl.rate[at];
  tl.settledAmount[at] = amount;
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

export interface Prices {
  task: number;
  busy: number;
  paid: number;
}

/**
 * Pool p's prices over the window: the model's own when they never change; otherwise the average
 * price of its tasks, busy hours and paid hours (the settled segments plus the last one, up to the
 * horizon), so that tasks x task price + busy x busy price + paid x paid price is the pool's cost and
 * every split of it (by function, type, rework, idle) still sums to that cost.
 */
export function windowPrices(s: SimState, sum: Sums, p: number, paid: number): Prices {
  const pool = s.model.pools[p];
  const tl = s.timeline;
  if (tl.costVaries[p] === 0) return { task: pool.costPerTask, busy: pool.costPerBusyHour, paid: pool.costPerPaidHour };
  const average = (at: number, amount: number): number => {
    const cost = tl.settledCost[at] + (amount - tl.settledAmount[at]) * tl.rate[at];
    return amount > 0 ? cost / amount : tl.rate[at];
  };
  return {
    task: average(p * 3 + COST_TASK, sum.poolTasks[p]),
    busy: average(p * 3 + COST_BUSY, sum.poolBusyHours[p] + s.poolStats.chairHours[p]),
    paid: average(p * 3 + COST_PAID, paid),
  };
}
