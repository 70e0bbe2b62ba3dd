// The service completions a run does at least: every arrival visits steps, and rework and routing
// loops can make each arrival visit them hundreds of times. The pre-flight refuses a model whose
// work certainly passes limits.maxEvents; counting arrivals alone let a rework loop that multiplies
// each arrival by a thousand start a run that the engine's event guard stopped only minutes later.
//
// This is a LOWER bound (in expectation) by construction, so that it never refuses a model that
// would have run within the limits. Each item type's path is a Markov chain over (node, has an open
// error, rework rounds so far); expected visits are the sum of the powers of its transition matrix,
// which only grows with each transition probability. So every probability that cannot be worked out
// from the model is taken at its least: a route decided by an attribute or by functions touched
// counts only the share every outcome sends to a node (often none); a step an item may leave without
// service (a queue capacity, an SLA, patience), a step no pool certainly serves (only rosters, rate
// limits, budgets or `when` conditions, or a pool shared with steps whose demand is not known) and a
// forum that may hold items back (a decision limit per session, a chair's budget) count no completion
// and no onward route. Where demand may pass half the certain capacity of a step's pools (their open
// share of the week), only the share of the item types' arrivals that half serves is counted. Error
// and detection rates are not monotone in this sense (more detection means more rounds but fewer
// open errors later), so each rate set the timeline puts in force is solved and the least visits
// kept. Items that arrive too late to do their visits before the horizon (four times their service,
// spread over open hours, the longest closure of a calendar, forums and handoffs) count none.

import type { Calendar, Condition, Dist, Model, Route, RouteTarget } from '../../core/index.js';
import { compareOp, distMean } from '../../core/model/index.js';
import type { WorkPart } from './preflight.js';

/** What one step does per run, at least, for the pre-flight's total and its message. */
export interface StepVisits {
  node: number;
  /** Service completions over the horizon. */
  completions: number;
  /** Completions per arrival of any type over the horizon. */
  perArrival: number;
  /** Rework rounds sent back from this node (as the detecting node), over the horizon. */
  reworkSent: number;
}

// A bound on the arithmetic the estimate may spend (about 50 ms): beyond it, the remaining item
// types count nothing, which keeps it a lower bound.
const WORK_BUDGET = 5e7;
// Most rate sets of the timeline solved; a timeline with more leaves the estimate out.
const MAX_CONFIGS = 16;
// The share of a step's certain capacity counted as served when demand may exceed it.
const CAPACITY_SHARE = 0.5;
// An item's time at a step, as a multiple of its mean service: generous for the waits of a step
// loaded to at most CAPACITY_SHARE.
const SOJOURN_FACTOR = 4;

const UNKNOWN = 2;
type Truth = 0 | 1 | typeof UNKNOWN;

/**
 * The service completions each step does at least over the horizon (see the header), as work parts
 * named by step, and the per-step figures for the pre-flight's message.
 */
