import { CLASS_COMPLETION, CLASS_TIMER, EV_COMPLETION, EV_PATIENCE, EV_SLA } from './eventOrder.js';
import { DISC_ATTR_ASC, DISC_ATTR_DESC, DISC_FIFO, DISC_TYPE, type SimState } from './simState.js';
import { enterNode, moveTo, leaveNode } from './flow.js';
import { completeExtras, startExtras } from './serviceExtras.js';
import { leave, OUT_BLOCKED } from './outcomes.js';
import { canStart } from './poolAvailability.js';
import { escalateOnEntry } from './escalations.js';
import type { FifoLine } from '../queue/fifoLine.js';
import type { WaitingLine } from '../queue/waitingLine.js';

/**
 * An item arrives at a work step: it takes a free server of the first eligible pool in order of
 * preference (condition holds, calendar open, rate limit and budget allow); otherwise it waits, or
 * overflows / is blocked when the queue is full.
 */
export function enterStep(s: SimState, item: number, node: number): void {
  const t = s.now;
  const items = s.items;
  items.enqT[item] = t;
  if (t >= s.warmup) s.stArrivals[node]++;
  if (s.escalation[node] === 1 || items.escalated[item] === 1) escalateOnEntry(s, item, s.escalation[node] === 1, t);
  const end = s.srvFirst[node] + s.srvCount[node];
  for (let k = s.srvFirst[node]; k < end; k++) {
    const p = s.srvPool[k];
    if (s.poolOcc[p] >= s.poolCap[p] || s.poolOpen[p] === 0) continue;
    const test = s.srvTest[k];
    if (test !== null && !test(items, item)) continue;
    if (s.poolLimited[p] === 1 && !canStart(s, p, t)) continue;
    startService(s, item, k);
    return;
  }
  if (s.waiting[node] >= s.queueCap[node]) {
    const to = s.overflow[node];
    if (to >= 0) {
      if (t >= s.warmup) s.stOverflowed[node]++;
      if (s.monitor !== null) s.trace('overflow', item, node);
      moveTo(s, item, to);
    } else {
      if (t >= s.warmup) s.stBlocked[node]++;
      leave(s, item, OUT_BLOCKED, node);
    }
    return;
  }
  enqueue(s, item, node);
}

function enqueue(s: SimState, item: number, node: number): void {
  const t = s.now;
  const items = s.items;
  const token = s.nextToken++;
  items.token[item] = token;
  let key = 0;
  switch (s.discKind[node]) {
    case DISC_TYPE:
      key = s.discRank[node]![items.type[item]];
      break;
    case DISC_ATTR_ASC:
      key = items.attrs[item * items.nAttrs + s.discAttr[node]];
      break;
    case DISC_ATTR_DESC:
      key = -items.attrs[item * items.nAttrs + s.discAttr[node]];
      break;
  }
  s.lines[node]!.push(item, token, key);
  if (s.nodeEligibleLines[node] === 1) pushEligible(s, item, node, token, key);
  s.waiting[node]++;
  const type = items.type[item];
  const patience = s.patience[type];
  if (patience !== null) {
    const clock = s.patienceCalendar[type];
    const end = clock === null ? t + patience() : clock.afterOpenHours(t, patience());
    // A calendar that never opens long enough never runs the clock out: no timer.
    if (end !== Infinity) items.patienceSeq[item] = s.eq.push(end, CLASS_TIMER, EV_PATIENCE, item);
  }
  const sla = s.slaLimit[node];
  if (sla !== Infinity) {
    const clock = s.slaCalendar[node];
    const end = clock === null ? t + sla : clock.afterOpenHours(t, sla);
    if (end !== Infinity) items.slaSeq[item] = s.eq.push(end, CLASS_TIMER, EV_SLA, item);
  }
  if (s.monitor !== null) s.trace('enqueue', item, node);
}

/** Adds a new entry of a priority step's line to the lines of the conditional servers it is eligible for. */
function pushEligible(s: SimState, item: number, node: number, token: number, key: number): void {
  const end = s.srvFirst[node] + s.srvCount[node];
  for (let k = s.srvFirst[node]; k < end; k++) {
    const own = s.srvEligible[k];
    if (own === null || !s.srvTest[k]!(s.items, item)) continue;
    own.push(item, token, key);
    // Entries taken by other servers go stale here; keep them from outnumbering the live ones.
    if (own.size > 2 * s.waiting[node] + 64) own.compact(s.items.token);
  }
}

