import type { Model } from '../model/model.js';
import type { PeriodFigures } from '../report/runResult.js';
import { CLASS_CALENDAR, EV_PERIOD } from './eventOrder.js';
import type { SimState } from './simState.js';
import { capacityHours } from './timeline.js';
import { costSoFar } from './costSoFar.js';

// Figures per calendar period (--periods week|month|quarter). At each period's start the window's
// running counts are read once (a calendar-class event, so whatever happens at that instant counts in
// the period that begins then); a period's figure is the difference between its two readings, so the
// periods' counts add up to the window's exactly. Nothing is added on the hot path: the cost is one
// reading per period, and memory grows with periods, not events.

const ARRIVED = 0;
const DONE = 1;
const DEFECT = 2;
const REJECTED = 3;
const ABANDONED = 4;
const BLOCKED = 5;
const CYCLE_N = 6;
const CYCLE_SUM = 7;
const ERRORS_MADE = 8;
const ERRORS_ESCAPED = 9;
const ESCALATIONS = 10;
const IN_SYSTEM = 11;
const COST = 12;
const POOL_BUSY = 13;

export class PeriodRecorder {
  readonly starts: number[];
  readonly labels: string[];
  readonly width: number;
  /** One reading per period start, and one at the horizon. */
  readonly readings: Float64Array[] = [];

  constructor(model: Model, warmup: number) {
    // The window starts in the period holding the warm-up's end: earlier periods are left out, and
    // that one is measured from the warm-up on (so the periods add up to the window).
    const all = model.periods!.starts;
    let first = 0;
    while (first + 1 < all.length && all[first + 1] <= warmup) first++;
    this.starts = all.slice(first).map((t, i) => (i === 0 ? Math.max(t, warmup) : t));
    this.labels = model.periods!.labels.slice(first);
    this.width = POOL_BUSY + model.pools.length;
  }
}

/** The first period starts with nothing counted (its start is the warm-up or later); the next is scheduled. */
export function startPeriods(s: SimState): void {
  const rec = s.periods;
  if (rec === null) return;
  // Nothing is counted before the warm-up's end, which is where the first period starts.
  rec.readings.push(new Float64Array(rec.width));
  schedulePeriod(s, 1);
}

function schedulePeriod(s: SimState, i: number): void {
  const rec = s.periods!;
  if (i < rec.starts.length && rec.starts[i] < s.horizon)
    s.eventQueue.push(rec.starts[i], CLASS_CALENDAR, EV_PERIOD, i);
}

export function beginPeriod(s: SimState, i: number): void {
  s.periods!.readings.push(read(s, s.now));
  schedulePeriod(s, i + 1);
}

/**
 * The window's running counts at time t, with each pool's busy hours up to t (tasks in service
 * included), the items in the system at t, and the window's cost up to t.
 */
function read(s: SimState, t: number): Float64Array {
  const r = new Float64Array(s.periods!.width);
  const ts = s.typeStats;
  for (let ty = 0; ty < s.types.count; ty++) {
    r[ARRIVED] += ts.arrived[ty];
    r[DONE] += ts.done[ty];
    r[DEFECT] += ts.doneWithDefect[ty];
    r[REJECTED] += ts.rejected[ty];
    r[ABANDONED] += ts.abandoned[ty];
    r[BLOCKED] += ts.blocked[ty];
    r[CYCLE_N] += ts.cycleTime[ty].n;
    r[CYCLE_SUM] += ts.cycleTime[ty].sum;
  }
  r[ERRORS_MADE] = s.quality.errorsMade;
  r[ERRORS_ESCAPED] = s.quality.errorsEscaped;
  r[ESCALATIONS] = s.quality.escalations;
  const servers = s.servers;
  for (let k = 0; k < servers.count; k++) r[POOL_BUSY + servers.pool[k]] += s.serverStats.busyHours[k];
  for (let p = 0; p < s.pools.count; p++) r[POOL_BUSY + p] += s.poolStats.chairHours[p];
  // Items in the system add their item-hours so far to the WIP integral (as results does at the horizon).
  const wipArea = Float64Array.from(ts.wipArea);
  const items = s.items;
  for (let i = 0; i < items.capacity; i++) {
    if (items.alive[i] !== 1) continue;
    const arrived = Math.max(items.arrivalT[i], 0, s.warmup);
    if (t > arrived) wipArea[items.type[i]] += t - arrived;
    if (items.server[i] < 0 || items.complSeq[i] < 0) continue;
    const from = items.busyFrom[i] > s.warmup ? items.busyFrom[i] : s.warmup;
    if (t > from) r[POOL_BUSY + servers.pool[items.server[i]]] += t - from;
  }
  r[IN_SYSTEM] = items.live;
  r[COST] = costSoFar(s, t, r.subarray(POOL_BUSY), wipArea);
  return r;
}

/** The periods' figures at the end of the run (the last period ends at the horizon). */
export function periodFigures(s: SimState): PeriodFigures[] {
  const rec = s.periods!;
  const readings = rec.readings.concat([read(s, s.horizon)]);
  const out: PeriodFigures[] = [];
  for (let i = 0; i + 1 < readings.length; i++) {
    const a = readings[i];
    const b = readings[i + 1];
    const start = rec.starts[i];
    const end = i + 1 < rec.starts.length ? Math.min(rec.starts[i + 1], s.horizon) : s.horizon;
    const d = (k: number) => b[k] - a[k];
    const weeks = (end - start) / 168;
    const utilisation: Record<string, number> = {};
    const busyHours: Record<string, number> = {};
    s.model.pools.forEach((pool, p) => {
      // An executive has no calendar utilisation (its limit is the decision budget, not the diary), as
      // in the pools table and the headline: its decision hours over its open hours would show a
      // swamped executive at a few percent.
      if (pool.kind !== 'executive') {
        const available = capacityHours(s, p, start, end);
        utilisation[pool.id] = available > 0 ? d(POOL_BUSY + p) / available : 0;
      }
      busyHours[pool.id] = d(POOL_BUSY + p);
    });
    const cycleN = d(CYCLE_N);
    const delivered = d(DONE) + d(DEFECT);
    out.push({
      label: rec.labels[i],
      start,
      end,
      arrived: d(ARRIVED),
      done: d(DONE),
      doneWithDefect: d(DEFECT),
      rejected: d(REJECTED),
      abandoned: d(ABANDONED),
      blocked: d(BLOCKED),
      inSystemAtEnd: b[IN_SYSTEM],
      throughputPerWeek: weeks > 0 ? delivered / weeks : 0,
      cycleTime: cycleN > 0 ? d(CYCLE_SUM) / cycleN : 0,
      errorsMade: d(ERRORS_MADE),
      errorsEscaped: d(ERRORS_ESCAPED),
      escalations: d(ESCALATIONS),
      cost: d(COST),
      costPerDone: delivered > 0 ? d(COST) / delivered : 0,
      utilisation,
      busyHours,
    });
  }
  return out;
}