export function estimateVisits(model: Model): { parts: WorkPart[]; steps: StepVisits[] } {
  const none = { parts: [], steps: [] };
  const N = model.nodes.length;
  const configs = rateConfigs(model);
  if (configs === null || N === 0) return none;
  const h = model.horizon;
  const T = model.itemTypes.length;
  const means = serviceMeans(model);
  const credit = poolCredit(model);
  let budget = WORK_BUDGET;
  const layers = maxLayers(model);
  const factorisations = 1 + 2 * reworkRoundValues(model).length + model.nodes.filter((n) => n.rework !== null).length;
  const pass = (complete: Float64Array) => {
    const visits: (Float64Array | null)[] = [];
    const rework: (Float64Array | null)[] = [];
    let exact = true;
    for (let t = 0; t < T; t++) {
      const S = 2 * reachable(model, model.itemTypes[t].entry).length;
      const cost = configs.length * (factorisations * S * S * S + layers * S * S);
      if ((budget -= cost) < 0) {
        visits.push(null);
        rework.push(null);
        continue;
      }
      let least: Float64Array | null = null;
      let leastRework: Float64Array | null = null;
      // An item that may run out of patience may leave any queue unserved.
      const completes = model.itemTypes[t].patience === null ? complete : new Float64Array(N);
      for (const c of configs) {
        const r = solveType(model, t, c, completes);
        if (r === null) {
          least = null;
          break;
        }
        if (!r.exact) exact = false;
        if (least === null || leastRework === null) {
          least = r.visits;
          leastRework = r.rework;
        } else
          for (let n = 0; n < N; n++) {
            least[n] = Math.min(least[n], r.visits[n]);
            leastRework[n] = Math.min(leastRework[n], r.rework[n]);
          }
      }
      visits.push(least);
      rework.push(least === null ? null : leastRework);
    }
    return { visits, rework, exact: exact && model.initialWip.length === 0 };
  };
  // First every step that cannot lose items completes: each step's demand on its pools.
  const leaky = leakySteps(model);
  const first = pass(Float64Array.from(model.nodes, (n, i) => (n.kind === 'step' && !leaky[i] ? 1 : 0)));
  // Demand in server-hours per hour, at the largest arrival rate (a larger demand only lowers the share served).
  const demand = new Float64Array(N);
  for (let t = 0; t < T; t++) {
    const v = first.visits[t];
    if (v === null) continue;
    const rate = arrivalsPerHour(model, t, true);
    for (let n = 0; n < N; n++) demand[n] += rate * v[n] * (means[t * N + n] ?? 0);
  }
  // A step completes its visits in the chain when some pool certainly serves it; `share` is the
  // least part of its demand half that capacity serves. A share below 1 is not put in the chain
  // (where it would cut every loop through the step to a few rounds) but on the whole flow of the
  // item types that visit it: at that share of their arrivals, every step keeps up.
  const complete = new Float64Array(N);
  const share = new Float64Array(N);
  model.nodes.forEach((node, n) => {
    if (node.kind !== 'step' || leaky[n]) return;
    const pools = new Set<number>();
    for (const s of node.servers) if (s.when === null && credit.capacity[s.pool] > 0) pools.add(s.pool);
    // A pool shared with other steps may be taken by their demand, which is known only when every
    // route was worked out.
    for (const p of [...pools]) if (!first.exact && credit.steps[p].size > 1) pools.delete(p);
    if (pools.size === 0) return;
    let capacity = 0;
    const rivals = new Set<number>();
    for (const p of pools) {
      capacity += credit.capacity[p];
      for (const m of credit.steps[p]) rivals.add(m);
    }
    let load = 0;
    for (const m of rivals) load += demand[m];
    complete[n] = 1;
    share[n] = load <= 0 ? 1 : Math.min(1, (CAPACITY_SHARE * capacity) / load);
  });
  const second = pass(complete);
  const steps: StepVisits[] = model.nodes.map((_, n) => ({ node: n, completions: 0, perArrival: 0, reworkSent: 0 }));
  let arrivals = 0;
  for (let t = 0; t < T; t++) {
    const v = second.visits[t];
    const r = second.rework[t];
    if (v === null || r === null) continue;
    if (model.itemTypes[t].patience !== null) continue;
    const late = timeNeeded(model, t, v, means, credit.openShare, complete);
    if (!(late < h)) continue;
    let served = 1;
    for (let n = 0; n < N; n++) if (complete[n] === 1 && v[n] > 0) served = Math.min(served, share[n]);
    const count = arrivalsIn(model, t, h - late) * served;
    arrivals += arrivalsIn(model, t, h);
    for (let n = 0; n < N; n++) {
      steps[n].completions += count * v[n] * complete[n];
      steps[n].reworkSent += count * r[n];
    }
  }
  if (arrivals > 0) for (const s of steps) s.perArrival = s.completions / arrivals;
  const parts: WorkPart[] = [];
  for (const s of steps) {
    if (s.completions < 1) continue;
    const id = model.nodes[s.node].id;
    parts.push({ path: `steps.${id}`, what: `service completions at ${id}`, units: s.completions });
  }
  return { parts, steps: steps.filter((s) => s.completions >= 1 || s.reworkSent >= 1) };
}

