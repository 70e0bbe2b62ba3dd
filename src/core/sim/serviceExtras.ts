import type { SimState } from './simState.js';
import { makeError } from './errorsAndRework.js';
import { headsOvertime } from './shifts.js';
import { chargeBudget } from './poolAvailability.js';

// The less common bookkeeping of a service start and completion, kept out of startService and
// completeService so that those stay small enough for V8 to inline into the event loop. SimState
// flags the servers that need it (srvStartExtras, srvEndExtras); the rest skip it with one test.
// Like the other calls the event loop makes to functions V8 may not inline, these read the time from
// s.now rather than take it: a double argument is boxed (a heap allocation) at every such call.

/** After a start: executive decision waits, the pre-emptive step's list in service, the pause-policy slot, rate-limit and budget counters, the trace. */
export function startExtras(s: SimState, item: number, server: number, duration: number): void {
  const t = s.now;
  const servers = s.servers;
  const pools = s.pools;
  const poolLimits = s.poolLimits;
  const items = s.items;
  const node = servers.step[server];
  const p = servers.pool[server];
  // A pre-empted decision resuming has had its wait counted already.
  if (s.nodes.isEscalation[node] === 1 && t >= s.warmup && items.preempted[item] === 0)
    s.poolStats.decisionWait[p].add(t - items.enqT[item]);
  if (s.preemption.inService[node] !== null) s.preemption.add(node, item);
  if (pools.pausesAtShiftEnd[p] === 1) {
    const slot = pools.freeSlots[p][--pools.freeSlotCount[p]];
    pools.inHand[p][slot] = item;
    items.slot[item] = slot;
  }
  if (pools.limited[p] === 1) {
    if (poolLimits.ratePerHour[p] > 0) poolLimits.startsThisHour[p]++;
    if (poolLimits.budgetHoursPerWeek[p] > 0) chargeBudget(s, p, duration);
  }
  if (s.monitor !== null) s.trace('start', item, node, p);
}

/** After a completion's counters: frees the pause-policy slot, leaves the pre-emptive step's list, updates overtime, traces, draws the task's error. */
export function completeExtras(s: SimState, item: number, server: number, node: number): void {
  const t = s.now;
  const pools = s.pools;
  const items = s.items;
  const p = s.servers.pool[server];
  if (pools.pausesAtShiftEnd[p] === 1) {
    pools.inHand[p][items.slot[item]] = -1;
    pools.freeSlots[p][pools.freeSlotCount[p]++] = items.slot[item];
    items.slot[item] = -1;
  }
  if (s.preemption.inService[node] !== null) s.preemption.remove(node, item);
  if (pools.open[p] === 0) s.poolStats.overtime[p].set(t, pools.working[p]);
  else if (pools.headsVary[p] === 1) headsOvertime(s, p, t);
  if (s.monitor !== null) s.trace('finish', item, node, p);
  if (s.errors.makeStream[node] !== null) makeError(s, item, server, node);
}
