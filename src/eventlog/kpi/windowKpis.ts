// Figures of a log per window of calendar time, measured the same way on a real log and on a
// simulated one, so that the two can be compared: arrivals (cases whose first event falls in the
// window, by type), throughput (cases that end in the window), cycle time of the cases that both
// start after `since` and end in the window (so work already open when observation began does not
// count on either side), completions per activity, busy hours and completions per pool.
//
// A case has ended when its last event is the completion of an activity after which cases usually
// end (`ends`, P(end | last) >= 1/2, learned from one log and applied to both).

import { activityInstances, type CaseView } from '../fit/activityInstances.js';
import { endShares, quantile } from '../fit/flow.js';
import type { EventLog } from '../model/eventLog.js';

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

export interface LogView {
  log: EventLog;
  cases: CaseView[];
}

export function viewOf(log: EventLog): LogView {
  return { log, cases: activityInstances(log).cases };
}

/** Activities after which cases usually end (P(end | last completed = a) >= 1/2). */
export function endActivities(v: LogView): Set<string> {
  const share = endShares(v.cases, v.log.activities.length);
  return new Set(v.log.activities.filter((_, a) => share[a] >= 0.5));
}

export const poolOfResource = (r: string) => r.replace(/#\d+$/, '');

export function windowKpis(
  v: LogView,
  ends: Set<string>,
  windows: readonly [number, number][],
  since: number,
): WindowKpis[] {
  const { log, cases } = v;
  const out: WindowKpis[] = windows.map(([from, to]) => ({
    from,
    to,
    arrivals: {},
    throughput: 0,
    cycle: { mean: NaN, p50: NaN, p90: NaN, n: 0 },
    activities: {},
    busyHours: {},
    completionsByPool: {},
  }));
  const cycles: number[][] = windows.map(() => []);
  const find = (t: number) => {
    let lo = 0;
    let hi = windows.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (t < windows[mid][0]) hi = mid - 1;
      else if (t >= windows[mid][1]) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  const bump = (r: Record<string, number>, k: string, by = 1) => (r[k] = (r[k] ?? 0) + by);
  const typeOf = (c: number) => (log.caseType[c] >= 0 ? log.types[log.caseType[c]] : 'case');
  cases.forEach((c, ci) => {
    const w0 = find(c.first);
    if (w0 >= 0 && c.first > since) bump(out[w0].arrivals, typeOf(ci));
    for (const i of c.instances) {
      const w = find(i.end);
      if (w >= 0) {
        bump(out[w].activities, log.activities[i.act]);
        if (i.res >= 0) bump(out[w].completionsByPool, poolOfResource(log.resources[i.res]));
      }
      if (i.how === 'exact' && i.res >= 0) {
        const pool = poolOfResource(log.resources[i.res]);
        for (let k = Math.max(0, find(i.start)); k < windows.length && windows[k][0] < i.end; k++) {
          const h = (Math.min(i.end, windows[k][1]) - Math.max(i.start, windows[k][0])) / 3_600_000;
          if (h > 0) bump(out[k].busyHours, pool, h);
        }
      }
    }
    const last = c.instances[c.instances.length - 1];
    if (!c.lastIsComplete || c.openStart >= 0 || last === undefined || !ends.has(log.activities[last.act])) return;
    const w = find(c.last);
    if (w < 0) return;
    out[w].throughput++;
    if (c.first > since) cycles[w].push((c.last - c.first) / 3_600_000);
  });
  out.forEach((k, w) => {
    const xs = cycles[w].sort((a, b) => a - b);
    if (xs.length > 0)
      k.cycle = {
        mean: xs.reduce((s, x) => s + x, 0) / xs.length,
        p50: quantile(xs, 0.5),
        p90: quantile(xs, 0.9),
        n: xs.length,
      };
  });
  return out;
}