/** One set of the rates the timeline changes: error rates by pool (null: as compiled) and detection by node. */
interface RateConfig {
  poolError: (number | null)[];
  detect: number[];
}

/** Every rate set in force over the horizon (the compiled one, then after each change), or null when there are too many. */
function rateConfigs(model: Model): RateConfig[] | null {
  let c: RateConfig = {
    poolError: model.pools.map(() => null),
    detect: model.nodes.map((n) => (n.rework === null ? -1 : n.rework.detect)),
  };
  const out = [c];
  const seen = new Set([JSON.stringify(c)]);
  for (const change of model.timeline ?? []) {
    if (change.at >= model.horizon) break;
    const tg = change.target;
    if (tg.kind !== 'errorRate' && tg.kind !== 'detect') continue;
    c = { poolError: [...c.poolError], detect: [...c.detect] };
    if (tg.kind === 'errorRate') c.poolError[tg.pool] = change.value;
    else c.detect[tg.node] = change.value;
    const key = JSON.stringify(c);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
    if (out.length > MAX_CONFIGS) return null;
  }
  return out;
}

/** Rework rounds an item may go through: the most rounds any rework rule allows, plus the last layer. */
function maxLayers(model: Model): number {
  let k = 0;
  for (const n of model.nodes) if (n.rework !== null) k = Math.max(k, n.rework.maxRounds);
  return k + 1;
}

/** Steps an item may leave without being served: a full queue or an SLA (patience: see pass). */
function leakySteps(model: Model): boolean[] {
  return model.nodes.map((n) => n.kind === 'step' && (n.queueCapacity !== Infinity || n.sla !== null));
}

/**
 * Per pool, the server-hours per hour it certainly has (its least capacity over the timeline, times
 * the share of the week its calendar is open, less holidays), 0 when it may hold back (a roster, a
 * rate limit, a budget); the steps it serves; and the open share of its calendar.
 */
function poolCredit(model: Model): { capacity: number[]; steps: Set<number>[]; openShare: number[] } {
  const steps = model.pools.map(() => new Set<number>());
  model.nodes.forEach((n, i) => {
    if (n.kind === 'step') for (const s of n.servers) steps[s.pool].add(i);
  });
  const openShare = model.pools.map((p) => {
    if (p.calendar < 0) return 1;
    const cal = model.calendars[p.calendar];
    const week = cal.week.reduce((s, [a, b]) => s + (b - a), 0) / 168;
    const days = Math.max(1, model.horizon / 24);
    const holidays = cal.holidays.filter((d) => d >= 0 && d < days).length;
    return Math.max(0, week * (1 - holidays / days));
  });
  const capacity = model.pools.map((p, i) => {
    if (p.roster !== undefined || p.rateLimitPerHour > 0 || p.budgetHoursPerWeek > 0) return 0;
    let least = p.capacity;
    for (const c of model.timeline ?? [])
      if (c.at < model.horizon && c.target.kind === 'capacity' && c.target.pool === i) least = Math.min(least, c.value);
    return Math.max(0, least) * openShare[i];
  });
  return { capacity, steps, openShare };
}

/** A generous mean of each step's service time by item type (the slowest of its servers), at t * nodes + n. */
function serviceMeans(model: Model): Float64Array {
  const N = model.nodes.length;
  const out = new Float64Array(model.itemTypes.length * N);
  model.nodes.forEach((n, i) => {
    if (n.kind !== 'step') return;
    for (let t = 0; t < model.itemTypes.length; t++) {
      let m = 0;
      for (const s of n.servers) m = Math.max(m, s.service[t] === undefined ? 0 : meanAtLeast(s.service[t]));
      out[t * N + i] = m;
    }
  });
  return out;
}

/** The mean of a distribution, or a little more where it is not plain (a normal truncated at 0). */
function meanAtLeast(d: Dist): number {
  return d.kind === 'normal' ? Math.max(0, d.mean) + d.sd : distMean(d);
}

