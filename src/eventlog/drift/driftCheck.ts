// `opsim drift`: is the company still the one the scenario describes? The observed log is cut into
// windows of calendar time; the scenario is simulated over the same calendar dates (its start moved
// to the log's first day) R times, and each observed KPI of each window is set against a prediction
// interval for one more run: mean ± t(1 - a/2m, R-1) · s · sqrt(1 + 1/R), where m is the number of
// KPI-window pairs (Bonferroni), so that a log from the scenario itself raises any flag at all in
// at most a = 5% of cases (cycle times on the log scale, see below). Both sides are measured by the same code (kpi/windowKpis.ts).

import { drain, type Progress } from '../model/steps.js';
import { OPSIM_VERSION, type Model } from '../../core/index.js';
import { compileScenario, MAX_DURATION_HOURS, type ScenarioDoc } from '../../scenario/index.js';
import { dominantOffsetMin } from '../export/exportRunLog.js';
import { slug, utcDate } from '../fit/fitLog.js';
import { endsOf, viewOf, windowKpis, withEnds, type WindowKpis } from '../kpi/windowKpis.js';
import {
  measureWindows,
  type MeasuredRun,
  type WindowExecutor,
  type WindowJob,
  type WindowMeasure,
} from './windowReplication.js';
import type { EventLog } from '../model/eventLog.js';
import { DAY_MS, formatIsoTime } from '../model/isoTime.js';
import { LogReadError } from '../read/logReadError.js';
import { tQuantile } from './quantiles.js';

export interface DriftCell {
  kpi: string;
  window: number;
  observed: number;
  mean: number;
  lo: number;
  hi: number;
  status: 'within' | 'above' | 'below' | 'n/a';
  /** How far beyond the interval, as a share of the simulated mean (0 when within). */
  beyond: number;
}

export interface DriftReport {
  /** What was compared: the scenario's name, the design ('base' or a variant's name), the seed of its runs. */
  scenario: string;
  design: string;
  /** As a string, as in every other report: a file's `seed: 7` and `--seed 7` are the same seed. */
  seed: string;
  /** opsim's version: another version may simulate the same seed differently. */
  version: string;
  /** The observed log: its events and cases, and the times of its first and last event (UTC). */
  observed: { events: number; cases: number; from: string; to: string };
  windows: { from: string; to: string }[];
  windowHours: number;
  replications: number;
  /** Family-wise false-alarm level and the per-cell level after Bonferroni. */
  alpha: number;
  perCell: number;
  kpis: string[];
  cells: DriftCell[];
  drift: boolean;
  /** KPIs outside their interval in at least one window. */
  flagged: string[];
}

export interface DriftOptions {
  windowHours: number;
  replications: number;
  seed: string | number;
  alpha?: number;
  /** The design's name in the report (default 'base'). */
  design?: string;
}

/**
 * Arrivals are compared per item type when the observed log names every type of the scenario, and in
 * all otherwise: a log without case:type has every case under one name, and one whose types have other
 * names has none under the scenario's, which would read as no arrivals at all of the scenario's own
 * types (the two kinds of case a fit makes, say). The prediction keeps both.
 */
type ArrivalsBy = 'type' | 'all' | 'both';

function kpisOf(
  k: WindowKpis,
  model: Model,
  weeks: number,
  pools: Set<string>,
  openPerWeek: Map<string, number>,
  arrivalsBy: ArrivalsBy,
): Map<string, number> {
  const out = new Map<string, number>();
  if (arrivalsBy !== 'type') out.set('arrivals (/week)', Object.values(k.arrivals).reduce((s, x) => s + x, 0) / weeks);
  if (arrivalsBy !== 'all')
    for (const t of model.itemTypes) out.set(`arrivals ${t.id} (/week)`, (k.arrivals[t.id] ?? 0) / weeks);
  out.set('throughput (/week)', k.throughput / weeks);
  out.set('cycle time mean (h)', k.cycle.mean);
  out.set('cycle time p90 (h)', k.cycle.p90);
  for (const p of model.pools) {
    if (!pools.has(p.id)) continue;
    if (p.kind === 'executive') out.set(`escalations to ${p.id} (/week)`, (k.completionsByPool[p.id] ?? 0) / weeks);
    else out.set(`utilisation ${p.id}`, (k.busyHours[p.id] ?? 0) / (p.capacity * openPerWeek.get(p.id)! * weeks));
  }
  return out;
}

/** The scenario simulated over the windows: what an observed log is compared with. */
export interface DriftPrediction {
  model: Model;
  design: string;
  seed: string | number;
  start: number;
  windows: [number, number][];
  windowHours: number;
  replications: number;
  ends: Set<string>;
  /** Per replication, per window: KPI name -> value (all pools; each comparison keeps those the log shows). */
  sims: Map<string, number>[][];
}

