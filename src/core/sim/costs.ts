import type { CostBreakdown, CostCauses, FlowFigures, PoolFigures, TypeCost } from '../report/runResult.js';
import type { SimState } from './simState.js';
import type { Sums } from './serverSums.js';
import { capacityHours } from './timeline.js';
import { pricesNow, type Prices } from './timelineCosts.js';
import { amountsBetween, windowAmounts, type PoolAmounts } from './poolAmounts.js';

/** Key of costs that belong to no function (nodes without a function, items that never reached one). */
export const NO_FUNCTION = '(none)';

export interface PoolCost {
  figures: PoolFigures;
  /** The pool's cost by cause (rework, idle labour, and the rest: labour or agent tasks), by function and by item type. */
  split: CostSplit;
  available: number;
}

/**
 * A pool's cost and its splits. rework + idle + work = cost; byFn sums to cost (last column: no
 * function); per item type, typeRework, typeIdle and typeWorked sum over types to rework, idle and
 * work (typeWorked is kept at 0 where rounding would make it negative).
 */
export interface CostSplit {
  cost: number;
  rework: number;
  idle: number;
  work: number;
  byFn: Float64Array;
  typeRework: Float64Array;
  typeIdle: Float64Array;
  typeWorked: Float64Array;
}

/**
 * One pool's figures and cost in the window. Humans are paid for every open hour of every head
 * plus overtime; busy hours include executives' forum (chair) hours. A pool whose prices change on
 * the timeline is priced and split segment by segment, each at its own prices (timelineCosts.ts).
 */
export function poolCost(s: SimState, sum: Sums, p: number, span: number): PoolCost {
  const pool = s.model.pools[p];
  const cal = s.pools.calendar[p];
  const openHours = cal !== null ? cal.openHours(s.warmup, s.horizon) : span;
  const cap = s.pools.capacity[p];
  // On a roster each head is available, and paid, for its own slot's hours; with a timeline, the
  // headcount over time (each head paid for the hours it is on the books).
  const roster = s.pools.roster[p];
  const available =
    roster !== null
      ? roster.paidHours(s.warmup, s.horizon)
      : s.timeline.capacityTimes[p].length > 1
        ? capacityHours(s, p, s.warmup, s.horizon)
        : cap * openHours;
  const overtime = s.poolStats.overtime[p].integral(s.horizon);
  const busy = sum.poolBusyHours[p] + s.poolStats.chairHours[p];
  // Humans are paid for every open hour; executives only when they carry a paid-hour cost (their
  // time is usually costed by the hours their decisions consume).
  const paid =
    pool.kind === 'human' || (pool.kind === 'executive' && pool.costPerPaidHour > 0) ? available + overtime : 0;
  const amounts = windowAmounts(s, sum, p, paid);
  const split =
    s.timeline.costVaries[p] === 0
      ? splitCost(s, p, amounts, { task: pool.costPerTask, busy: pool.costPerBusyHour, paid: pool.costPerPaidHour })
      : segmentedCost(s, p, amounts);
  return {
    figures: {
      kind: pool.kind,
      utilisation: available > 0 ? busy / available : 0,
      availableHours: available,
      busyHours: busy,
      paidHours: paid,
      overtimeHours: overtime,
      tasks: sum.poolTasks[p],
      cost: split.cost,
    },
    split,
    available,
  };
}

/** A pool whose prices change: each segment of constant prices split on its own, the last one up to the horizon, summed. */
function segmentedCost(s: SimState, p: number, window: PoolAmounts): CostSplit {
  const tl = s.timeline;
  const last = { prices: pricesNow(s, p), amounts: amountsBetween(s, window, tl.reached[p]) };
  const total = splitCost(s, p, last.amounts, last.prices);
  for (const segment of tl.priceSegments[p]) {
    const part = splitCost(s, p, segment.amounts, segment.prices);
    total.cost += part.cost;
    total.rework += part.rework;
    total.idle += part.idle;
    total.work += part.work;
    for (let f = 0; f < total.byFn.length; f++) total.byFn[f] += part.byFn[f];
    for (let k = 0; k < total.typeRework.length; k++) {
      total.typeRework[k] += part.typeRework[k];
      total.typeIdle[k] += part.typeIdle[k];
      total.typeWorked[k] += part.typeWorked[k];
    }
  }
  return total;
}

/**
 * The cost of a pool's tasks and hours `a` at prices `price`, split over functions (task costs by
 * tasks done for each, hourly costs by busy hours spent for each; a pool idle all the while splits
 * them evenly over the functions of the steps it serves), causes and item types (poolCostByType).
 */
