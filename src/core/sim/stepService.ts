import { CLASS_COMPLETION, CLASS_TIMER, EV_COMPLETION, EV_PATIENCE, EV_SLA } from './eventOrder.js';
import type { SimState } from './simState.js';
import { DISCIPLINE_ATTR_ASC, DISCIPLINE_ATTR_DESC, DISCIPLINE_FIFO, DISCIPLINE_TYPE_RANK } from './stepTable.js';
import { enterNode, moveTo, leaveNode } from './flow.js';
import { completeExtras, startExtras } from './serviceExtras.js';
import { leave, OUT_BLOCKED } from './outcomes.js';
import { canStart } from './poolAvailability.js';
import { escalateOnEntry } from './escalations.js';
import { preemptOnEntry, priorityKey, resumeService } from './preemption.js';
import type { FifoLine } from '../queue/fifoLine.js';
import type { WaitingLine } from '../queue/waitingLine.js';

/**
 * An item arrives at a work step: it takes a free server of the first eligible pool in order of
 * preference (condition holds, calendar open, rate limit and budget allow); otherwise it waits, or
 * overflows / is blocked when the queue is full.
 */
export function enterStep(s: SimState, item: number, node: number): void {
  const steps = s.steps;
  const servers = s.servers;
  const pools = s.pools;
  const t = s.now;
  const items = s.items;
  items.enqT[item] = t;
  if (t >= s.warmup) s.stepStats.arrivals[node]++;
  const escalation = s.nodes.isEscalation[node] === 1;
  if (escalation || items.escalated[item] === 1) escalateOnEntry(s, item, escalation);
  const end = steps.firstServer[node] + steps.serverCount[node];
  for (let k = steps.firstServer[node]; k < end; k++) {
    const p = servers.pool[k];
    if (pools.occupied[p] >= pools.capacity[p] || pools.open[p] === 0) continue;
    const test = servers.condition[k];
    if (test !== null && !test(items, item)) continue;
    if (pools.limited[p] === 1 && !canStart(s, p)) continue;
    startService(s, item, k);
    return;
  }
  if (steps.waiting[node] >= steps.queueCapacity[node]) refuseEntry(s, item, node, t);
  else enqueue(s, item, node);
}

/**
 * The queue is full: the item overflows to the step's overflow node, or is blocked. Kept out of
 * enterStep so that enterStep stays small enough for V8 to inline startService into it.
 */
function refuseEntry(s: SimState, item: number, node: number, t: number): void {
  const to = s.steps.overflowTo[node];
  if (to >= 0) {
    if (t >= s.warmup) s.stepStats.overflowed[node]++;
    if (s.monitor !== null) s.trace('overflow', item, node);
    s.cycleLedger.visit(item, node, 0, 0);
    moveTo(s, item, to);
  } else {
    if (t >= s.warmup) s.stepStats.blocked[node]++;
    leave(s, item, OUT_BLOCKED, node);
  }
}

function enqueue(s: SimState, item: number, node: number): void {
  const steps = s.steps;
  const t = s.now;
  const items = s.items;
  const token = s.nextToken++;
  items.token[item] = token;
  let key = 0;
  switch (steps.discipline[node]) {
    case DISCIPLINE_TYPE_RANK:
      key = steps.typeRank[node]![items.type[item]];
      break;
    case DISCIPLINE_ATTR_ASC:
      key = items.attrs[item * items.nAttrs + steps.orderAttr[node]];
      break;
    case DISCIPLINE_ATTR_DESC:
      key = -items.attrs[item * items.nAttrs + steps.orderAttr[node]];
      break;
    case DISCIPLINE_FIFO:
      break;
    default:
      // A pre-emptive step: the item may take the server of a lower-priority item in service.
      key = priorityKey(s, item, node);
      if (preemptOnEntry(s, item, node, key)) return;
  }
  steps.line[node]!.push(item, token, key);
  if (steps.fillsEligibleLines[node] === 1) pushEligible(s, item, node, token, key);
  steps.waiting[node]++;
  const type = items.type[item];
  const patience = s.types.patience[type];
  if (patience !== null) {
    const clock = s.types.patienceCalendar[type];
    const end = clock === null ? t + patience() : clock.afterOpenHours(t, patience());
    // A calendar that never opens long enough never runs the clock out: no timer.
    if (end !== Infinity) {
      s.timerQueue.at = end;
      items.patienceSeq[item] = s.timerQueue.pushNumberedAt(CLASS_TIMER, EV_PATIENCE, item, s.eventQueue.takeSeq());
    }
  }
  const sla = steps.slaLimit[node];
  if (sla !== Infinity) {
    const clock = steps.slaCalendar[node];
    const end = clock === null ? t + sla : clock.afterOpenHours(t, sla);
    if (end !== Infinity) {
      s.timerQueue.at = end;
      items.slaSeq[item] = s.timerQueue.pushNumberedAt(CLASS_TIMER, EV_SLA, item, s.eventQueue.takeSeq());
    }
  }
  if (s.monitor !== null) s.trace('enqueue', item, node);
}