/** The span of a log, ms. */
export function logSpan(log: EventLog): [number, number] {
  let from = Infinity;
  let to = -Infinity;
  for (let k = 0; k < log.n; k++) {
    from = Math.min(from, log.ms[k]);
    to = Math.max(to, log.ms[k]);
  }
  return [from, to];
}

function allPools(model: Model): Set<string> {
  return new Set(model.pools.map((p) => p.id));
}

function openHoursPerWeek(model: Model): Map<string, number> {
  return new Map(
    model.pools.map((p) => [
      p.id,
      // A roster's head-hours a week over its most heads (capacity), which kpisOf multiplies back.
      p.roster
        ? p.roster.reduce((s, r) => s + r.heads * (r.end - r.start), 0) / p.capacity
        : p.calendar < 0
          ? 168
          : model.calendars[p.calendar].week.reduce((s, [a, b]) => s + (b - a), 0),
    ]),
  );
}

/** Simulates the scenario over `n` windows from `start` (a UTC midnight, ms), R times. */
export function predictWindows(doc: ScenarioDoc, start: number, n: number, o: DriftOptions): DriftPrediction {
  return drain(predictWindowsSteps(doc, start, n, o));
}

/** The scenario compiled for the windows, and what each of its replications measures. */
export interface DriftRuns {
  model: Model;
  start: number;
  windowHours: number;
  measure: WindowMeasure;
}

/** The model of `n` windows from `start`: the scenario's start moved there, no warm-up. */
export function driftRuns(doc: ScenarioDoc, start: number, n: number, windowHours: number): DriftRuns {
  const windows: [number, number][] = Array.from({ length: n }, (_, i) => [
    start + i * windowHours * 3_600_000,
    start + (i + 1) * windowHours * 3_600_000,
  ]);
  const model = compileScenario({
    ...doc,
    start: utcDate(start),
    horizon: `${n * windowHours}h`,
    warmup: 0,
  } as ScenarioDoc);
  const clock = { startMs: start, offsetMin: dominantOffsetMin(model) };
  return { model, start, windowHours, measure: { clock, windows, since: start } };
}

/**
 * The prediction from every replication's measured windows, in replication order. Where cases end
 * is the scenario's, learned from all the runs together (one run alone would decide an activity
 * that ends about half the cases it is last in by the luck of its draws) and applied to every log.
 */
function predictionOf(d: DriftRuns, runs: readonly MeasuredRun[], o: DriftOptions): DriftPrediction {
  const weeks = d.windowHours / 168;
  const open = openHoursPerWeek(d.model);
  const pools = allPools(d.model);
  const ends = endsOf(runs.map((r) => r.ends));
  return {
    model: d.model,
    design: o.design ?? 'base',
    seed: o.seed,
    start: d.start,
    windows: d.measure.windows,
    windowHours: d.windowHours,
    replications: runs.length,
    ends,
    sims: runs.map((r) => r.windows.map((f) => kpisOf(withEnds(f, ends), d.model, weeks, pools, open, 'both'))),
  };
}

/** predictWindows as steps: yields [replications done, total] after each simulated replication. */
export function* predictWindowsSteps(
  doc: ScenarioDoc,
  start: number,
  n: number,
  o: DriftOptions,
): Generator<Progress, DriftPrediction, void> {
  return yield* measuredSteps(driftRuns(doc, start, n, o.windowHours), o);
}

function* measuredSteps(d: DriftRuns, o: DriftOptions): Generator<Progress, DriftPrediction, void> {
  const runs: MeasuredRun[] = [];
  for (let r = 0; r < o.replications; r++) {
    runs.push(measureWindows(d.model, o.seed, r, d.measure));
    yield [r + 1, o.replications];
  }
  return predictionOf(d, runs, o);
}

/**
 * predictWindows with the replications run by `executor` (the CLI's worker pool), all at once. The
 * same prediction as predictWindows; null when cancelled.
 */
export async function predictWindowsOn(
  executor: WindowExecutor,
  doc: ScenarioDoc,
  start: number,
  n: number,
  o: DriftOptions,
  onProgress?: (done: number, total: number) => void,
): Promise<DriftPrediction | null> {
  return measuredOn(executor, driftRuns(doc, start, n, o.windowHours), o, onProgress);
}

