import { CLASS_CALENDAR, CLASS_COMPLETION, EV_COMPLETION, EV_POOL_CHANGE } from './eventOrder.js';
import type { SimState } from './simState.js';
import { dispatchPool, endBusySegment } from './stepService.js';

/** Opens or closes each calendared pool at time 0 and schedules its first change. */
export function startPools(s: SimState): void {
  const pools = s.pools;
  for (let p = 0; p < pools.count; p++) {
    const cal = pools.calendar[p];
    if (cal === null) continue;
    pools.open[p] = cal.isOpen(0) ? 1 : 0;
    scheduleNextChange(s, p, 0);
  }
}

function scheduleNextChange(s: SimState, p: number, t: number): void {
  const next = s.pools.calendar[p]!.nextChange(t);
  if (next > t && next < s.horizon) s.eventQueue.push(next, CLASS_CALENDAR, EV_POOL_CHANGE, p);
}

/**
 * A pool's calendar opens or closes. Closing: with `pause`, tasks in hand stop and keep their
 * remaining time (their servers stay held); with `finish`, they run on as overtime. Opening: paused
 * tasks resume first, then free servers take waiting work.
 */
export function changePool(s: SimState, p: number, t: number): void {
  const pools = s.pools;
  const poolStats = s.poolStats;
  const open = pools.calendar[p]!.isOpen(t);
  const was = pools.open[p] === 1;
  scheduleNextChange(s, p, t);
  if (open === was) return;
  pools.open[p] = open ? 1 : 0;
  if (open) {
    poolStats.overtime[p].set(t, 0);
    if (pools.pausesAtShiftEnd[p] === 1) resumeAll(s, p, t);
    dispatchPool(s, p);
  } else {
    if (pools.pausesAtShiftEnd[p] === 1) pauseAll(s, p, t);
    poolStats.overtime[p].set(t, pools.working[p]);
  }
}

function pauseAll(s: SimState, p: number, t: number): void {
  const pools = s.pools;
  const items = s.items;
  const slots = pools.inHand[p];
  for (let k = 0; k < slots.length; k++) {
    const it = slots[k];
    // A task due exactly at closing is not paused: its completion comes next at this instant.
    if (it < 0 || items.complSeq[it] < 0 || items.complT[it] <= t) continue;
    items.remaining[it] = items.complT[it] - t;
    items.complSeq[it] = -1;
    endBusySegment(s, it, items.server[it], t);
    pools.working[p]--;
    if (s.monitor !== null) s.trace('pause', it, s.servers.step[items.server[it]], p);
  }
}

function resumeAll(s: SimState, p: number, t: number): void {
  const pools = s.pools;
  const items = s.items;
  const slots = pools.inHand[p];
  for (let k = 0; k < slots.length; k++) {
    const it = slots[k];
    if (it < 0 || items.complSeq[it] >= 0) continue;
    items.busyFrom[it] = t;
    items.complT[it] = t + items.remaining[it];
    items.complSeq[it] = s.eventQueue.push(items.complT[it], CLASS_COMPLETION, EV_COMPLETION, it);
    pools.working[p]++;
    if (s.monitor !== null) s.trace('resume', it, s.servers.step[items.server[it]], p);
  }
}