/** Adds a new entry of a priority step's line to the lines of the conditional servers it is eligible for. */
export function pushEligible(s: SimState, item: number, node: number, token: number, key: number): void {
  const steps = s.steps;
  const servers = s.servers;
  const end = steps.firstServer[node] + steps.serverCount[node];
  for (let k = steps.firstServer[node]; k < end; k++) {
    const own = servers.eligibleLine[k];
    if (own === null || !servers.condition[k]!(s.items, item)) continue;
    own.push(item, token, key);
    // Entries taken by other servers go stale here; keep them from outnumbering the live ones.
    if (own.size > 2 * steps.waiting[node] + 64) own.compact(s.items.token);
  }
}

/** Takes a waiting item out of its step's queue (lazily unless it is the physical head) and cancels its timers. */
export function takeFromQueue(s: SimState, item: number, node: number): void {
  const steps = s.steps;
  const line = steps.line[node]!;
  if (line.size > 0 && line.headItem() === item && line.headToken() === s.items.token[item]) line.shift();
  leaveQueue(s, item, node);
  // Entries taken lazily from the middle pile up behind a head that does not move (low priorities):
  // rebuild the line once they outnumber the live ones.
  if (line.size > 2 * steps.waiting[node] + 64) line.compact(s.items.token);
}

/** Bookkeeping of an item leaving a queue (its line entry already removed or left stale). */
function leaveQueue(s: SimState, item: number, node: number): void {
  const t = s.now;
  const items = s.items;
  items.token[item] = -1;
  items.patienceSeq[item] = -1;
  items.slaSeq[item] = -1;
  s.steps.waiting[node]--;
  // The queue's time integral, summed per item as it leaves the queue (see serverSums for the rest).
  const from = items.enqT[item] > s.warmup ? items.enqT[item] : s.warmup;
  if (t > from) s.stepStats.queueArea[node] += t - from;
}

export function startService(s: SimState, item: number, server: number): void {
  const servers = s.servers;
  const pools = s.pools;
  const t = s.now;
  const items = s.items;
  if (servers.startNeedsExtras[server] === 1 && items.preempted[item] === 1) {
    resumeService(s, item, server);
    return;
  }
  if (t >= s.warmup) countStart(s, servers.step[server], item);
  // Its queue token and timers are already cleared (takeFromQueue, or it never waited).
  const duration = servers.serviceTime[server * servers.typeCount + items.type[item]]();
  const p = servers.pool[server];
  items.server[item] = server;
  pools.occupied[p]++;
  pools.working[p]++;
  items.busyFrom[item] = t;
  items.serviceStart[item] = t;
  const end = t + duration;
  items.complT[item] = end;
  s.eventQueue.at = end;
  items.complSeq[item] = s.eventQueue.pushAt(CLASS_COMPLETION, EV_COMPLETION, item);
  // Pause slots, rate limits, budgets, executive waits and traces: one flag keeps this path short.
  if (servers.startNeedsExtras[server] === 1) startExtras(s, item, server, duration);
}

