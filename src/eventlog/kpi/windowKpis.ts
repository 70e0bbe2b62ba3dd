// Figures of a log per window of calendar time, measured the same way on a real log and on a
// simulated one, so that the two can be compared: arrivals (cases whose first event falls in the
// window, by type), throughput (cases that end in the window), cycle time of the cases that both
// start after `since` and end in the window (so work already open when observation began does not
// count on either side), completions per activity, busy hours and completions per pool.
//
// A case has ended when its last event is the completion of an activity after which cases usually
// end (`ends`, P(end | last) >= 1/2). Drift learns them from all its simulated runs together, so
// a run is measured in two steps: windowFigures keeps the cases that stop in each window by their
// last activity, and withEnds adds up those whose last activity is an end.

import { quantile } from '../fit/flow.js';
import { lastInstanceCounts, pairInstances, type InstanceColumns } from '../fit/instanceColumns.js';
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

/** A window's figures before it is known which activities end a case. */
export interface WindowFigures {
  from: number;
  to: number;
  arrivals: Record<string, number>;
  activities: Record<string, number>;
  busyHours: Record<string, number>;
  completionsByPool: Record<string, number>;
  /**
   * The cases whose last event is a completion in this window, by that activity: how many, and the
   * cycle times (hours) of those that started after `since`.
   */
  stopsAfter: Record<string, { cases: number; cycles: number[] }>;
}

/** Per activity: how many of its instances were the last of their case, and how many there were. */
export type EndCounts = Record<string, [last: number, all: number]>;

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
  return endsOf([endCounts(v)]);
}

/** The counts behind P(end | last completed = a), by activity name, for pooling over logs. */
export function endCounts(v: LogView): EndCounts {
  const { last, all } = lastInstanceCounts(v.instances, v.log.activities.length);
  const out: EndCounts = {};
  v.log.activities.forEach((a, k) => {
    if (all[k] > 0) out[a] = [last[k], all[k]];
  });
  return out;
}

/** The activities whose instances, over all the logs counted, were the last of their case at least half the time. */
export function endsOf(counts: readonly EndCounts[]): Set<string> {
  const last = new Map<string, number>();
  const all = new Map<string, number>();
  for (const c of counts)
    for (const [a, [l, n]] of Object.entries(c)) {
      last.set(a, (last.get(a) ?? 0) + l);
      all.set(a, (all.get(a) ?? 0) + n);
    }
  return new Set([...all.keys()].filter((a) => all.get(a)! > 0 && last.get(a)! / all.get(a)! >= 0.5));
}

export const poolOfResource = (r: string) => r.replace(/#\d+$/, '');

export function windowKpis(
  v: LogView,
  ends: Set<string>,
  windows: readonly [number, number][],
  since: number,
): WindowKpis[] {
  return windowFigures(v, windows, since).map((f) => withEnds(f, ends));
}

/** A log's figures per window, with the cases that stop in each kept by their last activity (see withEnds). */
export function windowFigures(v: LogView, windows: readonly [number, number][], since: number): WindowFigures[] {
  const { log, instances: ins } = v;
  const n = windows.length;
  const nActs = log.activities.length;
  // Counted by index (activity, pool, type) in typed arrays and named at the end: a simulated
  // quarter of the company has half a million activity instances.
  const pools = new Names();
  const poolOf = Int32Array.from(log.resources, (r) => pools.id(poolOfResource(r)));
  const types = new Names();
  const typeOf = Int32Array.from(log.caseType, (t) => types.id(t >= 0 ? log.types[t] : 'case'));
  const arrivals = new Float64Array(n * types.names.length);
  const activities = new Float64Array(n * nActs);
  const completions = new Float64Array(n * pools.names.length);
  const busy = new Float64Array(n * pools.names.length);
  const touched = new Uint8Array(n * pools.names.length);
  // By window and last activity.
  const stops = new Float64Array(n * nActs);
  const cycles: (number[] | undefined)[] = new Array(n * nActs);
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
        activities[w * nActs + ins.act[k]]++;
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
    if (ins.lastIsComplete[ci] === 0 || ins.openStart[ci] >= 0 || to === from) continue;
    const last = ins.last[ci];
    const w = find(last);
    if (w < 0) continue;
    const at = w * nActs + ins.act[to - 1];
    stops[at]++;
    if (first > since) (cycles[at] ??= []).push((last - first) / 3_600_000);
  }
  return windows.map(([from, to], w) => {
    const stopsAfter: WindowFigures['stopsAfter'] = {};
    for (let a = 0; a < nActs; a++)
      if (stops[w * nActs + a] > 0)
        stopsAfter[log.activities[a]] = { cases: stops[w * nActs + a], cycles: cycles[w * nActs + a] ?? [] };
    return {
      from,
      to,
      arrivals: named(types.names, arrivals, w),
      activities: named(log.activities, activities, w),
      busyHours: named(pools.names, busy, w, touched),
      completionsByPool: named(pools.names, completions, w),
      stopsAfter,
    };
  });
}

/** A window's KPIs once `ends` says which last activities mean a case has ended. */
export function withEnds(f: WindowFigures, ends: ReadonlySet<string>): WindowKpis {
  let throughput = 0;
  const xs: number[] = [];
  for (const [a, s] of Object.entries(f.stopsAfter)) {
    if (!ends.has(a)) continue;
    throughput += s.cases;
    for (const x of s.cycles) xs.push(x);
  }
  xs.sort((a, b) => a - b);
  return {
    from: f.from,
    to: f.to,
    arrivals: f.arrivals,
    throughput,
    cycle:
      xs.length > 0
        ? {
            mean: xs.reduce((s, x) => s + x, 0) / xs.length,
            p50: quantile(xs, 0.5),
            p90: quantile(xs, 0.9),
            n: xs.length,
          }
        : { mean: NaN, p50: NaN, p90: NaN, n: 0 },
    activities: f.activities,
    busyHours: f.busyHours,
    completionsByPool: f.completionsByPool,
  };
}

/** Window w's row of a table by name, with the names counted (or, with `touched`, added to) only. */
function named(names: readonly string[], table: Float64Array, w: number, touched?: Uint8Array): Record<string, number> {
  const out: Record<string, number> = {};
  const base = w * names.length;
  for (let k = 0; k < names.length; k++)
    if (touched !== undefined ? touched[base + k] === 1 : table[base + k] > 0) out[names[k]] = table[base + k];
  return out;
}
