import type { Model } from '../model/model.js';
import { CLASS_COMPLETION, EV_COMPLETION } from './eventOrder.js';
import type { SimState } from './simState.js';
import { DISCIPLINE_ATTR_ASC, DISCIPLINE_ATTR_DESC, DISCIPLINE_PREEMPTIVE, PREEMPT_RESUME } from './stepTable.js';
import { endBusySegment, firstLive, pushEligible, startService, takeFromQueue } from './stepService.js';
import { startExtras } from './serviceExtras.js';
import { canStart, chargeBudget } from './poolAvailability.js';

// Pre-emptive priority. An item that arrives at a pre-emptive step and finds no free server takes
// the server of an item in service there with a strictly lower priority: the lowest-priority one,
// and of those the one whose current spell of service began last (the least work set aside). The
// interrupted item goes back to the queue ahead of every waiting item of its own priority, as in the
// textbook model, and when a server takes it again it continues its remaining service time
// (`resume`) or starts over with a fresh draw (`restart`). Only servers of open pools whose
// condition admits the arriving item are taken; a paused task (a closed shift) is not interrupted.
//
// Accounting: the interrupted spell is busy time of its server up to the interruption, once; a task
// counts once, when it completes; the step's wait figures count the first start only, and the time
// spent back in the queue counts as queue time; in the cycle-time ledger the visit's service is the
// time spent in service (a restart's lost work included) and its wait is the rest. A pre-empted item
// starts no patience or SLA clock again: it has been served already.
//
// At a shift's opening the most urgent work goes first (preemptAtOpening): free servers take waiting
// work, then each waiting item that ranks strictly above a task the pool has in hand at its step (a
// task paused at the last closing, or one run on in overtime) takes that task's server, as it would
// had it arrived then. The displaced task goes back to the queue like any interrupted one: a paused
// task does not resume first; it keeps the time it had left (`resume`) or starts over (`restart`).

/** Items in service at each pre-emptive step, so that an arrival can find one to interrupt. */
export class PreemptionTable {
  /** The first inServiceCount[n] entries are the items in service at pre-emptive step n; null for other nodes. */
  readonly inService: (Int32Array | null)[];
  readonly inServiceCount: Int32Array;
  /** Interruptions at each pre-emptive step in the window (the report's `preemptions`). */
  readonly interruptions: Float64Array;
  /** Per pool: 1 when it serves a pre-emptive step, so that its openings serve the most urgent work first. */
  readonly servesPreemptive: Uint8Array;
  /** Token of the next pre-empted queue entry: negative and rising, so such entries go first in their priority class, in the order they were interrupted. */
  nextToken = -(2 ** 52);

  constructor(model: Model) {
    this.inService = model.nodes.map((node) =>
      node.kind === 'step' && node.preempt !== undefined && node.discipline.kind !== 'fifo' ? new Int32Array(8) : null,
    );
    this.inServiceCount = new Int32Array(model.nodes.length);
    this.interruptions = new Float64Array(model.nodes.length);
    this.servesPreemptive = new Uint8Array(model.pools.length);
    model.nodes.forEach((node, n) => {
      if (node.kind === 'step' && this.inService[n] !== null)
        for (const server of node.servers) this.servesPreemptive[server.pool] = 1;
    });
  }

  add(node: number, item: number): void {
    let list = this.inService[node]!;
    const n = this.inServiceCount[node];
    if (n === list.length) {
      const grown = new Int32Array(2 * n);
      grown.set(list);
      this.inService[node] = list = grown;
    }
    list[n] = item;
    this.inServiceCount[node] = n + 1;
  }

  remove(node: number, item: number): void {
    const list = this.inService[node]!;
    const last = --this.inServiceCount[node];
    for (let i = 0; i <= last; i++) {
      if (list[i] === item) {
        list[i] = list[last];
        return;
      }
    }
  }
}

/** The queue key of an item at a priority step: lower is served first (see enqueue). */
export function priorityKey(s: SimState, item: number, node: number): number {
  const items = s.items;
  const steps = s.steps;
  switch (steps.discipline[node] & ~DISCIPLINE_PREEMPTIVE) {
    case DISCIPLINE_ATTR_ASC:
      return items.attrs[item * items.nAttrs + steps.orderAttr[node]];
    case DISCIPLINE_ATTR_DESC:
      return -items.attrs[item * items.nAttrs + steps.orderAttr[node]];
    default:
      return steps.typeRank[node]![items.type[item]];
  }
}

/**
 * An item with queue key `key` that found no free server at pre-emptive step `node`: interrupts an
 * item of lower priority in service and starts in its place. Returns false (the item waits) when no
 * item in service may be interrupted.
 */
export function preemptOnEntry(s: SimState, item: number, node: number, key: number): boolean {
  const table = s.preemption;
  const list = table.inService[node]!;
  const count = table.inServiceCount[node];
  const items = s.items;
  const servers = s.servers;
  const pools = s.pools;
  let victim = -1;
  let victimKey = key;
  for (let i = 0; i < count; i++) {
    const it = list[i];
    const server = items.server[it];
    if (pools.open[servers.pool[server]] === 0 || items.complSeq[it] < 0) continue;
    const k = priorityKey(s, it, node);
    if (!(k > key)) continue;
    if (victim >= 0 && (k < victimKey || (k === victimKey && items.busyFrom[it] <= items.busyFrom[victim]))) continue;
    const test = servers.condition[server];
    if (test !== null && !test(items, item)) continue;
    victim = it;
    victimKey = k;
  }
  if (victim < 0) return false;
  const server = items.server[victim];
  const p = servers.pool[server];
  if (pools.limited[p] === 1 && !canStart(s, p)) return false;
  interrupt(s, victim, node, victimKey);
  items.token[item] = -1;
  startService(s, item, server);
  return true;
}