/** The least and largest factor the timeline puts on type t's arrival rate over the horizon. */
function arrivalFactor(model: Model, t: number, largest: boolean): number {
  let multiplier = 1;
  let peak = 1;
  for (const c of model.timeline ?? []) {
    if (c.at >= model.horizon) continue;
    const tg = c.target;
    if (tg.kind === 'arrivalMultiplier' && tg.type === t)
      multiplier = largest ? Math.max(multiplier, c.value) : Math.min(multiplier, c.value);
    if (tg.kind === 'peakMultiplier' && tg.type === t)
      peak = largest ? Math.max(peak, c.value) : Math.min(peak, c.value);
  }
  return multiplier * peak;
}

/** Type t's mean arrivals per hour, at the timeline's largest factor or its least. */
export function arrivalsPerHour(model: Model, t: number, largest: boolean): number {
  const a = model.itemTypes[t].arrivals;
  const f = arrivalFactor(model, t, largest);
  if (a.kind === 'poisson') return a.ratePerHour * f;
  if (a.kind === 'weekly') return (a.ratePerHour.reduce((s, x) => s + x, 0) / 168) * f;
  return a.every > 0 ? (a.size * f) / a.every : 0;
}

/** Type t's arrivals before time `until`, at the timeline's least factor. */
function arrivalsIn(model: Model, t: number, until: number): number {
  const a = model.itemTypes[t].arrivals;
  if (until <= 0) return 0;
  if (a.kind !== 'batch') return arrivalsPerHour(model, t, false) * until;
  const f = arrivalFactor(model, t, false);
  const batches = a.every > 0 ? Math.max(0, Math.ceil((until - a.first) / a.every)) : a.first < until ? 1 : 0;
  return batches * Math.floor(a.size * f);
}

/**
 * Hours an item of type t may take over its visits: SOJOURN_FACTOR times each service, spread over
 * the open share of the step's least open pool, plus the longest wait for each forum session and each
 * handoff's mean, and a week and the holidays once for the calendars it waits on.
 */
function timeNeeded(
  model: Model,
  t: number,
  visits: Float64Array,
  means: Float64Array,
  openShare: number[],
  complete: Float64Array,
): number {
  const N = model.nodes.length;
  const handoff = model.handoffs.reduce((m, x) => Math.max(m, meanAtLeast(x.delay)), 0);
  let hours = 0;
  let closed = 0;
  model.nodes.forEach((n, i) => {
    const v = visits[i];
    if (v === 0) return;
    hours += v * handoff;
    if (n.kind === 'forum') {
      const s = n.schedule;
      let gap = model.horizon;
      if (s.kind === 'periodic') gap = s.first + s.every;
      else if (s.times.length > 0) gap = Math.max(s.times[0], ...s.times.slice(1).map((x, k) => x - s.times[k]));
      hours += v * gap;
    }
    if (n.kind !== 'step' || complete[i] === 0) return;
    let share = 1;
    for (const s of n.servers) {
      const p = model.pools[s.pool];
      share = Math.min(share, openShare[s.pool]);
      if (p.calendar >= 0) closed = Math.max(closed, longestClosure(model.calendars[p.calendar]));
    }
    hours += share > 0 ? (v * SOJOURN_FACTOR * means[t * N + i]) / share : Infinity;
  });
  return hours + closed;
}

/** A forum that may keep items past the horizon: it decides a limited number per session, or its chair has a budget. */
function heldBack(model: Model, n: number): boolean {
  const node = model.nodes[n];
  if (node.kind !== 'forum') return false;
  return node.perSession !== Infinity || (node.chair >= 0 && model.pools[node.chair].budgetHoursPerWeek > 0);
}

/** Hours a calendar may stay closed at a stretch, at most: its longest gap in the week, and every holiday on top. */
function longestClosure(cal: Calendar): number {
  const week = [...cal.week].sort((a, b) => a[0] - b[0]);
  if (week.length === 0) return Infinity;
  let gap = 168 - week[week.length - 1][1] + week[0][0];
  for (let k = 1; k < week.length; k++) gap = Math.max(gap, week[k][0] - week[k - 1][1]);
  return gap + 24 * cal.holidays.length;
}