/**
 * A service start's wait, whether it waited at all (for P(wait)), and with several item types the
 * wait by type (with one, it is the step's own sum and count: see StepStatistics.waitByTypeKept).
 * It takes the item rather than its wait: a double passed to a call V8 does not inline is boxed.
 */
function countStart(s: SimState, node: number, item: number): void {
  const stats = s.stepStats;
  const wait = s.now - s.items.enqT[item];
  const sketch = stats.wait[node];
  sketch.next = wait;
  sketch.addNext();
  stats.started[node]++;
  if (wait > 0) stats.waited[node]++;
  if (stats.waitByTypeKept) countWaitByType(s, node, item);
}

/** The wait of a service starting now, summed and counted by node and item type. */
export function countWaitByType(s: SimState, node: number, item: number): void {
  const stats = s.stepStats;
  const at = node * s.types.count + s.items.type[item];
  stats.waitSumByType[at] += s.now - s.items.enqT[item];
  stats.waitCountByType[at]++;
}

/** Adds the busy segment [busyFrom, t], clipped to the window, to the server and, for rework, to the pool's rework hours. */
export function endBusySegment(s: SimState, item: number, server: number, t: number): void {
  const items = s.items;
  const from = items.busyFrom[item] > s.warmup ? items.busyFrom[item] : s.warmup;
  if (t <= from) return;
  const h = t - from;
  s.serverStats.busyHours[server] += h;
  const p = s.servers.pool[server];
  const byType = p * s.types.count + items.type[item];
  s.poolStats.busyHoursByType[byType] += h;
  if (items.reworkNode[item] >= 0) {
    s.poolStats.reworkHours[p] += h;
    s.poolStats.reworkHoursByType[byType] += h;
  }
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
  const servers = s.servers;
  const pools = s.pools;
  const serverStats = s.serverStats;
  const server = items.server[item];
  const p = servers.pool[server];
  // The busy segment [busyFrom, t] clipped to the window (endBusySegment, inlined by hand).
  const w = s.warmup;
  const from = items.busyFrom[item] > w ? items.busyFrom[item] : w;
  // Per server, and per pool and item type for cost by type (one more add each).
  const byType = p * s.types.count + items.type[item];
  if (t > from) {
    serverStats.busyHours[server] += t - from;
    s.poolStats.busyHoursByType[byType] += t - from;
  }
  if (t >= w) {
    serverStats.tasks[server]++;
    s.poolStats.tasksByType[byType]++;
  }
  // A task is rework while its item is in rework (reworkNode cannot change while it is in service).
  if (items.reworkNode[item] >= 0) countReworkTask(s, p, byType, from, t);
  items.server[item] = -1;
  pools.occupied[p]--;
  pools.working[p]--;
  const node = servers.step[server];
  // complT[item] is t here (checked on entry).
  s.cycleLedger.serviceVisit(item, node, items.enqT, items.serviceStart, items.complT);
  if (t >= w) {
    const sketch = s.stepStats.timeInStep[node];
    sketch.next = t - items.enqT[item];
    sketch.addNext();
  }
  // Pause slots, overtime, traces and errors, in that order.
  if (servers.completionNeedsExtras[server] === 1) completeExtras(s, item, server, node);
  // The freed server first serves whoever waited longest; then the item moves on.
  dispatchPool(s, p);
  const next = s.nodes.plainNext[node];
  if (next >= 0) {
    // What leaveNode and moveTo would do when neither has anything to decide, without the two calls
    // (engine CPU time -7% on the tandem, -2% on M/M/20).
    if (items.reworkNode[item] === node) items.reworkNode[item] = -1;
    enterNode(s, item, next);
    return;
  }
  leaveNode(s, item, node);
}

/** A rework task's share of its pool's rework hours and tasks, kept out of completeService to keep it small enough to inline. */
function countReworkTask(s: SimState, p: number, byType: number, from: number, t: number): void {
  const stats = s.poolStats;
  if (t > from) {
    stats.reworkHours[p] += t - from;
    stats.reworkHoursByType[byType] += t - from;
  }
  if (t >= s.warmup) {
    stats.reworkTasks[p]++;
    stats.reworkTasksByType[byType]++;
  }
}

