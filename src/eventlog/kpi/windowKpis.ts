// Figures of a log per window of calendar time, measured the same way on a real log and on a
// simulated one, so that the two can be compared: arrivals (cases whose first event falls in the
// window, by type), throughput (cases that end in the window), cycle time of the cases that both
// start after `since` and end in the window (so work already open when observation began does not
// count on either side), completions per activity, busy hours and completions per pool.
//
// A case has ended when its last event is the completion of an activity after which cases usually
// end (`ends`, P(end | last) >= 1/2, learned from one log and applied to both).

import { quantile } from '../fit/flow.js';
import { endShares, pairInstances, type InstanceColumns } from '../fit/instanceColumns.js';
import type { EventLog } from '../model/eventLog.js';
import { Names } from '../model/names.js';

export interface WindowKpis {
  from: number;
  to: number;
  arrivals: Record<string, number>;
  throughput: number;
  cycle: { mean: number; p50: number; p90: number; n: number };
  activities: Record<string, number>;
  /** Busy hours of recorded start-to-completion intervals, by pool (the resource's name before '#'). */
  busyHours: Record<string, number>;
  completionsByPool: Record<string, number>;
}

/** A log with its activity instances, as the KPIs read it (starts as recorded; none estimated). */
export interface LogView {
  log: EventLog;
  instances: InstanceColumns;
}

export function viewOf(log: EventLog): LogView {
  return { log, instances: pairInstances(log) };
}

/** Activities after which cases usually end (P(end | last completed = a) >= 1/2, fit's endShares). */
export function endActivities(v: LogView): Set<string> {
  const share = endShares(v.instances, v.log.activities.length);
  return new Set(v.log.activities.filter((_, a) => share[a] >= 0.5));
}

export const poolOfResource = (r: string) => r.replace(/#\d+$/, '');

export function windowKpis(
  v: LogView,
  ends: Set<string>,
  windows: readonly [number, number][],
  since: number,
): WindowKpis[] {
  const { log, instances: ins } = v;
  const n = windows.length;
  // Counted by index (activity, pool, type) in typed arrays and named at the end: a simulated
  // quarter of the company has half a million activity instances.
  const pools = new Names();
  const poolOf = Int32Array.from(log.resources, (r) => pools.id(poolOfResource(r)));
  const types = new Names();
  const typeOf = Int32Array.from(log.caseType, (t) => types.id(t >= 0 ? log.types[t] : 'case'));
  const arrivals = new Float64Array(n * types.names.length);
  const activities = new Float64Array(n * log.activities.length);
  const completions = new Float64Array(n * pools.names.length);
  const busy = new Float64Array(n * pools.names.length);
  const touched = new Uint8Array(n * pools.names.length);
  const throughput = new Float64Array(n);
  const cycles: number[][] = windows.map(() => []);
  const endsAt = new Uint8Array(log.activities.length);
  log.activities.forEach((a, k) => (endsAt[k] = ends.has(a) ? 1 : 0));
  const find = (t: number) => {
    let lo = 0;
    let hi = n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (t < windows[mid][0]) hi = mid - 1;
      else if (t >= windows[mid][1]) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  for (let ci = 0; ci < log.cases.length; ci++) {
    const first = ins.first[ci];
    const w0 = find(first);
    if (w0 >= 0 && first > since) arrivals[w0 * types.names.length + typeOf[ci]]++;
    const from = ins.caseStart[ci];
    const to = ins.caseStart[ci + 1];
    for (let k = from; k < to; k++) {
      const end = ins.end[k];
      const res = ins.res[k];
      const w = find(end);
      if (w >= 0) {
        activities[w * log.activities.length + ins.act[k]]++;
        if (res >= 0) completions[w * pools.names.length + poolOf[res]]++;
      }
      // Busy hours only where the log recorded the start.
      const start = ins.start[k];
      if (!Number.isNaN(start) && res >= 0) {
        const pool = poolOf[res];
        for (let j = Math.max(0, find(start)); j < n && windows[j][0] < end; j++) {
          const h = (Math.min(end, windows[j][1]) - Math.max(start, windows[j][0])) / 3_600_000;
          if (h > 0) {
            busy[j * pools.names.length + pool] += h;
            touched[j * pools.names.length + pool] = 1;
          }
        }
      }
    }
    if (ins.lastIsComplete[ci] === 0 || ins.openStart[ci] >= 0 || to === from || endsAt[ins.act[to - 1]] === 0)
      continue;
    const last = ins.last[ci];
    const w = find(last);
    if (w < 0) continue;
    throughput[w]++;
    if (first > since) cycles[w].push((last - first) / 3_600_000);
  }
  return windows.map(([from, to], w) => {
    const xs = cycles[w].sort((a, b) => a - b);
    return {
      from,
      to,
      arrivals: named(types.names, arrivals, w),
      throughput: throughput[w],
      cycle:
        xs.length > 0
          ? {
              mean: xs.reduce((s, x) => s + x, 0) / xs.length,
              p50: quantile(xs, 0.5),
              p90: quantile(xs, 0.9),
              n: xs.length,
            }
          : { mean: NaN, p50: NaN, p90: NaN, n: 0 },
      activities: named(log.activities, activities, w),
      busyHours: named(pools.names, busy, w, touched),
      completionsByPool: named(pools.names, completions, w),
    };
  });
}

/** Window w's row of a table by name, with the names counted (or, with `touched`, added to) only. */
function named(names: readonly string[], table: Float64Array, w: number, touched?: Uint8Array): Record<string, number> {
  const out: Record<string, number> = {};
  const base = w * names.length;
  for (let k = 0; k < names.length; k++)
    if (touched !== undefined ? touched[base + k] === 1 : table[base + k] > 0) out[names[k]] = table[base + k];
  return out;
}
