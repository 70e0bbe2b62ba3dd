// `opsim fit`: a scenario from an event log, as a pipeline of named stages, each reporting its
// evidence (the shape of Simod, Camargo et al. 2020): instances (durations, estimated starts) ->
// flow (routing, open cases) -> kinds of case (quick and slow, when the log's case durations split
// in two) -> weekly profiles (arrivals, calendars) -> pools (headcount from concurrency) -> durations
// (a distribution per activity, and per item type, by Kolmogorov-Smirnov distance).

import type { EventLog } from '../model/eventLog.js';
import { civilFromDays, DAY_MS } from '../model/isoTime.js';
import { activityInstances, type CaseView, type Instance } from './activityInstances.js';
import { fitDurations, type DurationFit } from './durationFit.js';
import { caseKinds, type CaseKinds } from './caseKinds.js';
import { discoverFlow, END, transitions, type Flow } from './flow.js';
import { dailyWindow, hourHistogram, weekMaskOf, workingWeek, type DaySpan } from './weeklyProfile.js';
import { workingHoursBetween } from './workingHours.js';

export interface FitOptions {
  /** The scenario's horizon, e.g. "13w". */
  horizon: string;
  /** Fit only events before this instant (ms); the log's end otherwise (validation fits on a training part). */
  until?: number;
  /** The command that made the file, quoted in its header. */
  command?: string;
  source: string;
}

export interface FittedPool {
  id: string;
  group: string;
  /** Where the pool's name comes from: the log's org:group, its org:resource (no group), or neither. */
  source: 'group' | 'resource' | 'none';
  headcount: number;
  concurrency: number;
  resources: number;
  week: (DaySpan | null)[];
  events: number;
}

export interface FittedStep {
  id: string;
  activity: string;
  /** The pools that serve it, the one that did most of it first (`servingPools`). */
  servers: FittedServer[];
  /** Instances by pools that did too little of it to serve it, and how many such pools. */
  leftOut: { count: number; pools: number };
  count: number;
  fit: DurationFit | null;
  exact: number;
  estimated: number;
  unknown: number;
  next: { to: string; n: number }[];
  /** With several item types: each type's durations and routing at this step, in the order of `types`. */
  byType: FittedKindStep[] | null;
}

/** One pool serving a step: its share of the step's instances and its durations there. */
export interface FittedServer {
  pool: string;
  group: string;
  count: number;
  share: number;
  /** Its own fit, or the step's over all its pools when it has too few durations (`shared`). */
  fit: DurationFit | null;
  shared: boolean;
  durations: number;
  exact: number;
  estimated: number;
  /** With several item types: its durations for each type, in the order of `types`. */
  byType: FittedKindDurations[] | null;
}

/** One item type's durations at one step (or at one pool of a step). */
export interface FittedKindDurations {
  type: string;
  count: number;
  /** Its own fit, or the step's (or the step's for this type) when it has too few durations (`pooled`). */
  fit: DurationFit | null;
  pooled: boolean;
  durations: number;
}

/** One item type (a kind of case) at one step. */
export interface FittedKindStep extends FittedKindDurations {
  next: { to: string; n: number }[];
}

/**
 * Least share of an activity's instances, in percent, that makes a pool one of the step's servers.
 * A pool that did one in twenty took part in the work routinely; below that its few instances are
 * more likely a stand-in or a misfiled event, and listing it would lend the step that pool's whole
 * capacity (any pool in a step's `serve` takes the head of its queue when a server frees).
 */
export const LEAST_POOL_PERCENT = 5;

/** Fewest durations of one pool at a step served by several for a fit of its own. */
export const LEAST_POOL_DURATIONS = 10;

/**
 * The pools that serve an activity, from how many of its instances each did: the one that did most,
 * and every other that did at least LEAST_POOL_PERCENT of them, most first (ties by name: the
 * order is the step's order of preference, so it must not depend on the order of the log).
 */
