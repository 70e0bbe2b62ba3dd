// windowKpis counts by index in typed arrays, on the activity instances in columns, and names the
// counts at the end. The oracle below is the plain version it replaced (the instances as fit's
// objects, counts bumped by name), and endActivities to the same share counted on the objects; they must agree on
// any log and any windows: the figures drift and fit validation compare are these. Drift pools where
// cases end over its runs; the pooled share is checked against the same counts over all the logs.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  endActivities,
  EventLogBuilder,
  viewOf,
  windowKpis,
  type EventLog,
  type Lifecycle,
} from '../../src/eventlog/index.js';
import { endCounts, endsOf, poolOfResource, type WindowKpis } from '../../src/eventlog/kpi/windowKpis.js';
import { quantile } from '../../src/eventlog/fit/flow.js';
import { activityInstances } from '../../src/eventlog/fit/activityInstances.js';

function oracle(log: EventLog, ends: Set<string>, windows: readonly [number, number][], since: number): WindowKpis[] {
  const cases = activityInstances(log).cases;
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

const event = fc.record({
  c: fc.integer({ min: 0, max: 7 }),
  a: fc.integer({ min: 0, max: 3 }),
  life: fc.constantFrom<Lifecycle>('start', 'complete', 'complete', 'schedule'),
  t: fc.integer({ min: 0, max: 60 }),
  r: fc.integer({ min: -1, max: 3 }),
  type: fc.constantFrom(undefined, 'deal', 'ticket'),
});

describe('windowKpis', () => {
  test('agrees with counting by name on any log and windows', () => {
    fc.assert(
      fc.property(
        fc.array(event, { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 5, max: 30 }),
        fc.integer({ min: -5, max: 20 }),
        fc.subarray(['act-0', 'act-1', 'act-2', 'act-3']),
        (events, n, width, since, ends) => {
          const b = new EventLogBuilder();
          for (const e of events)
            b.add({
              caseId: `case-${e.c}`,
              activity: `act-${e.a}`,
              lifecycle: e.life,
              ms: e.t * 3_600_000,
              offsetMin: 0,
              resource: e.r < 0 ? undefined : `pool-${e.r % 2}#${e.r}`,
              caseType: e.type,
            });
          const log = b.build();
          const v = viewOf(log);
          const windows = Array.from({ length: n }, (_, i): [number, number] => [
            i * width * 3_600_000,
            (i + 1) * width * 3_600_000,
          ]);
          const end = new Set(ends);
          expect(windowKpis(v, end, windows, since * 3_600_000)).toEqual(oracle(log, end, windows, since * 3_600_000));
          // P(end | last = a) counted on fit's objects, as it was before the columns.
          const last = new Float64Array(log.activities.length);
          const all = new Float64Array(log.activities.length);
          for (const c of activityInstances(log).cases) {
            for (const i of c.instances) all[i.act]++;
            if (c.instances.length > 0) last[c.instances[c.instances.length - 1].act]++;
          }
          expect([...endActivities(v)]).toEqual(log.activities.filter((_, a) => all[a] > 0 && last[a] / all[a] >= 0.5));
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('where cases end, pooled over logs, is the share of last instances over all their instances together', () => {
    const logOf = (events: { c: number; a: number; life: Lifecycle; t: number }[]) => {
      const b = new EventLogBuilder();
      for (const e of events)
        b.add({ caseId: `case-${e.c}`, activity: `act-${e.a}`, lifecycle: e.life, ms: e.t * 3_600_000, offsetMin: 0 });
      return b.build();
    };
    fc.assert(
      fc.property(
        fc.array(fc.array(event, { minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 4 }),
        (runs) => {
          const logs = runs.map(logOf);
          const last = new Map<string, number>();
          const all = new Map<string, number>();
          for (const log of logs)
            for (const c of activityInstances(log).cases) {
              for (const i of c.instances) all.set(log.activities[i.act], (all.get(log.activities[i.act]) ?? 0) + 1);
              const end = c.instances.at(-1);
              if (end) last.set(log.activities[end.act], (last.get(log.activities[end.act]) ?? 0) + 1);
            }
          const expected = [...all.keys()].filter((a) => (last.get(a) ?? 0) / all.get(a)! >= 0.5).sort();
          expect([...endsOf(logs.map((l) => endCounts(viewOf(l))))].sort()).toEqual(expected);
          // In any order of the logs.
          expect([...endsOf(logs.map((l) => endCounts(viewOf(l))).reverse())].sort()).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