/**
 * Expected visits per arrival of type t to each node, and the rework rounds each node sends back,
 * under rate set c with steps completing with probability complete[n]; `exact` when no probability
 * was lowered for want of knowledge. Null when the chain cannot be solved (then nothing is counted).
 */
function solveType(
  model: Model,
  t: number,
  c: RateConfig,
  complete: Float64Array,
): { visits: Float64Array; rework: Float64Array; exact: boolean } | null {
  const N = model.nodes.length;
  const type = model.itemTypes[t];
  // Only the nodes the type can reach take part: the solve costs the cube of their number.
  const reach = reachable(model, type.entry);
  const local = new Int32Array(N).fill(-1);
  reach.forEach((n, i) => (local[n] = i));
  const S = 2 * reach.length;
  let exact = true;
  const known = { exact: true };
  // Within a layer of k rework rounds: Q[i * S + j] from state i to j (state = 2 * local node + error).
  // Rework rules whose maxRounds is reached send to `exceeded` within the layer; the others to the
  // next layer. Q depends on k through those rules and reworkRounds conditions, so it is rebuilt
  // (and factorised) only when k crosses a value either names.
  const thresholds = new Set<number>();
  for (const n of model.nodes) if (n.rework !== null) thresholds.add(n.rework.maxRounds);
  const conds = reworkRoundValues(model);
  for (const v of conds) {
    thresholds.add(Math.floor(v));
    thresholds.add(Math.floor(v) + 1);
  }
  const build = (k: number) => {
    const Q = new Float64Array(S * S);
    const R = new Float64Array(S * S);
    const exitShare = (n: number, err: number, from: number, p: number) => {
      const node = model.nodes[n];
      const rw = node.rework;
      const d = c.detect[n];
      if (rw !== null && d >= 0 && err === 1) {
        if (k >= rw.maxRounds) Q[from * S + 2 * local[rw.exceeded]] += p * d;
        else R[from * S + 2 * local[rw.to]] += p * d;
        p *= 1 - d;
      }
      if (node.next === null) return;
      const dist = routeShares(node.next, model, t, k, known);
      for (const [to, q] of dist) Q[from * S + 2 * local[to] + err] += p * q;
    };
    reach.forEach((n, i) => {
      const node = model.nodes[n];
      for (let err = 0; err < 2; err++) {
        const from = 2 * i + err;
        if (node.kind === 'exit') continue;
        if (node.kind === 'step') {
          const done = complete[n];
          if (done === 0) continue;
          const e = err === 1 ? 1 : errorRate(model, n, t, c);
          if (e > 0) exitShare(n, 1, from, done * e);
          if (e < 1) exitShare(n, 0, from, done * (1 - e));
        } else if (node.kind === 'forum' && heldBack(model, n)) continue;
        else exitShare(n, err, from, 1);
      }
    });
    return { lu: factorise(Q, S), R };
  };
  const layers = maxLayers(model);
  let current = build(0);
  if (current.lu === null) return null;
  const visits = new Float64Array(N);
  const rework = new Float64Array(N);
  let input = new Float64Array(S);
  input[2 * local[type.entry]] = 1;
  for (let k = 0; k < layers; k++) {
    if (k > 0 && thresholds.has(k)) {
      current = build(k);
      if (current.lu === null) return null;
    }
    const x = solve(current.lu, input, S);
    let mass = 0;
    const next = new Float64Array(S);
    for (let i = 0; i < S; i++) {
      if (!(x[i] > -1e-9 && x[i] < 1e12)) return null;
      if (x[i] < 0) x[i] = 0;
      const n = reach[i >> 1];
      visits[n] += x[i];
      if (x[i] === 0) continue;
      const row = i * S;
      for (let j = 0; j < S; j++) {
        const r = current.R[row + j];
        if (r === 0) continue;
        next[j] += x[i] * r;
        rework[n] += x[i] * r;
        mass += x[i] * r;
      }
    }
    // Mass so small it can add nothing countable ends the layers early (most models in a few).
    if (mass < 1e-12) break;
    input = next;
  }
  if (!known.exact) exact = false;
  // Items that may leave a step unserved, or stay at a forum, leave the demand downstream unknown too.
  model.nodes.forEach((n, i) => {
    if (visits[i] > 0 && ((n.kind === 'step' && complete[i] < 1) || (n.kind === 'forum' && heldBack(model, i))))
      exact = false;
  });
  return { visits, rework, exact };
}

