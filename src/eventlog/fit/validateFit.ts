// The last stage of fitting: does the fitted scenario reproduce the log? When the log spans at
// least 8 weeks, the scenario is fitted on the first 70% (to the UTC midnight before that point),
// started there with the work then open as initialWip, and simulated over the held-out rest;
// otherwise it is fitted on the whole log and simulated over it from an empty start (in-sample).
// Both sides are measured by the same code (kpi/windowKpis.ts).

import { interval, tQuantile975, type Interval } from '../../experiments/index.js';
import { loadScenario } from '../../scenario/index.js';
import { simulateLog } from '../export/simulateLog.js';
import { endActivities, viewOf, windowKpis, type WindowKpis } from '../kpi/windowKpis.js';
import { EventLogBuilder, eventAt, type EventLog } from '../model/eventLog.js';
import { DAY_MS } from '../model/isoTime.js';
import { drain, type Progress } from '../model/steps.js';
import { fitModel, utcDate } from './fitLog.js';
import { scenarioText } from './scenarioText.js';

export interface ValidationRow {
  kpi: string;
  log: number;
  sim: Interval;
  /** 95% prediction interval of one more replication: where the log's figure should fall. */
  pi: [number, number];
  verdict: 'within' | 'above' | 'below' | 'n/a';
}

export interface FitValidation {
  heldOut: boolean;
  split: number;
  end: number;
  replications: number;
  rows: ValidationRow[];
}

export function subLog(log: EventLog, keep: (k: number) => boolean): EventLog {
  const b = new EventLogBuilder();
  for (let k = 0; k < log.n; k++) if (keep(k)) b.add(eventAt(log, k));
  return b.build();
}

export function predictionRow(kpi: string, observed: number, sims: number[]): ValidationRow {
  const xs = sims.filter(Number.isFinite);
  const sim = interval(xs);
  let pi: [number, number] = [sim.mean, sim.mean];
  if (xs.length >= 2) {
    // Cycle times are skewed to the right: their interval is built on the log scale (as drift's is).
    const logScale = kpi.startsWith('cycle time') && xs.every((x) => x > 0);
    const ys = logScale ? xs.map(Math.log) : xs;
    const centre = ys.reduce((a, y) => a + y, 0) / ys.length;
    const sd = Math.sqrt(ys.reduce((a, y) => a + (y - centre) ** 2, 0) / (ys.length - 1));
    const h = tQuantile975(ys.length - 1) * sd * Math.sqrt(1 + 1 / ys.length);
    // Every figure here is a count, a rate or a duration: none can fall below 0.
    pi = logScale ? [Math.exp(centre - h), Math.exp(centre + h)] : [Math.max(0, centre - h), centre + h];
  }
  const verdict =
    !Number.isFinite(observed) || xs.length === 0
      ? 'n/a'
      : observed > pi[1] + 1e-9
        ? 'above'
        : observed < pi[0] - 1e-9
          ? 'below'
          : 'within';
  return { kpi, log: observed, sim, pi, verdict };
}

export function validateFit(
  log: EventLog,
  o: { replications: number; seed: string | number; source: string },
): FitValidation {
  return drain(validateFitSteps(log, o));
}

/** validateFit as steps: yields [replications done, total] after each simulated replication. */
export function* validateFitSteps(
  log: EventLog,
  o: { replications: number; seed: string | number; source: string },
): Generator<Progress, FitValidation, void> {
  let from = Infinity;
  let to = -Infinity;
  for (let k = 0; k < log.n; k++) {
    from = Math.min(from, log.ms[k]);
    to = Math.max(to, log.ms[k]);
  }
  const heldOut = to - from >= 8 * 7 * DAY_MS;
  const split = heldOut ? Math.floor((from + 0.7 * (to - from)) / DAY_MS) * DAY_MS : Math.floor(from / DAY_MS) * DAY_MS;
  const train = heldOut ? subLog(log, (k) => log.ms[k] < split) : log;
  const m = fitModel(train, { horizon: '1w', source: o.source, until: heldOut ? split : to });
  const days = Math.max(1, Math.ceil((to - split) / DAY_MS));
  const text = scenarioText(m, { horizon: `${days}d`, start: utcDate(split), noWip: !heldOut });
  const loaded = loadScenario({ file: 'fitted.yaml', text }, { readFile: () => '' });
  if (!loaded.ok)
    throw new Error(
      `the fitted scenario does not load: ${loaded.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    );
  const clock = { startMs: split, offsetMin: m.offsetMin };
  const ends = endActivities(viewOf(train));
  const win: [number, number][] = [[split, to]];
  const observed = windowKpis(viewOf(log), ends, win, split)[0];
  const sims: WindowKpis[] = [];
  // The simulated log names activities by step id; the log's own names make the two comparable.
  const named = new Map(m.steps.map((s) => [s.id, s.activity]));
  for (let r = 0; r < o.replications; r++) {
    const sim = simulateLog(loaded.model, clock, o.seed, r);
    const renamed = { ...sim, activities: sim.activities.map((a) => named.get(a) ?? a) };
    sims.push(windowKpis(viewOf(renamed), ends, win, split)[0]);
    yield [r + 1, o.replications];
  }
  const weeks = (to - split) / (7 * DAY_MS);
  const sum = (r: Record<string, number>) => Object.values(r).reduce((s, x) => s + x, 0);
  const rows: ValidationRow[] = [
    predictionRow(
      'arrivals (/week)',
      sum(observed.arrivals) / weeks,
      sims.map((s) => sum(s.arrivals) / weeks),
    ),
    predictionRow(
      'throughput (/week)',
      observed.throughput / weeks,
      sims.map((s) => s.throughput / weeks),
    ),
    predictionRow(
      'cycle time mean (h)',
      observed.cycle.mean,
      sims.map((s) => s.cycle.mean),
    ),
    predictionRow(
      'cycle time p50 (h)',
      observed.cycle.p50,
      sims.map((s) => s.cycle.p50),
    ),
    predictionRow(
      'cycle time p90 (h)',
      observed.cycle.p90,
      sims.map((s) => s.cycle.p90),
    ),
  ];
  const acts = [...log.activities].sort(
    (a, b) => (observed.activities[b] ?? 0) - (observed.activities[a] ?? 0) || (a < b ? -1 : 1),
  );
  for (const a of acts)
    rows.push(
      predictionRow(
        `${a} (/week)`,
        (observed.activities[a] ?? 0) / weeks,
        sims.map((s) => (s.activities[a] ?? 0) / weeks),
      ),
    );
  return { heldOut, split, end: to, replications: o.replications, rows };
}