/** Takes a waiting item out of its step's queue (lazily unless it is the physical head) and cancels its timers. */
export function takeFromQueue(s: SimState, item: number, node: number): void {
  const line = s.lines[node]!;
  if (line.size > 0 && line.headItem() === item && line.headToken() === s.items.token[item]) line.shift();
  leaveQueue(s, item, node);
  // Entries taken lazily from the middle pile up behind a head that does not move (low priorities):
  // rebuild the line once they outnumber the live ones.
  if (line.size > 2 * s.waiting[node] + 64) line.compact(s.items.token);
}

/** Bookkeeping of an item leaving a queue (its line entry already removed or left stale). */
function leaveQueue(s: SimState, item: number, node: number): void {
  const t = s.now;
  const items = s.items;
  items.token[item] = -1;
  items.patienceSeq[item] = -1;
  items.slaSeq[item] = -1;
  s.waiting[node]--;
  // The queue's time integral, summed per item as it leaves the queue (see serverSums for the rest).
  const from = items.enqT[item] > s.warmup ? items.enqT[item] : s.warmup;
  if (t > from) s.stQueueArea[node] += t - from;
}

export function startService(s: SimState, item: number, srv: number): void {
  const t = s.now;
  const items = s.items;
  if (t >= s.warmup) s.stWait[s.srvNode[srv]].add(t - items.enqT[item]);
  // Its queue token and timers are already cleared (takeFromQueue, or it never waited).
  const duration = s.srvSample[srv * s.nT + items.type[item]]();
  const p = s.srvPool[srv];
  items.server[item] = srv;
  s.poolOcc[p]++;
  s.poolBusy[p]++;
  items.reworkTask[item] = items.reworkNode[item] >= 0 ? 1 : 0;
  items.busyFrom[item] = t;
  const end = t + duration;
  items.complT[item] = end;
  items.complSeq[item] = s.eq.push(end, CLASS_COMPLETION, EV_COMPLETION, item);
  // Pause slots, rate limits, budgets, executive waits and traces: one flag keeps this path short.
  if (s.srvStartExtras[srv] === 1) startExtras(s, item, srv, duration, t);
}

/** Adds the busy segment [busyFrom, t], clipped to the window, to the server and, for rework, to the pool's rework hours. */
export function endBusySegment(s: SimState, item: number, srv: number, t: number): void {
  const items = s.items;
  const from = items.busyFrom[item] > s.warmup ? items.busyFrom[item] : s.warmup;
  if (t <= from) return;
  const h = t - from;
  s.srvBusy[srv] += h;
  if (items.reworkTask[item] === 1) s.poolReworkBusy[s.srvPool[srv]] += h;
}

/**
 * A service completion at time t. A completion cancelled by a pause is recognised without its
 * sequence number: the item is paused (complSeq -1) or was resumed with a later due time.
 */
export function completeService(s: SimState, item: number): void {
  const t = s.now;
  const items = s.items;
  if (items.complSeq[item] < 0 || items.complT[item] !== t) return;
  items.complSeq[item] = -1;
  const srv = items.server[item];
  const p = s.srvPool[srv];
  const rework = items.reworkTask[item] === 1;
  // The busy segment [busyFrom, t] clipped to the window (endBusySegment, inlined by hand).
  const w = s.warmup;
  const from = items.busyFrom[item] > w ? items.busyFrom[item] : w;
  if (t > from) {
    s.srvBusy[srv] += t - from;
    if (rework) s.poolReworkBusy[p] += t - from;
  }
  items.server[item] = -1;
  s.poolOcc[p]--;
  s.poolBusy[p]--;
  if (t >= w) {
    s.srvTasks[srv]++;
    if (rework) s.poolReworkTasks[p]++;
  }
  const node = s.srvNode[srv];
  // Pause slots, overtime, traces and errors, in that order.
  if (s.srvEndExtras[srv] === 1) completeExtras(s, item, srv, node, t);
  // The freed server first serves whoever waited longest; then the item moves on.
  dispatchPool(s, p);
  const next = s.plainNext[node];
  if (next >= 0) {
    // What leaveNode and moveTo would do when neither has anything to decide, without the two calls
    // (engine CPU time -7% on the tandem, -2% on M/M/20).
    if (items.reworkNode[item] === node) items.reworkNode[item] = -1;
    enterNode(s, item, next);
    return;
  }
  leaveNode(s, item, node);
}

