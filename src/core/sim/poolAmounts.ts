import type { SimState } from './simState.js';
import type { Sums } from './serverSums.js';
import { availableHours, paysHours } from './timelineCosts.js';

// A pool's tasks and hours, in total and by function, item type and rework: what its prices are paid
// on. Read for the whole window at the end (windowAmounts) and, for a pool whose prices change on the
// timeline, at each change (amountsAt), so that each stretch of constant prices is priced and split
// on its own (costs.ts). Never read on the hot path.

export interface PoolAmounts {
  tasks: number;
  /** Busy hours, forum chair hours included. */
  busy: number;
  paid: number;
  reworkTasks: number;
  reworkHours: number;
  /** By function column (the last: no function): busy hours (chair hours included) and tasks. */
  fnBusy: Float64Array;
  fnTasks: Float64Array;
  /** By item type: tasks, busy hours (chair hours included), rework tasks and rework hours. */
  typeTasks: Float64Array;
  typeBusy: Float64Array;
  typeReworkTasks: Float64Array;
  typeReworkHours: Float64Array;
}

function noAmounts(s: SimState): PoolAmounts {
  const columns = s.functionCount + 1;
  const types = s.types.count;
  return {
    tasks: 0,
    busy: 0,
    paid: 0,
    reworkTasks: 0,
    reworkHours: 0,
    fnBusy: new Float64Array(columns),
    fnTasks: new Float64Array(columns),
    typeTasks: new Float64Array(types),
    typeBusy: new Float64Array(types),
    typeReworkTasks: new Float64Array(types),
    typeReworkHours: new Float64Array(types),
  };
}

/** Pool p's amounts over the window, from the end-of-run sums; `paid` as poolCost counts it. */
export function windowAmounts(s: SimState, sum: Sums, p: number, paid: number): PoolAmounts {
  const a = noAmounts(s);
  const stats = s.poolStats;
  const columns = s.functionCount + 1;
  const types = s.types.count;
  a.tasks = sum.poolTasks[p];
  a.busy = sum.poolBusyHours[p] + stats.chairHours[p];
  a.paid = paid;
  a.reworkTasks = stats.reworkTasks[p];
  a.reworkHours = sum.poolReworkHours[p];
  for (let f = 0; f < columns; f++) {
    a.fnBusy[f] = sum.poolFunctionBusyHours[p * columns + f] + stats.chairHoursByFunction[p * columns + f];
    a.fnTasks[f] = sum.poolFunctionTasks[p * columns + f];
  }
  for (let k = 0; k < types; k++) {
    a.typeTasks[k] = stats.tasksByType[p * types + k];
    a.typeBusy[k] = sum.poolBusyHoursByType[p * types + k];
    a.typeReworkTasks[k] = stats.reworkTasksByType[p * types + k];
    a.typeReworkHours[k] = sum.poolReworkHoursByType[p * types + k];
  }
  return a;
}

/**
 * Pool p's amounts from the warm-up to t (at or after it), as windowAmounts would count them had the
 * run ended at t: tasks in service count their hours to t, and forum chair hours still to come after t
 * (see ChairHours) are left out.
 */
export function amountsAt(s: SimState, p: number, t: number): PoolAmounts {
  const a = noAmounts(s);
  const stats = s.poolStats;
  const servers = s.servers;
  const columns = s.functionCount + 1;
  const types = s.types.count;
  const column = (server: number) => {
    const fn = s.nodes.functionIndex[servers.step[server]];
    return fn >= 0 ? fn : s.functionCount;
  };
  const serves = s.pools.servers[p];
  for (let j = 0; j < serves.length; j++) {
    const k = serves[j];
    a.tasks += s.serverStats.tasks[k];
    a.busy += s.serverStats.busyHours[k];
    a.fnBusy[column(k)] += s.serverStats.busyHours[k];
    a.fnTasks[column(k)] += s.serverStats.tasks[k];
  }
  a.busy += stats.chairHours[p];
  for (let f = 0; f < columns; f++) a.fnBusy[f] += stats.chairHoursByFunction[p * columns + f];
  a.reworkTasks = stats.reworkTasks[p];
  a.reworkHours = stats.reworkHours[p];
  for (let k = 0; k < types; k++) {
    a.typeTasks[k] = stats.tasksByType[p * types + k];
    a.typeBusy[k] = stats.busyHoursByType[p * types + k];
    a.typeReworkTasks[k] = stats.reworkTasksByType[p * types + k];
    a.typeReworkHours[k] = stats.reworkHoursByType[p * types + k];
  }
  // Tasks in service (not paused): their spell so far.
  const items = s.items;
  for (let i = 0; i < items.capacity; i++) {
    if (items.alive[i] !== 1 || items.server[i] < 0 || items.complSeq[i] < 0) continue;
    const server = items.server[i];
    if (servers.pool[server] !== p) continue;
    const from = items.busyFrom[i] > s.warmup ? items.busyFrom[i] : s.warmup;
    if (t <= from) continue;
    const h = t - from;
    const type = items.type[i];
    a.busy += h;
    a.fnBusy[column(server)] += h;
    a.typeBusy[type] += h;
    if (items.reworkNode[i] >= 0) {
      a.reworkHours += h;
      a.typeReworkHours[type] += h;
    }
  }
  // Chair hours counted at their session but still to come.
  const pending = s.timeline.chairHours[p];
  for (let j = 0; j < pending.length; j++) {
    const c = pending[j];
    const after = c.end - t < c.hours ? c.end - t : c.hours;
    if (after <= 0) continue;
    a.busy -= after;
    a.fnBusy[c.column] -= after;
    a.typeBusy[c.type] -= after;
  }
  a.paid = paysHours(s, p) ? availableHours(s, p, t) + stats.overtime[p].integral(t) : 0;
  return a;
}

/** a - b, field by field: the amounts of the stretch between two readings. */
export function amountsBetween(s: SimState, a: PoolAmounts, b: PoolAmounts | null): PoolAmounts {
  if (b === null) return a;
  const d = noAmounts(s);
  d.tasks = a.tasks - b.tasks;
  d.busy = a.busy - b.busy;
  d.paid = a.paid - b.paid;
  d.reworkTasks = a.reworkTasks - b.reworkTasks;
  d.reworkHours = a.reworkHours - b.reworkHours;
  for (const key of ['fnBusy', 'fnTasks', 'typeTasks', 'typeBusy', 'typeReworkTasks', 'typeReworkHours'] as const)
    for (let i = 0; i < d[key].length; i++) d[key][i] = a[key][i] - b[key][i];
  return d;
}
