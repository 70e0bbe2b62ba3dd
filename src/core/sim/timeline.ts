import { CLASS_TIMELINE, EV_TIMELINE } from './eventOrder.js';
import type { SimState } from './simState.js';
import {
  TL_ARRIVAL_MULTIPLIER,
  TL_CAPACITY,
  TL_COST,
  TL_DETECT,
  TL_ERROR_RATE,
  TL_PEAK_MULTIPLIER,
  TL_THRESHOLD,
} from './timelineTable.js';
import { dispatchPool } from './stepService.js';
import { changePrice } from './timelineCosts.js';
import { headsOvertime } from './shifts.js';

/** Schedules the timeline's first change; each change schedules the next, so the queue holds one at a time. */
export function startTimeline(s: SimState): void {
  scheduleChange(s, 0);
}

function scheduleChange(s: SimState, i: number): void {
  const tl = s.timeline;
  if (i < tl.count && tl.at[i] < s.horizon) s.eventQueue.push(tl.at[i], CLASS_TIMELINE, EV_TIMELINE, i);
}

/**
 * Change i of the timeline falls due. A headcount change acts like a shift change: more heads take
 * waiting work at once; with fewer, nobody's task in hand is taken away: the heads leaving finish it,
 * and no new task starts while as many are busy as the new headcount. It goes before every other
 * event at its instant (eventOrder.ts), so everything else then sees the new value: a pool opening at
 * that instant starts work with the new headcount. A pool whose calendar closes at that instant has
 * not been told yet, so it starts nothing now (its closing comes next).
 */
export function applyChange(s: SimState, i: number): void {
  const tl = s.timeline;
  const k = tl.index[i];
  const v = tl.value[i];
  switch (tl.kind[i]) {
    case TL_CAPACITY:
      s.pools.capacity[k] = v;
      if (s.pools.open[k] === 1 && (s.pools.calendar[k] === null || s.pools.calendar[k]!.isOpen(s.now))) {
        // The heads that leave finish their tasks in overtime, as at a roster's change.
        headsOvertime(s, k, s.now);
        dispatchPool(s, k);
      }
      break;
    case TL_ERROR_RATE: {
      const servers = tl.errorServers[k];
      const types = s.servers.typeCount;
      for (let j = 0; j < servers.length; j++)
        for (let ty = 0; ty < types; ty++) s.servers.errorRate[servers[j] * types + ty] = v;
      break;
    }
    case TL_ARRIVAL_MULTIPLIER:
      tl.multiplier[k] = v;
      break;
    case TL_PEAK_MULTIPLIER:
      tl.peak[k] = v;
      break;
    case TL_THRESHOLD:
      s.nodes.thresholdCuts[k]![tl.sub[i]] = v;
      break;
    case TL_DETECT:
      s.errors.detectProbability[k] = v;
      break;
    default:
      changePrice(s, k, tl.kind[i] - TL_COST, v);
  }
  scheduleChange(s, i + 1);
}

/**
 * Server-hours pool p was available in [a, b]: its headcount over time (the timeline's changes)
 * times its calendar's open hours, or the wall-clock hours for a pool without a calendar; for a
 * rostered pool, the head-hours of its slots (each head for its own slot's hours).
 */
export function capacityHours(s: SimState, p: number, a: number, b: number): number {
  const roster = s.pools.roster[p];
  if (roster !== null) return roster.paidHours(a, b);
  const times = s.timeline.capacityTimes[p];
  const values = s.timeline.capacityValues[p];
  const cal = s.pools.calendar[p];
  let total = 0;
  for (let j = 0; j < times.length; j++) {
    const from = times[j] > a ? times[j] : a;
    const to = j + 1 < times.length && times[j + 1] < b ? times[j + 1] : b;
    if (to <= from || values[j] === 0) continue;
    total += values[j] * (cal !== null ? cal.openHours(from, to) : to - from);
  }
  return total;
}
