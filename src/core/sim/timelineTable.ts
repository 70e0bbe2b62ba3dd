import type { Model, TimelineChange } from '../model/model.js';
import type { Stream } from '../rng/stream.js';
import type { PoolAmounts } from './poolAmounts.js';
import type { ChairHours, PriceSegment } from './timelineCosts.js';

export const TL_CAPACITY = 0;
export const TL_ERROR_RATE = 1;
export const TL_ARRIVAL_MULTIPLIER = 2;
export const TL_PEAK_MULTIPLIER = 3;
export const TL_THRESHOLD = 4;
export const TL_DETECT = 5;
/** A pool's price per task, per busy hour and per paid hour: TL_COST + COST_TASK | COST_BUSY | COST_PAID. */
export const TL_COST = 6;
export const COST_TASK = 0;
export const COST_BUSY = 1;
export const COST_PAID = 2;

const KINDS: Record<TimelineChange['target']['kind'], number> = {
  capacity: TL_CAPACITY,
  errorRate: TL_ERROR_RATE,
  arrivalMultiplier: TL_ARRIVAL_MULTIPLIER,
  peakMultiplier: TL_PEAK_MULTIPLIER,
  threshold: TL_THRESHOLD,
  detect: TL_DETECT,
  costPerTask: TL_COST + COST_TASK,
  costPerBusyHour: TL_COST + COST_BUSY,
  costPerPaidHour: TL_COST + COST_PAID,
};

/**
 * The timeline compiled into flat arrays: the dated changes in the order they apply (one event on
 * the queue at a time, see timeline.ts), each pool's headcount over time (for the hours it was
 * available), and the arrival factor of each item type whose rate changes. A model without a
 * timeline gets empty arrays and every `varies` flag 0, so the event loop pays one test per arrival.
 */
export class TimelineTable {
  readonly count: number;
  readonly at: Float64Array;
  readonly kind: Uint8Array;
  /** The pool, item type or node the change is about. */
  readonly index: Int32Array;
  /** The threshold's cut for TL_THRESHOLD; 0 otherwise. */
  readonly sub: Int32Array;
  readonly value: Float64Array;
  /** Per pool: the times its headcount changes (the first is 0) and the headcount from each. */
  readonly capacityTimes: Float64Array[];
  readonly capacityValues: Float64Array[];
  /** Per item type: 1 when its arrival rate is multiplied at some time. */
  readonly arrivalVaries: Uint8Array;
  /** Per item type: the timeline's multiplier and the peak multiplier in force; the rate is base x both. */
  readonly multiplier: Float64Array;
  readonly peak: Float64Array;
  /**
   * Per item type: a bound on multiplier x peak over the run. Candidate arrivals come at base x bound and
   * each is kept with probability (multiplier x peak) / bound when it falls due (Lewis & Shedler's thinning),
   * so a rate that changes while an arrival is pending needs no cancelled event.
   */
  readonly bound: Float64Array;
  /** Per item type: the `thinning:<type>` stream of the keep-or-drop draws (null when the rate never varies). */
  readonly thinStream: (Stream | null)[];
  /** Per pool: its servers at steps without an error-rate override (those a pool error rate change reaches). */
  readonly errorServers: Int32Array[];
  /** Per pool: 1 when the timeline changes one of its prices (only those pools accrue cost by segment). */
  readonly costVaries: Uint8Array;
  /** At pool * 3 + COST_TASK | COST_BUSY | COST_PAID: the price in force. */
  readonly rate: Float64Array;
  /** The same layout: cost settled at earlier prices, and the tasks or hours it covers (see timelineCosts.ts). */
  readonly settledCost: Float64Array;
  readonly settledAmount: Float64Array;
  /** Per pool whose prices change: the segments of constant prices closed so far, and its amounts at the last change (null before any). */
  readonly priceSegments: PriceSegment[][];
  readonly reached: (PoolAmounts | null)[];
  /** Per pool whose prices change: the forum decisions whose chair hours may still be to come. */
  readonly chairHours: ChairHours[][];