/** The oldest live entry at the head of a step's line (stale heads are dropped); -1 if none. */
function liveHead(s: SimState, node: number): number {
  return firstLive(s.steps.line[node]!, s.items.token);
}

/** The oldest live entry of a line: drops the stale entries at its head; -1 when none is left. */
export function firstLive(line: WaitingLine, token: Float64Array): number {
  while (line.size > 0) {
    const it = line.headItem();
    if (token[it] === line.headToken()) return it;
    line.shift();
  }
  return -1;
}

/** The next item this server may serve (its `when` condition holds), in the line's service order; -1 if none. */
function firstEligible(s: SimState, node: number, server: number): number {
  const steps = s.steps;
  const servers = s.servers;
  const items = s.items;
  if (firstLive(steps.line[node]!, items.token) < 0) return -1;
  if (steps.discipline[node] === DISCIPLINE_FIFO) {
    const test = servers.condition[server]!;
    // Start after the entries this server has already found not eligible. A waiting item's
    // eligibility cannot change (conditions read its type, attributes, functions touched and rework
    // rounds, none of which change while it waits), and a FIFO line only grows at the tail. Without
    // this, a free agent rescanned a long queue of work only people may do at every completion:
    // quadratic, 80 s for half a year of a small overloaded design instead of a fraction of one.
    const fifo = steps.line[node] as FifoLine;
    const n = fifo.size;
    for (let i = fifo.indexAfter(servers.scannedToken[server]); i < n; i++) {
      const it = fifo.itemAt(i);
      const token = fifo.tokenAt(i);
      if (items.token[it] === token && test(items, it)) return it;
      servers.scannedToken[server] = token;
    }
    return -1;
  }
  // A priority line is a heap, with no order to resume a scan from: each conditional server keeps
  // the entries eligible for it in a line of its own (pushEligible), in the same priority order, so
  // its head, once stale entries are dropped, is the best eligible waiting item.
  return firstLive(servers.eligibleLine[server]!, items.token);
}

/**
 * Gives free servers of pool p work while it can start tasks: each time, the waiting item that has
 * waited longest (ties: queued first) among the heads of the steps the pool serves.
 */
export function dispatchPool(s: SimState, p: number): void {
  const servers = s.servers;
  const pools = s.pools;
  const t = s.now;
  const serves = pools.servers[p];
  if (serves.length === 1 && servers.condition[serves[0]] === null) {
    dispatchSingle(s, p, serves[0]);
    return;
  }
  const items = s.items;
  while (pools.occupied[p] < pools.capacity[p] && pools.open[p] === 1) {
    let bestServer = -1;
    let bestItem = -1;
    let bestT = Infinity;
    let bestToken = Infinity;
    for (let k = 0; k < serves.length; k++) {
      const server = serves[k];
      const node = servers.step[server];
      if (s.steps.waiting[node] === 0) continue;
      const cand = servers.condition[server] === null ? liveHead(s, node) : firstEligible(s, node, server);
      if (cand < 0) continue;
      const et = items.enqT[cand];
      const tok = items.token[cand];
      if (et < bestT || (et === bestT && tok < bestToken)) {
        bestServer = server;
        bestItem = cand;
        bestT = et;
        bestToken = tok;
      }
    }
    if (bestItem < 0) return;
    if (pools.limited[p] === 1 && !canStart(s, p)) return;
    takeFromQueue(s, bestItem, servers.step[bestServer]);
    startService(s, bestItem, bestServer);
  }
}

/** The common case of a pool serving one step with no condition: serve the line's head. */
function dispatchSingle(s: SimState, p: number, server: number): void {
  const steps = s.steps;
  const pools = s.pools;
  const t = s.now;
  const node = s.servers.step[server];
  const line = steps.line[node]!;
  while (pools.occupied[p] < pools.capacity[p] && pools.open[p] === 1 && steps.waiting[node] > 0) {
    const item = firstLive(line, s.items.token);
    if (item < 0) return;
    if (pools.limited[p] === 1 && !canStart(s, p)) return;
    line.shift();
    leaveQueue(s, item, node);
    startService(s, item, server);
  }
}
