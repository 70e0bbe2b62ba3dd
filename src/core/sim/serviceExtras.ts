import type { SimState } from './simState.js';
import { makeError } from './errorsAndRework.js';

// The less common bookkeeping of a service start and completion, kept out of startService and
// completeService so that those stay small enough for V8 to inline into the event loop. SimState
// flags the servers that need it (srvStartExtras, srvEndExtras); the rest skip it with one test.

/** After a start: executive decision waits, the pause-policy slot, rate-limit and budget counters, the trace. */
export function startExtras(s: SimState, item: number, srv: number, duration: number, t: number): void {
  const items = s.items;
  const node = s.srvNode[srv];
  const p = s.srvPool[srv];
  if (s.escalation[node] === 1 && t >= s.warmup) s.execDecisionWait[p].add(t - items.enqT[item]);
  if (s.poolPause[p] === 1) {
    const slot = s.poolFreeSlots[p][--s.poolFreeCount[p]];
    s.poolSlots[p][slot] = item;
    items.slot[item] = slot;
  }
  if (s.poolLimited[p] === 1) {
    if (s.poolRate[p] > 0) s.poolRateCount[p]++;
    if (s.poolBudget[p] > 0) s.poolBudgetUsed[p] += duration;
  }
  if (s.monitor !== null) s.trace('start', item, node, p);
}

/** After a completion's counters: frees the pause-policy slot, updates overtime, traces, draws the task's error. */
export function completeExtras(s: SimState, item: number, srv: number, node: number, t: number): void {
  const items = s.items;
  const p = s.srvPool[srv];
  if (s.poolPause[p] === 1) {
    s.poolSlots[p][items.slot[item]] = -1;
    s.poolFreeSlots[p][s.poolFreeCount[p]++] = items.slot[item];
    items.slot[item] = -1;
  }
  if (s.poolOpen[p] === 0) s.poolOverTW[p].set(t, s.poolBusy[p]);
  if (s.monitor !== null) s.trace('finish', item, node, p);
  if (s.errU[node] !== null) makeError(s, item, srv, node, t);
}