/**
 * Pool p has just opened (after taking waiting work on its free servers): at each pre-emptive step it
 * serves, the most urgent waiting item it may serve takes the server of the lowest-priority task the
 * pool has in hand there (paused at the closing or run on in overtime) when that task ranks strictly
 * below it, and so on until no waiting item outranks a task in hand.
 */
export function preemptAtOpening(s: SimState, p: number): void {
  const serves = s.pools.servers[p];
  const servers = s.servers;
  const items = s.items;
  const table = s.preemption;
  for (let j = 0; j < serves.length; j++) {
    const server = serves[j];
    const node = servers.step[server];
    if (table.inService[node] === null) continue;
    for (;;) {
      if (s.steps.waiting[node] === 0) break;
      const line = servers.condition[server] === null ? s.steps.line[node]! : servers.eligibleLine[server]!;
      const item = firstLive(line, items.token);
      if (item < 0) break;
      const key = priorityKey(s, item, node);
      const list: Int32Array = table.inService[node]!;
      let victim = -1;
      let victimKey = key;
      for (let i = 0; i < table.inServiceCount[node]; i++) {
        const it = list[i];
        if (items.server[it] !== server) continue;
        const k = priorityKey(s, it, node);
        if (!(k > key)) continue;
        if (victim >= 0 && (k < victimKey || (k === victimKey && items.busyFrom[it] <= items.busyFrom[victim])))
          continue;
        victim = it;
        victimKey = k;
      }
      if (victim < 0) break;
      if (s.pools.limited[p] === 1 && !canStart(s, p)) return;
      takeFromQueue(s, item, node);
      interrupt(s, victim, node, victimKey);
      startService(s, item, server);
    }
  }
}

/** Takes an item out of service (running, or paused at a shift end) and puts it back in its step's queue, ahead of its priority class. */
function interrupt(s: SimState, item: number, node: number, key: number): void {
  const t = s.now;
  const items = s.items;
  const servers = s.servers;
  const pools = s.pools;
  const steps = s.steps;
  const server = items.server[item];
  const p = servers.pool[server];
  // A paused task's spell and working head ended at the pause, and its remaining time is kept.
  const paused = items.complSeq[item] < 0;
  if (!paused) endBusySegment(s, item, server, t);
  const left = paused ? items.remaining[item] : items.complT[item] - t;
  // The budget counted the whole task when it started; the part not worked is counted again when it resumes.
  if (s.poolLimits.budgetHoursPerWeek[p] > 0) chargeBudget(s, p, -left);
  items.remaining[item] = left;
  items.complSeq[item] = -1;
  items.serviceStart[item] = t - items.serviceStart[item];
  items.preempted[item] = 1;
  items.server[item] = -1;
  pools.occupied[p]--;
  if (!paused) pools.working[p]--;
  if (pools.pausesAtShiftEnd[p] === 1) {
    pools.inHand[p][items.slot[item]] = -1;
    pools.freeSlots[p][pools.freeSlotCount[p]++] = items.slot[item];
    items.slot[item] = -1;
  }
  s.preemption.remove(node, item);
  if (t >= s.warmup) s.preemption.interruptions[node]++;
  // leaveQueue adds the queue time from enqT when it leaves again; [enqT, t] was not queue time.
  const w = s.warmup;
  s.stepStats.queueArea[node] -= (t > w ? t : w) - (items.enqT[item] > w ? items.enqT[item] : w);
  if (s.monitor !== null)
    s.trace('preempt', item, node, p, steps.preempt[node] === PREEMPT_RESUME ? 'resume' : 'restart');
  const token = s.preemption.nextToken++;
  items.token[item] = token;
  steps.line[node]!.push(item, token, key);
  if (steps.fillsEligibleLines[node] === 1) pushEligible(s, item, node, token, key);
  steps.waiting[node]++;
}

/**
 * A pre-empted item taken into service again: its remaining time (`resume`) or a new draw
 * (`restart`), and a visit whose service counts the time it had before.
 */
export function resumeService(s: SimState, item: number, server: number): void {
  const t = s.now;
  const items = s.items;
  const servers = s.servers;
  const pools = s.pools;
  const node = servers.step[server];
  const duration =
    s.steps.preempt[node] === PREEMPT_RESUME
      ? items.remaining[item]
      : servers.serviceTime[server * servers.typeCount + items.type[item]]();
  const p = servers.pool[server];
  items.server[item] = server;
  pools.occupied[p]++;
  pools.working[p]++;
  items.busyFrom[item] = t;
  items.serviceStart[item] = t - items.serviceStart[item];
  items.complT[item] = t + duration;
  items.complSeq[item] = s.eventQueue.push(t + duration, CLASS_COMPLETION, EV_COMPLETION, item);
  startExtras(s, item, server, duration);
  items.preempted[item] = 0;
}