function splitCost(s: SimState, p: number, a: PoolAmounts, price: Prices): CostSplit {
  const pool = s.model.pools[p];
  const noFunction = s.functionCount; // the column of costs that belong to no function
  const columns = noFunction + 1;
  const taskCost = a.tasks * price.task;
  const hourlyCost = a.busy * price.busy + a.paid * price.paid;
  const cost = taskCost + hourlyCost;
  const reworkCost =
    a.reworkTasks * price.task + a.reworkHours * (price.busy + (pool.kind === 'agent' ? 0 : price.paid));

  const byFn = new Float64Array(columns);
  const shareBusy = Float64Array.from(a.fnBusy);
  let busyTotal = 0;
  let taskTotal = 0;
  for (let f = 0; f <= noFunction; f++) {
    busyTotal += shareBusy[f];
    taskTotal += a.fnTasks[f];
  }
  if (busyTotal <= 0) {
    // Idle all window: split evenly over the functions of the steps (and forums) the pool serves.
    const serves = s.pools.servers[p];
    for (let k = 0; k < serves.length; k++) {
      const fn = s.nodes.functionIndex[s.servers.step[serves[k]]];
      shareBusy[fn >= 0 ? fn : noFunction] += 1;
      busyTotal += 1;
    }
    s.model.nodes.forEach((node) => {
      if (node.kind === 'forum' && node.chair === p) {
        shareBusy[node.fn >= 0 ? node.fn : noFunction] += 1;
        busyTotal += 1;
      }
    });
    if (busyTotal <= 0) {
      shareBusy[noFunction] = 1;
      busyTotal = 1;
    }
  }
  for (let f = 0; f <= noFunction; f++) {
    byFn[f] += (hourlyCost * shareBusy[f]) / busyTotal;
    if (taskTotal > 0) byFn[f] += (taskCost * a.fnTasks[f]) / taskTotal;
  }
  if (taskTotal <= 0 && taskCost > 0) byFn[noFunction] += taskCost;

  // Paid hours in which nobody was busy, at the paid-hour rate, and rework, kept within the cost.
  const rework = Math.min(reworkCost, cost);
  const idle = Math.min(a.paid > a.busy ? (a.paid - a.busy) * price.paid : 0, cost - rework);
  const types = s.types.count;
  const byType = poolCostByType(s, p, a, price, rework);
  const typeIdle = new Float64Array(types);
  const typeWorked = new Float64Array(types);
  for (let k = 0; k < types; k++) {
    typeIdle[k] = idle * byType.weight[k];
    // Rework and idle hours are parts of the type's hours, so this is >= 0 but for rounding (kept at 0).
    const worked = byType.cost[k] + byType.weight[k] * (byType.paidCost - idle) - byType.rework[k];
    typeWorked[k] = worked > 0 ? worked : 0;
  }
  return {
    cost,
    rework,
    idle,
    work: cost - rework - idle,
    byFn,
    typeRework: byType.rework,
    typeIdle,
    typeWorked,
  };
}