  constructor(model: Model, stream: (name: string) => Stream) {
    const changes = model.timeline ?? [];
    const count = (this.count = changes.length);
    this.at = new Float64Array(count);
    this.kind = new Uint8Array(count);
    this.index = new Int32Array(count);
    this.sub = new Int32Array(count);
    this.value = new Float64Array(count);
    changes.forEach((c, i) => {
      this.at[i] = c.at;
      this.kind[i] = KINDS[c.target.kind];
      const t = c.target;
      this.index[i] = 'pool' in t ? t.pool : 'type' in t ? t.type : t.node;
      this.sub[i] = t.kind === 'threshold' ? t.cut : 0;
      this.value[i] = c.value;
    });
    this.capacityTimes = [];
    this.capacityValues = [];
    model.pools.forEach((pool, p) => {
      const times = [0];
      const values = [Math.max(0, Math.floor(pool.capacity))];
      for (const c of changes) {
        if (c.target.kind !== 'capacity' || c.target.pool !== p) continue;
        const v = Math.max(0, Math.floor(c.value));
        if (c.at <= times[times.length - 1]) values[values.length - 1] = v;
        else {
          times.push(c.at);
          values.push(v);
        }
      }
      this.capacityTimes.push(Float64Array.from(times));
      this.capacityValues.push(Float64Array.from(values));
    });
    const types = model.itemTypes.length;
    this.arrivalVaries = new Uint8Array(types);
    this.multiplier = new Float64Array(types).fill(1);
    this.peak = new Float64Array(types).fill(1);
    this.bound = new Float64Array(types).fill(1);
    this.thinStream = new Array(types).fill(null);
    for (let ty = 0; ty < types; ty++) {
      let maxMultiplier = 1;
      let maxPeak = 1;
      for (const c of changes) {
        if (c.target.kind === 'arrivalMultiplier' && c.target.type === ty) {
          this.arrivalVaries[ty] = 1;
          if (c.value > maxMultiplier) maxMultiplier = c.value;
        } else if (c.target.kind === 'peakMultiplier' && c.target.type === ty) {
          this.arrivalVaries[ty] = 1;
          if (c.value > maxPeak) maxPeak = c.value;
        }
      }
      this.bound[ty] = maxMultiplier * maxPeak;
      if (this.arrivalVaries[ty] === 1) this.thinStream[ty] = stream(`thinning:${model.itemTypes[ty].id}`);
    }
    this.errorServers = model.pools.map((_, p) => {
      const list: number[] = [];
      let k = 0;
      for (const node of model.nodes) {
        if (node.kind !== 'step') continue;
        for (const server of node.servers) {
          if (server.pool === p && server.errorRate === null) list.push(k);
          k++;
        }
      }
      return Int32Array.from(list);
    });
    const pools = model.pools.length;
    this.costVaries = new Uint8Array(pools);
    this.rate = new Float64Array(pools * 3);
    this.settledCost = new Float64Array(pools * 3);
    this.settledAmount = new Float64Array(pools * 3);
    model.pools.forEach((pool, p) => {
      this.rate[p * 3 + COST_TASK] = pool.costPerTask;
      this.rate[p * 3 + COST_BUSY] = pool.costPerBusyHour;
      this.rate[p * 3 + COST_PAID] = pool.costPerPaidHour;
    });
    for (const c of changes)
      if ('pool' in c.target && KINDS[c.target.kind] >= TL_COST) this.costVaries[c.target.pool] = 1;
    this.priceSegments = model.pools.map(() => []);
    this.reached = model.pools.map(() => null);
    this.chairHours = model.pools.map(() => []);
  }
}

/** The largest headcount pool p has at any time of the run (its server slots are sized for it). */
export function maxCapacity(model: Model, p: number): number {
  let cap = Math.max(0, Math.floor(model.pools[p].capacity));
  for (const c of model.timeline ?? [])
    if (c.target.kind === 'capacity' && c.target.pool === p) cap = Math.max(cap, Math.floor(c.value));
  return cap;
}

/** True when the timeline ever gives pool p a positive error rate (its steps then need an error stream). */
export function timelineMakesErrors(model: Model, p: number): boolean {
  return (model.timeline ?? []).some((c) => c.target.kind === 'errorRate' && c.target.pool === p && c.value > 0);
}