export function servingPools(counts: ReadonlyMap<string, number>): {
  serving: { key: string; n: number }[];
  leftOut: { key: string; n: number }[];
} {
  const all = [...counts]
    .filter(([, n]) => n > 0)
    .map(([key, n]) => ({ key, n }))
    .sort((x, y) => y.n - x.n || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const total = all.reduce((s, x) => s + x.n, 0);
  // In integers, so that 3 of 60 is 5% exactly.
  const serves = (x: { n: number }, k: number) => k === 0 || 100 * x.n >= LEAST_POOL_PERCENT * total;
  return { serving: all.filter(serves), leftOut: all.filter((x, k) => !serves(x, k)) };
}

/**
 * A step whose every instance is its case's first event, with no start recorded: when the case
 * became known. The scenario serves it in no time by a pool of its own (scenarioText).
 */
export function isArrivalStep(st: Pick<FittedStep, 'fit' | 'unknown' | 'count'>): boolean {
  return st.fit === null && st.unknown === st.count;
}

/** Fewest durations of one item type at a step for a fit of its own. */
export const LEAST_KIND_DURATIONS = 10;

export interface FittedType {
  id: string;
  cases: number;
  perDay: number[];
  window: DaySpan;
  hourly: number[];
}

export interface FittedModel {
  source: string;
  from: number;
  to: number;
  offsetMin: number;
  weeks: number;
  events: number;
  cases: number;
  types: FittedType[];
  entry: { to: string; n: number }[];
  /** With several item types: each type's first activities, in the order of `types`. */
  entryByType: { to: string; n: number }[][] | null;
  /** The split into quick and slow cases, or null (one kind, or the log's own case types). */
  kinds: CaseKinds | null;
  steps: FittedStep[];
  /** The pools some step is served by. */
  pools: FittedPool[];
  /** The scenario's functions: each pool's, and each step's (its first pool's group, served or not). */
  functions: string[];
  wip: { type: string; step: string; state: 'waiting' | 'inService'; count: number; ageHours: number }[];
  instances: { exact: number; estimated: number; unknown: number };
  openCases: number;
  flow: Flow;
  cv: CaseView[];
}

/** An id the scenario format accepts: a letter, then letters, digits, '-' or '_', at most 64. */
export function slug(name: string, taken: Set<string>): string {
  let s = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!/^[a-z]/.test(s)) s = `a-${s}`;
  s = s.slice(0, 56).replace(/-+$/, '') || 'a';
  let out = s;
  for (let k = 2; taken.has(out) || out === 'done' || out === 'start' || out === 'default'; k++) out = `${s}-${k}`;
  taken.add(out);
  return out;
}