async function measuredOn(
  executor: WindowExecutor,
  d: DriftRuns,
  o: DriftOptions,
  onProgress?: (done: number, total: number) => void,
): Promise<DriftPrediction | null> {
  const jobs = Array.from({ length: o.replications }, (_, replication): WindowJob => ({
    model: d.model,
    seed: o.seed,
    replication,
    measure: d.measure,
  }));
  const run = await executor.measure(jobs, { onProgress: (done) => onProgress?.(done, o.replications) });
  if (run.cancelled) return null;
  return predictionOf(d, run.results as MeasuredRun[], o);
}

/**
 * The observed log with its activities named as the scenario's steps. A scenario fitted from a log
 * names each step by its activity made into an id ("T06 Determine necessity" becomes
 * t06-determine-necessity), and the simulated logs carry those ids: without this, none of the log's
 * cases would end at an activity the scenario ends at, and throughput and cycle time would read as
 * drift in every window. A name that is already a step's id is kept, and so is one whose id two of
 * the log's names share.
 */
export function inScenarioNames(observed: EventLog, model: Model): EventLog {
  const ids = new Set(model.nodes.map((n) => n.id));
  const idOf = observed.activities.map((a) => (ids.has(a) ? a : slug(a, new Set())));
  const shared = new Map<string, number>();
  for (const id of idOf) shared.set(id, (shared.get(id) ?? 0) + 1);
  const activities = observed.activities.map((a, k) =>
    !ids.has(a) && ids.has(idOf[k]) && shared.get(idOf[k]) === 1 ? idOf[k] : a,
  );
  return { ...observed, activities };
}

/**
 * Refuses a log none of whose activities is a step of the scenario (under the names inScenarioNames
 * reads): nothing of it could be set against the scenario, and every window would read as drift in
 * throughput and cycle time. Checked before anything is simulated.
 */
function checkSharedActivities(observed: EventLog, model: Model): void {
  const named = inScenarioNames(observed, model);
  // Gates and exits take no time and write no event: a log's activities are steps and forums.
  const steps = new Set(model.nodes.filter((n) => n.kind === 'step' || n.kind === 'forum').map((n) => n.id));
  if (named.activities.some((a) => steps.has(a))) return;
  const list = (xs: readonly string[]) =>
    `${xs
      .slice(0, 5)
      .map((x) => `"${x}"`)
      .join(', ')}${xs.length > 5 ? `, ... (${xs.length} in all)` : ''}`;
  throw new LogReadError(
    `none of the log's activities is a step of the scenario: the log has ${list(observed.activities)}; ` +
      `the scenario's steps are ${list([...steps])}. Is it a log of this process? (An activity matches ` +
      `the step with its name as id, or with the id opsim fit makes of it.)`,
  );
}