/** The nodes an item entering at `entry` may reach, by any route, rework or exceeded rule, `entry` first. */
function reachable(model: Model, entry: number): number[] {
  const seen = new Set([entry]);
  const out = [entry];
  const add = (n: number) => {
    if (!seen.has(n)) (seen.add(n), out.push(n));
  };
  const targets = (r: RouteTarget) => {
    if (typeof r === 'number') add(r);
    else if (r.kind === 'fixed') add(r.to);
    else if (r.kind === 'probabilistic') r.branches.forEach((b) => targets(b.to));
    else if (r.kind === 'conditional') {
      r.branches.forEach((b) => targets(b.to));
      targets(r.otherwise);
    } else r.to.forEach(targets);
  };
  for (let i = 0; i < out.length; i++) {
    const node = model.nodes[out[i]];
    if (node.next !== null) targets(node.next);
    if (node.rework !== null) (add(node.rework.to), add(node.rework.exceeded));
  }
  return out;
}

/** The reworkRounds values the model's conditions compare with. */
function reworkRoundValues(model: Model): number[] {
  const out: number[] = [];
  const walkC = (c: Condition) => {
    if (c.kind === 'reworkRounds') out.push(c.value);
    else if (c.kind === 'all' || c.kind === 'any') c.of.forEach(walkC);
  };
  const walkR = (r: RouteTarget) => {
    if (typeof r === 'number') return;
    if (r.kind === 'probabilistic') r.branches.forEach((b) => walkR(b.to));
    else if (r.kind === 'conditional') {
      r.branches.forEach((b) => (walkC(b.when), walkR(b.to)));
      walkR(r.otherwise);
    } else if (r.kind === 'thresholds') r.to.forEach(walkR);
  };
  for (const n of model.nodes) if (n.next !== null) walkR(n.next);
  return out;
}

/** The least error rate of step n's servers for type t under rate set c. */
function errorRate(model: Model, n: number, t: number, c: RateConfig): number {
  const node = model.nodes[n];
  if (node.kind !== 'step') return 0;
  let least = 1;
  for (const s of node.servers) {
    const rate = s.errorRate !== null ? s.errorRate[t] : (c.poolError[s.pool] ?? model.pools[s.pool].errorRate[t]);
    least = Math.min(least, rate ?? 0);
  }
  return node.servers.length === 0 ? 0 : least;
}

/**
 * The share of type t's items (with k rework rounds) that `route` certainly sends to each node: exact
 * for fixed and probabilistic routes and for conditions on the type and rework rounds; for anything
 * else the least share over the possible outcomes (known.exact turns false).
 */
function routeShares(
  route: RouteTarget,
  model: Model,
  t: number,
  k: number,
  known: { exact: boolean },
): Map<number, number> {
  if (typeof route === 'number') return new Map([[route, 1]]);
  const r: Route = route;
  switch (r.kind) {
    case 'fixed':
      return new Map([[r.to, 1]]);
    case 'probabilistic': {
      const total = r.branches.reduce((s, b) => s + b.p, 0);
      const out = new Map<number, number>();
      if (!(total > 0)) return out;
      for (const b of r.branches)
        for (const [to, q] of routeShares(b.to, model, t, k, known))
          out.set(to, (out.get(to) ?? 0) + (q * b.p) / total);
      return out;
    }
    case 'conditional': {
      const outcomes: RouteTarget[] = [];
      let decided = false;
      for (const b of r.branches) {
        const v = truth(b.when, t, k);
        if (v === 0) continue;
        outcomes.push(b.to);
        if (v === 1) {
          decided = true;
          break;
        }
      }
      if (!decided) outcomes.push(r.otherwise);
      return leastOf(outcomes, model, t, k, known);
    }
    case 'thresholds':
      return leastOf(r.to, model, t, k, known);
  }
}

