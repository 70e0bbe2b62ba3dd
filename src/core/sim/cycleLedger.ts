import { PercentileSketch } from '../stats/percentileSketch.js';
import type { Float64Arena } from '../stats/float64Arena.js';

/**
 * Where each item's time went, visit by visit, so that the cycle time of the items done splits exactly
 * into the parts the explanation of a comparison names (RunResult.cycleLedger): per node, visits,
 * hours waiting and hours in service; hours in transit between functions. An item's visits form a
 * list in a pool of entries (typed arrays, recycled through a free list), so the ledger allocates
 * only while work in progress grows; when the item leaves, its list is summed (if it left done in the
 * window) and returned to the pool in one step.
 *
 * What must hold: for an item done at t, the sum of its entries' wait and service hours plus its
 * transit hours is t minus the time it entered the system, its first node (its arrival, or 0 for
 * initial work in progress). test/laws/decompositions.test.ts checks it on random designs.
 */
export class CycleLedger {
  /** Sums over the items done in the window, per node; index `nodeCount` holds handoffs (transit). */
  readonly visits: Float64Array;
  readonly waitHours: Float64Array;
  readonly serviceHours: Float64Array;
  /** Age at time 0 of initial work in progress done in the window. */
  beforeStartHours: number;
  /** Per item type: each item's hours waiting, summed over its visits (steps' queues, forums), for the items done. */
  readonly queueWait: PercentileSketch[];

  private readonly handoffIndex: number;
  private head = new Int32Array(0);
  private tail = new Int32Array(0);
  private entryNode = new Int32Array(0);
  private entryWait = new Float64Array(0);
  private entryService = new Float64Array(0);
  private entryNext = new Int32Array(0);
  private freeHead = -1;
  private used = 0;

  constructor(nodeCount: number, typeCount: number, itemCapacity: number, arena: Float64Arena | null = null) {
    // A double from the first store (see SimState's constructor).
    this.beforeStartHours = 0.5;
    this.beforeStartHours = 0;
    this.handoffIndex = nodeCount;
    this.queueWait = Array.from({ length: typeCount }, () => new PercentileSketch(arena));
    this.visits = new Float64Array(nodeCount + 1);
    this.waitHours = new Float64Array(nodeCount + 1);
    this.serviceHours = new Float64Array(nodeCount + 1);
    this.growItems(itemCapacity);
    this.growEntries(256);
  }

  /** A visit that ends now: a service completed, a wait at a forum or before an SLA breach, a gate (0, 0). */
  visit(item: number, node: number, wait: number, service: number): void {
    const e = this.append(item, node);
    this.entryWait[e] = wait;
    this.entryService[e] = service;
  }

  /**
   * A service visit that ends at the item's completion time: wait and service hours are read from the
   * item store's arrays (queued, service start, completion), so that no double crosses the call. In a
   * large model's completeService V8 does not inline `visit`, and its two double arguments were boxed
   * at every completion.
   */
  serviceVisit(item: number, node: number, enqT: Float64Array, serviceStart: Float64Array, complT: Float64Array): void {
    const e = this.append(item, node);
    const start = serviceStart[item];
    this.entryWait[e] = start - enqT[item];
    this.entryService[e] = complT[item] - start;
  }

  /** Hours in transit to the next function. */
  handoff(item: number, hours: number): void {
    const e = this.append(item, this.handoffIndex);
    this.entryWait[e] = hours;
    this.entryService[e] = 0;
  }

  /**
   * The item leaves the system. When `count` (done in the window) its visits are added to the sums;
   * either way its entries return to the pool. (The caller adds the age at time 0 of initial work in
   * progress to beforeStartHours: a double argument to a call V8 does not inline is boxed.)
   */
  settle(item: number, type: number, count: boolean): void {
    const first = this.head[item];
    if (first < 0) {
      if (count) this.queueWait[type].add(0);
      return;
    }
    const last = this.tail[item];
    if (count) {
      let waited = 0;
      for (let e = first; e >= 0; e = this.entryNext[e]) {
        const n = this.entryNode[e];
        this.visits[n]++;
        this.waitHours[n] += this.entryWait[e];
        this.serviceHours[n] += this.entryService[e];
        if (n !== this.handoffIndex) waited += this.entryWait[e];
      }
      const sketch = this.queueWait[type];
      sketch.next = waited;
      sketch.addNext();
    }
    this.entryNext[last] = this.freeHead;
    this.freeHead = first;
    this.head[item] = -1;
    this.tail[item] = -1;
  }

  /** Hours in transit summed over the items done in the window. */
  get handoffHours(): number {
    return this.waitHours[this.handoffIndex];
  }

  private append(item: number, node: number): number {
    if (item >= this.head.length) this.growItems(Math.max(item + 1, this.head.length * 2));
    let e = this.freeHead;
    if (e >= 0) this.freeHead = this.entryNext[e];
    else {
      if (this.used === this.entryNode.length) this.growEntries(this.used * 2);
      e = this.used++;
    }
    this.entryNode[e] = node;
    this.entryNext[e] = -1;
    const last = this.tail[item];
    if (last < 0) this.head[item] = e;
    else this.entryNext[last] = e;
    this.tail[item] = e;
    return e;
  }

  private growItems(capacity: number): void {
    const head = new Int32Array(capacity).fill(-1);
    const tail = new Int32Array(capacity).fill(-1);
    head.set(this.head);
    tail.set(this.tail);
    this.head = head;
    this.tail = tail;
  }

  private growEntries(capacity: number): void {
    const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(capacity);
      b.set(a);
      return b;
    };
    this.entryNode = grow(this.entryNode, (n) => new Int32Array(n));
    this.entryWait = grow(this.entryWait, (n) => new Float64Array(n));
    this.entryService = grow(this.entryService, (n) => new Float64Array(n));
    this.entryNext = grow(this.entryNext, (n) => new Int32Array(n));
  }
}