export function costBreakdown(
  s: SimState,
  sum: Sums,
  poolCosts: PoolCost[],
  overall: FlowFigures,
  wipHoursByType: Float64Array,
): CostBreakdown {
  const m = s.model;
  const noFunction = s.functionCount; // the column of costs that belong to no function
  const columns = noFunction + 1;
  const q = s.quality;
  const byKind = { agent: 0, human: 0, executive: 0 };
  const types = m.itemTypes.length;
  const typeCauses: CostCauses[] = m.itemTypes.map((ty, k) => ({
    ...noCauses(),
    escapedDefects: q.defectCostByType[k],
    lostWork: (s.typeStats.abandoned[k] + s.typeStats.blocked[k]) * (ty.abandonCost ?? 0),
    delay: wipHoursByType[k] * (ty.delayCostPerHour ?? 0),
    slaPenalties: q.slaPenaltyByType[k],
  }));
  const byCause = { ...noCauses(), escapedDefects: q.escapedDefectCost };
  const fnTotals = new Float64Array(columns);
  let total = q.escapedDefectCost;
  m.pools.forEach((pool, p) => {
    const split = poolCosts[p].split;
    const c = split.cost;
    total += c;
    byKind[pool.kind] += c;
    byCause.rework += split.rework;
    byCause.idleLabour += split.idle;
    const work = pool.kind === 'agent' ? 'agentTasks' : 'labour';
    byCause[work] += split.work;
    for (let k = 0; k < types; k++) {
      const t = typeCauses[k];
      t.rework += split.typeRework[k];
      t.idleLabour += split.typeIdle[k];
      t[work] += split.typeWorked[k];
    }
    for (let f = 0; f <= noFunction; f++) fnTotals[f] += split.byFn[f];
  });
  for (let f = 0; f <= noFunction; f++)
    fnTotals[f] += q.defectCostByFunction[f] + q.lostCostByFunction[f] + q.slaPenaltyByFunction[f];
  const byType: Record<string, TypeCost> = {};
  m.itemTypes.forEach((ty, k) => {
    const causes = typeCauses[k];
    let typeTotal = 0;
    for (const cause of CAUSES) typeTotal += causes[cause];
    const done = s.typeStats.done[k] + s.typeStats.doneWithDefect[k];
    byType[ty.id] = { total: typeTotal, perDone: done > 0 ? typeTotal / done : 0, byCause: causes };
    // The customer-facing causes are counted per type; a model without them adds nothing here.
    for (const cause of ['lostWork', 'delay', 'slaPenalties'] as const) {
      byCause[cause] += causes[cause];
      total += causes[cause];
    }
    fnTotals[noFunction] += causes.delay;
  });
  // '(none)' sorts before every id, so it comes first.
  const byFunction: Record<string, number> = { [NO_FUNCTION]: fnTotals[noFunction] };
  m.functions.forEach((fn, f) => {
    byFunction[fn] = fnTotals[f];
  });
  const outcomes = overall.done + overall.doneWithDefect + overall.rejected + overall.abandoned;
  const done = overall.done + overall.doneWithDefect;
  return {
    total,
    perOutcome: outcomes > 0 ? total / outcomes : 0,
    perDone: done > 0 ? total / done : 0,
    byFunction,
    byKind,
    byCause,
    byType,
  };
}

const CAUSES = [
  'labour',
  'idleLabour',
  'agentTasks',
  'rework',
  'escapedDefects',
  'lostWork',
  'delay',
  'slaPenalties',
] as const satisfies readonly (keyof CostCauses)[];

function noCauses(): CostCauses {
  return {
    labour: 0,
    idleLabour: 0,
    agentTasks: 0,
    rework: 0,
    escapedDefects: 0,
    lostWork: 0,
    delay: 0,
    slaPenalties: 0,
  };
}

/**
 * One pool's cost split over item types: task costs by tasks done for each type, busy-hour costs by busy
 * hours, paid hours (and so idle hours) by each type's share of the busy hours. A pool busy with no
 * type in the window splits its paid hours by the types' arrivals (evenly when nothing arrived):
 * capacity is held for the demand. `cost` (task and busy-hour costs) plus `weight` x `paidCost` sums to the
 * pool's cost; `rework` sums to its rework cost.
 */
function poolCostByType(
  s: SimState,
  p: number,
  a: PoolAmounts,
  price: Prices,
  rework: number,
): { cost: Float64Array; paidCost: number; rework: Float64Array; weight: Float64Array } {
  const pool = s.model.pools[p];
  const types = s.types.count;
  const weight = new Float64Array(types);
  let busy = 0;
  let tasks = 0;
  for (let k = 0; k < types; k++) {
    busy += a.typeBusy[k];
    tasks += a.typeTasks[k];
  }
  let arrived = 0;
  for (let k = 0; k < types; k++) arrived += s.typeStats.arrived[k];
  for (let k = 0; k < types; k++)
    weight[k] =
      busy > 0
        ? a.typeBusy[k] / busy
        : tasks > 0
          ? a.typeTasks[k] / tasks
          : arrived > 0
            ? s.typeStats.arrived[k] / arrived
            : 1 / types;
  const cost = new Float64Array(types);
  const reworkRaw = new Float64Array(types);
  let reworkTotal = 0;
  const reworkRate = price.busy + (pool.kind === 'agent' ? 0 : price.paid);
  for (let k = 0; k < types; k++) {
    cost[k] = a.typeTasks[k] * price.task + a.typeBusy[k] * price.busy;
    reworkRaw[k] = a.typeReworkTasks[k] * price.task + a.typeReworkHours[k] * reworkRate;
    reworkTotal += reworkRaw[k];
  }
  for (let k = 0; k < types; k++) reworkRaw[k] = reworkTotal > 0 ? (rework * reworkRaw[k]) / reworkTotal : 0;
  return { cost, paidCost: a.paid * price.paid, rework: reworkRaw, weight };
}