function modalOffset(log: EventLog): number {
  const counts = new Map<number, number>();
  for (let k = 0; k < log.n; k++) counts.set(log.offsetMin[k], (counts.get(log.offsetMin[k]) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

export function fitModel(log: EventLog, o: FitOptions): FittedModel {
  let from = Infinity;
  let to = -Infinity;
  for (let k = 0; k < log.n; k++) {
    from = Math.min(from, log.ms[k]);
    to = Math.max(to, log.ms[k]);
  }
  const end = o.until ?? to;
  const offsetMin = modalOffset(log);
  const { cases, columns, exact, estimated, unknown } = activityInstances(log);
  const nActs = log.activities.length;
  const flow = discoverFlow(cases, columns, nActs, end);
  const weeks = Math.max((end - from) / (7 * DAY_MS), 1 / 7);

  // Item types: the log's case:type, else two kinds of case when their durations split in two
  // (caseKinds.ts), else one type "case".
  const kinds = log.types.length === 0 ? caseKinds(cases, flow.open, end) : null;
  const typeOf = (ci: number) => (kinds !== null ? (kinds.quick[ci] ? 0 : 1) : Math.max(0, log.caseType[ci]));
  const typeNames = log.types.length > 0 ? [...log.types] : kinds !== null ? ['quick case', 'long case'] : ['case'];
  const taken = new Set<string>();
  const typeIds = typeNames.map((t) => slug(t, taken));
  const arrivalsByType: { ms: number; offsetMin: number }[][] = typeNames.map(() => []);
  const offsetOfCase = new Int16Array(cases.length);
  for (let k = 0; k < log.n; k++) offsetOfCase[log.caseOf[k]] = log.offsetMin[k];
  cases.forEach((c, ci) => {
    arrivalsByType[typeOf(ci)].push({ ms: c.first, offsetMin: offsetOfCase[ci] });
  });
  const types: FittedType[] = typeIds.map((id, t) => {
    const hourly = hourHistogram(arrivalsByType[t]);
    const perDay = [0, 1, 2, 3, 4, 5, 6].map(
      (d) => hourly.slice(d * 24, d * 24 + 24).reduce((s, x) => s + x, 0) / weeks,
    );
    return { id, cases: arrivalsByType[t].length, perDay, window: dailyWindow(arrivalsByType[t]), hourly };
  });

  // Pools: one per org:group (else one per resource name before '#', else one "staff" pool).
  const all: Instance[] = cases.flatMap((c) => c.instances);
  // A resource's pool is its name before '#': worked out once per resource, not per instance (a
  // year of the company has half a million instances).
  const resourcePool = log.resources.map((r) => r.replace(/#\d+$/, ''));
  const poolKey = (i: Instance) => (i.grp >= 0 ? log.groups[i.grp] : i.res >= 0 ? resourcePool[i.res] : 'staff');
  // Each pool's instances, in the order of `all`.
  const byPool = new Map<string, Instance[]>();
  for (const i of all) {
    const key = poolKey(i);
    const xs = byPool.get(key);
    if (xs === undefined) byPool.set(key, [i]);
    else xs.push(i);
  }
  const poolNames = [...byPool.keys()].sort();
  const poolTaken = new Set<string>(typeIds);
  const poolIds = new Map(poolNames.map((p) => [p, slug(p, poolTaken)]));
  const pools: FittedPool[] = poolNames.map((name) => {
    const xs = byPool.get(name)!;
    const times = xs.flatMap((i) =>
      i.how === 'exact'
        ? [
            { ms: i.start, offsetMin },
            { ms: i.end, offsetMin },
          ]
        : [{ ms: i.end, offsetMin }],
    );
    const concurrency = mostAtOnce(xs);
    const resources = new Set(xs.map((i) => i.res).filter((r) => r >= 0)).size;
    const headcount = Math.max(1, resources > 0 ? Math.min(concurrency, resources) : concurrency);
    return {
      id: poolIds.get(name)!,
      group: name,
      source: xs[0].grp >= 0 ? 'group' : xs[0].res >= 0 ? 'resource' : 'none',
      headcount,
      concurrency,
      resources,
      week: workingWeek(times),
      events: xs.length,
    };
  });
  const maskOf = new Map(pools.map((p) => [p.group, weekMaskOf(p.week)]));

  // Steps: one per activity, served by every pool that did a real share of it (servingPools).
  const stepTaken = new Set<string>([...typeIds, ...pools.map((p) => p.id)]);
  const stepIds = log.activities.map((a) => slug(a, stepTaken));
  const byAct: Instance[][] = log.activities.map(() => []);
  for (const i of all) byAct[i.act].push(i);
  const target = (a: number) => (a === END ? 'done' : stepIds[a]);
  const sortNext = (m: Map<number, number>) =>
    [...m].map(([a, n]) => ({ to: target(a), n })).sort((x, y) => y.n - x.n || (x.to < y.to ? -1 : 1));
  // With several item types (the log's case:type, or the two kinds of case), each type's own routing
  // and durations: a quick case takes the main path in one sitting; a deal and a ticket take theirs.
  const kindFlows =
    typeIds.length < 2 ? null : typeIds.map((_, t) => transitions(cases, flow.open, nActs, (ci) => typeOf(ci) === t));
  const steps: FittedStep[] = log.activities.map((activity, a) => {
    const xs = byAct[a];
    const counts = new Map<string, number>();
    for (const i of xs) {
      const key = poolKey(i);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const { serving, leftOut } = servingPools(counts);
    if (serving.length === 0) serving.push({ key: 'staff', n: 0 });
    const serves = new Set(serving.map((x) => x.key));
    // Each instance's duration in the working hours of the pool that did it, as that pool will serve
    // it; a left-out pool's instances are served by the first pool, so in its hours. Worked out once
    // for the step, its pools and its item types (NaN where the start is unknown, and left out).
    const hoursAt = xs.map((i) => {
      if (i.how === 'unknown') return NaN;
      const key = poolKey(i);
      return workingHoursBetween(maskOf.get(serves.has(key) ? key : serving[0].key)!, i.start, i.end, offsetMin);
    });
    const hoursOf = (keep: (k: number) => boolean) => {
      const out: number[] = [];
      for (let k = 0; k < xs.length; k++) if (xs[k].how !== 'unknown' && keep(k)) out.push(hoursAt[k]);
      return out;
    };
    const fit = fitDurations(hoursOf(() => true));
    const byType =
      kindFlows === null
        ? null
        : typeIds.map((type, t): FittedKindStep => {
            const mine = xs.filter((i) => typeOf(i.caseIx) === t);
            const hours = hoursOf((k) => typeOf(xs[k].caseIx) === t);
            const own = hours.length >= LEAST_KIND_DURATIONS ? fitDurations(hours) : null;
            return {
              type,
              count: mine.length,
              fit: own ?? fit,
              pooled: own === null,
              durations: hours.length,
              next: sortNext(kindFlows[t].counts[a]),
            };
          });
    const servers = serving.map(({ key, n }): FittedServer => {
      const by = (i: Instance) => poolKey(i) === key;
      const exact = xs.filter((i) => by(i) && i.how === 'exact').length;
      const estimated = xs.filter((i) => by(i) && i.how === 'estimated').length;
      const server = {
        pool: poolIds.get(key) ?? 'staff',
        group: key,
        count: n,
        share: xs.length > 0 ? n / xs.length : 0,
      };
      // One pool serves what every pool did: the step's own fits.
      if (serving.length === 1)
        return { ...server, fit, shared: false, durations: exact + estimated, exact, estimated, byType };
      const hours = hoursOf((k) => by(xs[k]));
      const own = hours.length >= LEAST_POOL_DURATIONS ? fitDurations(hours) : null;
      return {
        ...server,
        fit: own ?? fit,
        shared: own === null,
        durations: hours.length,
        exact,
        estimated,
        byType:
          byType === null
            ? null
            : byType.map((k, t): FittedKindDurations => {
                const mine = hoursOf((j) => by(xs[j]) && typeOf(xs[j].caseIx) === t);
                const ownKind = mine.length >= LEAST_KIND_DURATIONS ? fitDurations(mine) : null;
                return {
                  type: k.type,
                  count: xs.filter((i) => by(i) && typeOf(i.caseIx) === t).length,
                  fit: ownKind ?? k.fit,
                  pooled: ownKind === null,
                  durations: mine.length,
                };
              }),
      };
    });
    return {
      id: stepIds[a],
      activity,
      servers,
      leftOut: { count: leftOut.reduce((s, x) => s + x.n, 0), pools: leftOut.length },
      count: xs.length,
      fit,
      exact: xs.filter((i) => i.how === 'exact').length,
      estimated: xs.filter((i) => i.how === 'estimated').length,
      unknown: xs.filter((i) => i.how === 'unknown').length,
      next: sortNext(flow.counts[a]),
      byType,
    };
  });
  // A pool of only arrival events (events without a resource are often a case's first, as the
  // system recording it) or of only left-out shares serves no step: the arrival steps take no one's
  // time and a left-out share goes to the step's first pool. Written anyway, it was a pool with a
  // headcount and hours of its own that nothing used.
  const served = new Set(steps.filter((st) => !isArrivalStep(st)).flatMap((st) => st.servers.map((v) => v.pool)));
  const stepFunctions = new Set(steps.map((st) => st.servers[0].pool));
  const functions = pools.map((p) => p.id).filter((id) => served.has(id) || stepFunctions.has(id));
  const usedPools = pools.filter((p) => served.has(p.id));
  const entry = sortNext(flow.firsts);
  const entryByType = kindFlows === null ? null : kindFlows.map((f) => sortNext(f.firsts));

  // Work in progress at the end: open cases wait at their most likely next step (or are in service).
  const wipAcc = new Map<
    string,
    { type: string; step: string; state: 'waiting' | 'inService'; count: number; age: number }
  >();
  cases.forEach((c, ci) => {
    if (!flow.open[ci]) return;
    const t = typeOf(ci);
    const type = typeIds[t];
    let step: string;
    let state: 'waiting' | 'inService' = 'waiting';
    if (c.openStart >= 0) {
      step = stepIds[c.openStart];
      state = 'inService';
    } else if (c.instances.length === 0) step = (entryByType?.[t] ?? entry)[0]?.to ?? stepIds[0];
    else {
      const last = steps[c.instances[c.instances.length - 1].act];
      const own = last.byType?.[t].next ?? [];
      const nexts = (own.length > 0 ? own : last.next).filter((x) => x.to !== 'done');
      if (nexts.length === 0) return;
      step = nexts[0].to;
    }
    const key = `${type}|${step}|${state}`;
    const w = wipAcc.get(key) ?? { type, step, state, count: 0, age: 0 };
    w.count++;
    w.age += (end - c.first) / 3_600_000;
    wipAcc.set(key, w);
  });
  const wip = [...wipAcc.values()]
    .sort((a, b) => (a.step < b.step ? -1 : a.step > b.step ? 1 : a.state < b.state ? -1 : 1))
    .map((w) => ({ type: w.type, step: w.step, state: w.state, count: w.count, ageHours: w.age / w.count }));

  return {
    source: o.source,
    from,
    to: end,
    offsetMin,
    weeks,
    events: log.n,
    cases: cases.length,
    types,
    entry,
    entryByType,
    kinds,
    steps,
    pools: usedPools,
    functions,
    wip,
    instances: { exact, estimated, unknown },
    openCases: flow.openCount,
    flow,
    cv: cases,
  };
}

/** "YYYY-MM-DD" of the UTC day holding ms. */
export function utcDate(ms: number): string {
  const { y, m, d } = civilFromDays(Math.floor(ms / DAY_MS));
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The most instances in progress at one time (an end before a start at the same instant). Starts
 * and ends are sorted apart, as numbers, and swept together: a year of a pool's instances is a
 * million edges, which sorting as pairs with a comparator took a good part of a fit to do.
 */
export function mostAtOnce(xs: readonly Instance[]): number {
  let n = 0;
  for (const i of xs) if (i.how !== 'unknown' && i.end > i.start) n++;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  let k = 0;
  for (const i of xs)
    if (i.how !== 'unknown' && i.end > i.start) {
      starts[k] = i.start;
      ends[k++] = i.end;
    }
  starts.sort();
  ends.sort();
  let busy = 0;
  let most = 0;
  for (let a = 0, b = 0; a < n;) {
    if (ends[b] <= starts[a]) {
      busy--;
      b++;
    } else {
      busy++;
      a++;
      if (busy > most) most = busy;
    }
  }
  return most;
}
