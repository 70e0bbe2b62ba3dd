import { CLASS_CALENDAR, CLASS_COMPLETION, EV_COMPLETION, EV_POOL_CHANGE } from './eventOrder.js';
import type { SimState } from './simState.js';
import { dispatchPool, endBusySegment } from './stepService.js';
import { preemptAtOpening } from './preemption.js';

/** Opens or closes each calendared pool at time 0 and schedules its first change. */
export function startPools(s: SimState): void {
  const pools = s.pools;
  for (let p = 0; p < pools.count; p++) {
    const cal = pools.calendar[p];
    if (cal === null) continue;
    pools.open[p] = cal.isOpen(0) ? 1 : 0;
    const roster = pools.roster[p];
    if (roster !== null) setHeads(s, p, roster.headsAt(0));
    scheduleNextChange(s, p, 0);
  }
}

function scheduleNextChange(s: SimState, p: number, t: number): void {
  let next = s.pools.calendar[p]!.nextChange(t);
  const roster = s.pools.roster[p];
  if (roster !== null) next = Math.min(next, roster.nextChange(t));
  if (next > t && next < s.horizon) s.eventQueue.push(next, CLASS_CALENDAR, EV_POOL_CHANGE, p);
}

/**
 * A roster's headcount for the slot that begins: more heads take waiting work at once (the caller
 * dispatches); with fewer, no task in hand is taken away: the heads whose slot ended finish theirs
 * in overtime, and no task starts while as many are busy as the new headcount.
 */
function setHeads(s: SimState, p: number, heads: number): void {
  const pools = s.pools;
  if (pools.capacity[p] === heads) return;
  pools.capacity[p] = heads;
  if (s.monitor !== null)
    s.monitor({ t: s.now, event: 'headcount', item: -1, node: '', pool: s.model.pools[p].id, detail: `${heads}` });
}

/** Overtime of a pool while open: tasks in hand beyond the heads on now (after a roster's or a timeline's change). */
export function headsOvertime(s: SimState, p: number, t: number): void {
  const pools = s.pools;
  const over = pools.working[p] - pools.capacity[p];
  s.poolStats.overtime[p].set(t, over > 0 ? over : 0);
}

/**
 * A pool's calendar opens or closes. Closing: with `pause`, tasks in hand stop and keep their
 * remaining time (their servers stay held); with `finish`, they run on as overtime. Opening: paused
 * tasks resume first, then free servers take waiting work; a pool serving a pre-emptive step first
 * lets its most urgent waiting work take free servers and displace less urgent tasks in hand
 * (preemptAtOpening).
 */
export function changePool(s: SimState, p: number, t: number): void {
  const pools = s.pools;
  const poolStats = s.poolStats;
  const open = pools.calendar[p]!.isOpen(t);
  const was = pools.open[p] === 1;
  scheduleNextChange(s, p, t);
  const roster = pools.roster[p];
  if (roster !== null) {
    setHeads(s, p, roster.headsAt(t));
    if (open && was) {
      headsOvertime(s, p, t);
      dispatchPool(s, p);
    }
  }
  if (open === was) return;
  pools.open[p] = open ? 1 : 0;
  if (open) {
    poolStats.overtime[p].set(t, 0);
    if (s.preemption.servesPreemptive[p] === 1) {
      // The most urgent work first: free servers take it, then it displaces less urgent tasks in hand.
      dispatchPool(s, p);
      preemptAtOpening(s, p);
    }
    if (pools.pausesAtShiftEnd[p] === 1) resumeAll(s, p, t);
    if (pools.headsVary[p] === 1) headsOvertime(s, p, t);
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