/** The share every one of `outcomes` sends to each node (more than one outcome: not exact). */
function leastOf(
  outcomes: RouteTarget[],
  model: Model,
  t: number,
  k: number,
  known: { exact: boolean },
): Map<number, number> {
  const shares = outcomes.map((o) => routeShares(o, model, t, k, known));
  if (shares.length === 1) return shares[0];
  known.exact = false;
  const out = new Map<number, number>();
  for (const [to, q] of shares[0]) {
    let least = q;
    for (const s of shares.slice(1)) least = Math.min(least, s.get(to) ?? 0);
    if (least > 0) out.set(to, least);
  }
  return out;
}

/** Whether condition c holds for an item of type t with k rework rounds: 1, 0, or UNKNOWN. */
function truth(c: Condition, t: number, k: number): Truth {
  switch (c.kind) {
    case 'type':
      return c.types.includes(t) ? 1 : 0;
    case 'reworkRounds':
      return compareOp(c.op, k, c.value) ? 1 : 0;
    case 'all': {
      let v: Truth = 1;
      for (const x of c.of) {
        const y = truth(x, t, k);
        if (y === 0) return 0;
        if (y === UNKNOWN) v = UNKNOWN;
      }
      return v;
    }
    case 'any': {
      let v: Truth = 0;
      for (const x of c.of) {
        const y = truth(x, t, k);
        if (y === 1) return 1;
        if (y === UNKNOWN) v = UNKNOWN;
      }
      return v;
    }
    default:
      return UNKNOWN;
  }
}

/**
 * LU factors (partial pivoting) of (I - Q) transposed, for the row-vector equation x (I - Q) = b.
 * Null when it is singular: a loop items never leave, which validation refuses for any real model.
 */
function factorise(Q: Float64Array, S: number): { a: Float64Array; piv: Int32Array } | null {
  const a = new Float64Array(S * S);
  for (let i = 0; i < S; i++) for (let j = 0; j < S; j++) a[i * S + j] = (i === j ? 1 : 0) - Q[j * S + i];
  const piv = new Int32Array(S);
  for (let col = 0; col < S; col++) {
    let best = col;
    for (let r = col + 1; r < S; r++) if (Math.abs(a[r * S + col]) > Math.abs(a[best * S + col])) best = r;
    if (Math.abs(a[best * S + col]) < 1e-12) return null;
    piv[col] = best;
    if (best !== col)
      for (let j = 0; j < S; j++) {
        const x = a[col * S + j];
        a[col * S + j] = a[best * S + j];
        a[best * S + j] = x;
      }
    const d = a[col * S + col];
    for (let r = col + 1; r < S; r++) {
      const f = (a[r * S + col] /= d);
      if (f === 0) continue;
      for (let j = col + 1; j < S; j++) a[r * S + j] -= f * a[col * S + j];
    }
  }
  return { a, piv };
}

function solve(lu: { a: Float64Array; piv: Int32Array }, b: Float64Array, S: number): Float64Array {
  const { a, piv } = lu;
  const x = Float64Array.from(b);
  for (let i = 0; i < S; i++) {
    const p = piv[i];
    if (p !== i) [x[i], x[p]] = [x[p], x[i]];
  }
  for (let i = 0; i < S; i++) for (let j = 0; j < i; j++) x[i] -= a[i * S + j] * x[j];
  for (let i = S - 1; i >= 0; i--) {
    for (let j = i + 1; j < S; j++) x[i] -= a[i * S + j] * x[j];
    x[i] /= a[i * S + i];
  }
  return x;
}
