import type { SimState } from './simState.js';
import { availableHours, paysHours } from './timelineCosts.js';
import { COST_BUSY, COST_PAID, COST_TASK } from './timelineTable.js';

// The window's cost up to a time t, read for the figures per period (--periods): the same parts as
// costBreakdown's total (each pool's tasks, busy and paid hours at the prices in force as they
// accrued, escaped defects, lost work, delay, SLA penalties), so that at the horizon it is the run's
// cost.total and a period's cost is the difference of two readings. Read once per period, never on
// the hot path.

/**
 * costSoFar(s, t, poolBusy, wipArea): the window's cost from the warm-up to t. poolBusy[p] is pool p's
 * busy hours to t (tasks in service counted to t, chair hours included); wipArea[k] the item-hours
 * of type k in the system to t (items still in it counted to t).
 */
export function costSoFar(s: SimState, t: number, poolBusy: Float64Array, wipArea: Float64Array): number {
  const m = s.model;
  let total = s.quality.escapedDefectCost;
  for (let p = 0; p < s.pools.count; p++) total += poolCostSoFar(s, p, t, poolBusy[p]);
  const ts = s.typeStats;
  m.itemTypes.forEach((ty, k) => {
    total += (ts.abandoned[k] + ts.blocked[k]) * (ty.abandonCost ?? 0);
    total += wipArea[k] * (ty.delayCostPerHour ?? 0);
    total += s.quality.slaPenaltyByType[k];
  });
  return total;
}

/** Pool p's cost from the warm-up to t: as poolCost's, with what accrued since the last price change at the price now. */
function poolCostSoFar(s: SimState, p: number, t: number, busy: number): number {
  const pool = s.model.pools[p];
  const servers = s.pools.servers[p];
  let tasks = 0;
  for (let k = 0; k < servers.length; k++) tasks += s.serverStats.tasks[servers[k]];
  const paid = paysHours(s, p) ? availableHours(s, p, t) + s.poolStats.overtime[p].integral(t) : 0;
  const tl = s.timeline;
  if (tl.costVaries[p] === 0)
    return tasks * pool.costPerTask + (busy * pool.costPerBusyHour + paid * pool.costPerPaidHour);
  const accrued = (at: number, amount: number) => tl.settledCost[at] + (amount - tl.settledAmount[at]) * tl.rate[at];
  return accrued(p * 3 + COST_TASK, tasks) + accrued(p * 3 + COST_BUSY, busy) + accrued(p * 3 + COST_PAID, paid);
}