/** Sets each observed KPI of each window against its prediction interval. */
export function compareDrift(p: DriftPrediction, observedLog: EventLog, alpha = 0.05): DriftReport {
  const observed = inScenarioNames(observedLog, p.model);
  const seen = new Set(observed.resources.map((r) => r.replace(/#\d+$/, '')));
  const n = p.windows.length;
  // Per type only when the log names every type the scenario has; otherwise (no case:type, or types
  // of other names) the scenario's types would read as no arrivals at all.
  const named = new Set(observed.types);
  const arrivalsBy = p.model.itemTypes.every((t) => named.has(t.id)) ? 'type' : 'all';
  const obs = windowKpis(viewOf(observed), p.ends, p.windows, p.start).map((k) =>
    kpisOf(k, p.model, p.windowHours / 168, seen, openHoursPerWeek(p.model), arrivalsBy),
  );
  const kpis = [...obs[0].keys()];
  const m = kpis.length * n;
  const perCell = alpha / m;
  const t = tQuantile(1 - perCell / 2, Math.max(1, p.replications - 1));
  const cells: DriftCell[] = [];
  for (const kpi of kpis) {
    for (let i = 0; i < n; i++) {
      const raw = p.sims.map((s) => s[i].get(kpi)!).filter(Number.isFinite);
      const x = obs[i].get(kpi)!;
      const mean = raw.reduce((s, v) => s + v, 0) / Math.max(1, raw.length);
      // Cycle times of a window are skewed to the right (a few slow weeks, no negative ones): their
      // interval is built on the log scale, where they are close to normal.
      const logScale = kpi.startsWith('cycle time') && raw.every((v) => v > 0);
      const xs = logScale ? raw.map(Math.log) : raw;
      const centre = xs.reduce((s, v) => s + v, 0) / Math.max(1, xs.length);
      const sd = xs.length > 1 ? Math.sqrt(xs.reduce((s, v) => s + (v - centre) ** 2, 0) / (xs.length - 1)) : 0;
      const h = t * sd * Math.sqrt(1 + 1 / Math.max(1, xs.length));
      const [lo, hi] = logScale ? [Math.exp(centre - h), Math.exp(centre + h)] : [Math.max(0, centre - h), centre + h];
      const eps = 1e-9 * Math.max(1, Math.abs(mean));
      const status =
        !Number.isFinite(x) || xs.length < 2 ? 'n/a' : x > hi + eps ? 'above' : x < lo - eps ? 'below' : 'within';
      const scale = Math.abs(mean) > 0 ? Math.abs(mean) : 1;
      const beyond = status === 'above' ? (x - hi) / scale : status === 'below' ? (x - lo) / scale : 0;
      cells.push({ kpi, window: i, observed: x, mean, lo, hi, status, beyond });
    }
  }
  const flagged = kpis.filter((k) => cells.some((c) => c.kpi === k && (c.status === 'above' || c.status === 'below')));
  const [from, to] = logSpan(observedLog);
  return {
    scenario: p.model.name,
    design: p.design,
    seed: String(p.seed),
    version: OPSIM_VERSION,
    observed: {
      events: observedLog.n,
      cases: observedLog.cases.length,
      from: formatIsoTime(from, 0),
      to: formatIsoTime(to, 0),
    },
    windows: p.windows.map(([a, b]) => ({ from: formatIsoTime(a, 0), to: formatIsoTime(b, 0) })),
    windowHours: p.windowHours,
    replications: p.replications,
    alpha,
    perCell,
    kpis,
    cells,
    drift: flagged.length > 0,
    flagged,
  };
}

/** The windows of an observed log (whole windows from the UTC midnight before its first event), predicted and compared. */
export function driftCheck(doc: ScenarioDoc, observed: EventLog, o: DriftOptions): DriftReport {
  return drain(driftCheckSteps(doc, observed, o));
}

/** driftCheck as steps: yields [replications done, total] after each simulated replication. */
export function* driftCheckSteps(
  doc: ScenarioDoc,
  observed: EventLog,
  o: DriftOptions,
): Generator<Progress, DriftReport, void> {
  const d = driftRunsOf(doc, observed, o.windowHours);
  return compareDrift(yield* measuredSteps(d, o), observed, o.alpha);
}

/** driftCheck with the replications run by `executor`; null when cancelled. */
export async function driftCheckOn(
  executor: WindowExecutor,
  doc: ScenarioDoc,
  observed: EventLog,
  o: DriftOptions,
  onProgress?: (done: number, total: number) => void,
): Promise<DriftReport | null> {
  const d = driftRunsOf(doc, observed, o.windowHours);
  const prediction = await measuredOn(executor, d, o, onProgress);
  return prediction === null ? null : compareDrift(prediction, observed, o.alpha);
}

/**
 * The scenario compiled for the whole windows of an observed log, once the log is known to share
 * activities with it (checked before anything is simulated).
 */
function driftRunsOf(doc: ScenarioDoc, observed: EventLog, windowHours: number): DriftRuns {
  const { start, n } = windowsOf(observed, windowHours);
  const d = driftRuns(doc, start, n, windowHours);
  checkSharedActivities(observed, d.model);
  return d;
}

/** Most windows a drift check compares (hourly windows over two years, daily over 54). */
export const MAX_WINDOWS = 20_000;

/** The whole windows of a log: from the UTC midnight before its first event. */
function windowsOf(observed: EventLog, windowHours: number): { start: number; n: number } {
  const [from, to] = logSpan(observed);
  const start = Math.floor(from / DAY_MS) * DAY_MS;
  const n = Math.floor((to - start) / (windowHours * 3_600_000));
  if (n < 1)
    throw new LogReadError(
      `the observed log spans ${((to - from) / 3_600_000).toFixed(1)} h, less than one window of ${windowHours} h (choose a shorter --window)`,
    );
  // The windows are simulated as one run of a scenario, whose horizon is at most 100 years; a longer
  // span is almost always a mistyped timestamp, and would otherwise fail inside the compiler.
  if (n * windowHours > MAX_DURATION_HOURS)
    throw new LogReadError(
      `the observed log spans ${((to - from) / 3_600_000 / 8760).toFixed(1)} years (${formatIsoTime(from, 0)} to ${formatIsoTime(to, 0)}), longer than the 100 years a scenario can simulate (is a timestamp mistyped?)`,
    );
  // Every window is measured in every replication and printed: a window of seconds over a year's log
  // made tens of millions of them and ran out of memory after minutes.
  if (n > MAX_WINDOWS)
    throw new LogReadError(
      `the observed log spans ${((to - from) / 3_600_000).toFixed(1)} h, ${n.toLocaleString('en-US')} windows of ${Number(windowHours.toPrecision(4))} h; at most ${MAX_WINDOWS.toLocaleString('en-US')} windows are compared (choose a longer --window)`,
    );
  return { start, n };
}
