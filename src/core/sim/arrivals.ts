import { CLASS_ARRIVAL, EV_ARRIVAL } from './eventOrder.js';
import type { SimState } from './simState.js';
import { ARRIVALS_BATCH, ARRIVALS_POISSON, ARRIVALS_WEEKLY } from './itemTypeTable.js';
import { enterNode } from './flow.js';
import { log } from '../math/log.js';
import { SimulationLimitError } from './simulationLimitError.js';

/** Schedules each item type's first arrival. */
export function startArrivals(s: SimState): void {
  const types = s.types;
  for (let ty = 0; ty < types.count; ty++) {
    const a = s.model.itemTypes[ty].arrivals;
    let first = Infinity;
    if (a.kind === 'poisson')
      first = types.interarrival[ty] !== null ? types.interarrival[ty]!() / s.timeline.bound[ty] : Infinity;
    else if (a.kind === 'weekly') first = nextWeeklyArrival(s, ty, 0);
    else if (a.size > 0) first = a.first;
    if (first >= 0 && first < s.horizon) s.eventQueue.push(first, CLASS_ARRIVAL, EV_ARRIVAL, ty);
  }
}

/**
 * Arrival event of type `ty`: create the item(s), then schedule the next arrival. Where a timeline
 * multiplies the rate, the event is a candidate drawn at the bounding rate, kept with probability
 * factor / bound now that it falls due (thinning; see TimelineTable.bound).
 */
export function arrive(s: SimState, ty: number): void {
  const types = s.types;
  const t = s.now;
  const varies = s.timeline.arrivalVaries[ty] === 1;
  let next = Infinity;
  switch (types.arrivalKind[ty]) {
    case ARRIVALS_POISSON:
      if (!varies) {
        createItem(s, ty, 0);
        next = t + types.interarrival[ty]!();
      } else {
        if (keepCandidate(s, ty)) createItem(s, ty, 0);
        next = t + types.interarrival[ty]!() / s.timeline.bound[ty];
      }
      break;
    case ARRIVALS_WEEKLY:
      if (!varies || keepCandidate(s, ty)) createItem(s, ty, 0);
      next = nextWeeklyArrival(s, ty, t);
      break;
    case ARRIVALS_BATCH: {
      const a = s.model.itemTypes[ty].arrivals;
      if (a.kind !== 'batch') break;
      const size = varies ? Math.round(a.size * s.timeline.multiplier[ty] * s.timeline.peak[ty]) : a.size;
      for (let k = 0; k < size; k++) createItem(s, ty, 0);
      if (a.every > 0) next = t + a.every;
      break;
    }
  }
  if (next < s.horizon) {
    s.eventQueue.at = next;
    s.eventQueue.pushAt(CLASS_ARRIVAL, EV_ARRIVAL, ty);
  }
}

/** A candidate arrival of a type whose rate a timeline multiplies: kept with probability factor / bound. */
function keepCandidate(s: SimState, ty: number): boolean {
  const tl = s.timeline;
  return tl.thinStream[ty]!() * tl.bound[ty] < tl.multiplier[ty] * tl.peak[ty];
}

/**
 * Non-homogeneous Poisson arrivals by thinning (Lewis & Shedler 1979): candidates at the peak rate,
 * each kept with probability rate(hour of week) / peak. Both draws use the type's arrival stream.
 */
function nextWeeklyArrival(s: SimState, ty: number, from: number): number {
  const types = s.types;
  const a = s.model.itemTypes[ty].arrivals;
  if (a.kind !== 'weekly') return Infinity;
  const peak = types.peakRate[ty] * s.timeline.bound[ty];
  if (peak <= 0) return Infinity;
  const u = types.arrivalStream[ty];
  const shift = a.offsetHours + 24 * s.model.startWeekday;
  let t = from;
  for (;;) {
    t += -log(1 - u()) / peak;
    if (t >= s.horizon) return Infinity;
    let h = Math.floor(t + shift) % 168;
    if (h < 0) h += 168;
    if (u() * peak < a.ratePerHour[h] * s.timeline.bound[ty]) return t;
  }
}

/** Creates an item of type ty at time t (aged `age` hours: its cycle time counts from t - age), draws its attributes and sends it to the type's entry node. */
export function createItem(s: SimState, ty: number, age: number, entry = -1): number {
  const types = s.types;
  const t = s.now;
  const items = s.items;
  const item = items.alloc(ty);
  if (item < 0) throw wipLimit(s);
  items.arrivalT[item] = t - age;
  const samplers = types.attributeSamplers[ty];
  const base = item * items.nAttrs;
  for (let k = 0; k < samplers.length; k++) {
    const f = samplers[k];
    if (f !== null) items.attrs[base + k] = f();
  }
  s.totals.arrived++;
  if (t >= s.warmup) s.typeStats.arrived[ty]++;
  const node = entry >= 0 ? entry : types.entry[ty];
  if (s.monitor !== null) s.traceArrival(item, node);
  enterNode(s, item, node);
  return item;
}

/**
 * Work in progress at time 0: items already in service are placed first (they take free servers),
 * then waiting ones. They count as arrived at time 0.
 */
export function placeInitialWip(s: SimState): void {
  for (const state of ['inService', 'waiting'] as const) {
    for (const w of s.model.initialWip) {
      if (w.state !== state) continue;
      for (let k = 0; k < w.count; k++) createItem(s, w.type, w.ageHours, w.node);
    }
  }
}

/**
 * The work-in-progress guard tripped: a model whose arrivals outrun its capacity grows its queues,
 * and its memory, without end. The message names the longest queues, where the capacity is short.
 */
function wipLimit(s: SimState): SimulationLimitError {
  const steps = s.steps;
  const model = s.model;
  const queues: string[] = [];
  const order = Array.from(steps.waiting.keys())
    .filter((n) => steps.waiting[n] > 0)
    .sort((a, b) => steps.waiting[b] - steps.waiting[a] || a - b);
  for (const n of order.slice(0, 3)) queues.push(`'${model.nodes[n].id}' (${steps.waiting[n]} waiting)`);
  const where = queues.length > 0 ? ` The longest queues: ${queues.join(', ')}.` : '';
  const maxWip = s.items.maxLive;
  return new SimulationLimitError(
    `Work-in-progress limit reached: more than limits.maxWip = ${maxWip} items in the system at simulated ` +
      `time ${s.now.toFixed(3)} h of a ${model.horizon} h horizon${model.name ? ` in model '${model.name}'` : ''}.${where} ` +
      `Work arrives faster than it is finished, so the queues grow without end: check the arrival rates ` +
      `and the capacity (headcount, calendars, budgets, service times) of the steps named, or raise the ` +
      `limit if this much work in progress is real (limits: { maxWip: ${maxWip * 10} }).`,
  );
}