/** The oldest live entry at the head of a step's line (stale heads are dropped); -1 if none. */
function liveHead(s: SimState, node: number): number {
  return firstLive(s.lines[node]!, s.items.token);
}

/** Drops the stale entries at a line's head; its live head item, or -1 when none is left. */
function firstLive(line: WaitingLine, token: Float64Array): number {
  while (line.size > 0) {
    const it = line.headItem();
    if (token[it] === line.headToken()) return it;
    line.shift();
  }
  return -1;
}

/** The next item this server may serve (its `when` condition holds), in the line's service order; -1 if none. */
function firstEligible(s: SimState, node: number, srv: number): number {
  const items = s.items;
  if (liveHead(s, node) < 0) return -1;
  if (s.discKind[node] === DISC_FIFO) {
    const test = s.srvTest[srv]!;
    // Start after the entries this server has already found not eligible. A waiting item's
    // eligibility cannot change (conditions read its type, attributes, functions touched and rework
    // rounds, none of which change while it waits), and a FIFO line only grows at the tail. Without
    // this, a free agent rescanned a long queue of work only people may do at every completion:
    // quadratic, 80 s for half a year of a small overloaded design instead of a fraction of one.
    const fifo = s.lines[node] as FifoLine;
    const n = fifo.size;
    for (let i = fifo.indexAfter(s.srvScanned[srv]); i < n; i++) {
      const it = fifo.itemAt(i);
      const token = fifo.tokenAt(i);
      if (items.token[it] === token && test(items, it)) return it;
      s.srvScanned[srv] = token;
    }
    return -1;
  }
  // A priority line is a heap, with no order to resume a scan from: each conditional server keeps
  // the entries eligible for it in a line of its own (pushEligible), in the same priority order, so
  // its head, once stale entries are dropped, is the best eligible waiting item.
  return firstLive(s.srvEligible[srv]!, items.token);
}

/**
 * Gives free servers of pool p work while it can start tasks: each time, the waiting item that has
 * waited longest (ties: queued first) among the heads of the steps the pool serves.
 */
export function dispatchPool(s: SimState, p: number): void {
  const t = s.now;
  const serves = s.poolServes[p];
  if (serves.length === 1 && s.srvTest[serves[0]] === null) {
    dispatchSingle(s, p, serves[0]);
    return;
  }
  const items = s.items;
  while (s.poolOcc[p] < s.poolCap[p] && s.poolOpen[p] === 1) {
    let bestSrv = -1;
    let bestItem = -1;
    let bestT = Infinity;
    let bestTok = Infinity;
    for (let k = 0; k < serves.length; k++) {
      const srv = serves[k];
      const node = s.srvNode[srv];
      if (s.waiting[node] === 0) continue;
      const cand = s.srvTest[srv] === null ? liveHead(s, node) : firstEligible(s, node, srv);
      if (cand < 0) continue;
      const et = items.enqT[cand];
      const tok = items.token[cand];
      if (et < bestT || (et === bestT && tok < bestTok)) {
        bestSrv = srv;
        bestItem = cand;
        bestT = et;
        bestTok = tok;
      }
    }
    if (bestItem < 0) return;
    if (s.poolLimited[p] === 1 && !canStart(s, p, t)) return;
    takeFromQueue(s, bestItem, s.srvNode[bestSrv]);
    startService(s, bestItem, bestSrv);
  }
}

/** The common case of a pool serving one step with no condition: serve the line's head. */
function dispatchSingle(s: SimState, p: number, srv: number): void {
  const t = s.now;
  const node = s.srvNode[srv];
  const line = s.lines[node]!;
  while (s.poolOcc[p] < s.poolCap[p] && s.poolOpen[p] === 1 && s.waiting[node] > 0) {
    const item = liveHead(s, node);
    if (item < 0) return;
    if (s.poolLimited[p] === 1 && !canStart(s, p, t)) return;
    line.shift();
    leaveQueue(s, item, node);
    startService(s, item, srv);
  }
}
