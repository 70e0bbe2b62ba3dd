import type { ExecutiveFigures, RunResult } from '../core/index.js';
import { aggregate, type Aggregated } from './aggregate.js';
import { headlineOf } from './headline.js';
import { figureInterval, type Interval } from './interval.js';
import {
  costWithValues,
  executiveWithValues,
  flowWithValues,
  hasValue,
  poolWithValues,
  stepWithValues,
} from './noValue.js';
import { warningsOf, type Warning } from './warnings.js';
import { periodReports, type PeriodReport } from './periodReport.js';

/** Everything measured about one design, aggregated over its replications. */
export interface DesignReport {
  /** What a reader should look at twice before deciding: saturated pools, executives over budget, lost work, a growing backlog. */
  warnings: Warning[];
  headline: Record<string, Interval>;
  events: Interval;
  overall: Aggregated<RunResult['overall']>;
  byType: Aggregated<RunResult['byType']>;
  cost: Aggregated<RunResult['cost']>;
  steps: Aggregated<RunResult['steps']>;
  pools: Aggregated<RunResult['pools']>;
  executives: Aggregated<RunResult['executives']>;
  /** All executives together: their demand and what became of it; budget use over the executives that have a budget. */
  executivesTotal: Aggregated<ExecutivesTotal>;
  /** Weeks observed per replication: (horizon - warm-up) / 168. */
  weeks: number;
  quality: Aggregated<RunResult['quality']>;
  totals: Aggregated<RunResult['totals']>;
  /** Figures per calendar period, when the run was asked for them (--periods); absent otherwise. */
  periods?: PeriodReport[];
}

/** summariseRuns(runs): runs are one design's replications in replication order. */
export function summariseRuns(runs: readonly RunResult[]): DesignReport {
  if (runs.length === 0) throw new Error('summariseRuns: no replications to summarise');
  const periods = periodReports(runs);
  const report: DesignReport = {
    warnings: warningsOf(runs),
    headline: aggregateHeadlines(runs.map(headlineOf)),
    events: figureInterval(runs.map((r) => r.events)),
    // Figures with no value where there was nothing to take them over (noValue.ts): cycle times and
    // costs per done item over the replications that delivered, waits over those that served.
    overall: aggregate(runs.map((r) => flowWithValues(r.overall))),
    byType: aggregate(runs.map((r) => mapValues(r.byType, flowWithValues))),
    cost: aggregate(runs.map((r) => costWithValues(r.cost, r.overall, r.byType))),
    steps: aggregate(runs.map((r) => mapValues(r.steps, stepWithValues))),
    pools: aggregate(runs.map((r) => mapValues(r.pools, poolWithValues))),
    executives: aggregate(runs.map((r) => mapValues(r.executives, executiveWithValues))),
    executivesTotal: aggregate(runs.map(executivesTotalOf)),
    weeks: (runs[0].horizon - runs[0].warmup) / 168,
    quality: aggregate(runs.map((r) => r.quality)),
    totals: aggregate(runs.map((r) => r.totals)),
  };
  if (periods !== null) report.periods = periods;
  return report;
}

export type ExecutivesTotal = Omit<ExecutiveFigures, 'decisionWait'>;

/**
 * Whether any of a design's executives decided at a forum it chairs, in any replication: those
 * decisions are not its pool's tasks, which the reports' pool tables then say.
 */
export function decidesAtForums(executives: DesignReport['executives']): boolean {
  return Object.values(executives).some((e) => e.decidedAtForum.mean > 0);
}

/** The sum over executives of each count; budget use is the budgeted executives' hours over their budget hours (no value when none has a budget). */
export function executivesTotalOf(run: RunResult): ExecutivesTotal {
  const total: ExecutivesTotal = {
    escalations: 0,
    escalationsPerWeek: 0,
    escalationsAdHoc: 0,
    escalationsAtForum: 0,
    decided: 0,
    decidedPerWeek: 0,
    decidedAdHoc: 0,
    decidedAtForum: 0,
    abandonedWaiting: 0,
    turnedAway: 0,
    leftBySla: 0,
    waitingAtEnd: 0,
    hoursConsumed: 0,
    budgetPerWeek: 0,
    budgetHours: 0,
    budgetUtilisation: 0,
  };
  let budgetedHours = 0;
  for (const e of Object.values(run.executives)) {
    for (const key of Object.keys(total) as (keyof ExecutivesTotal)[])
      if (key !== 'budgetUtilisation') total[key] += e[key];
    if (e.budgetHours > 0) budgetedHours += e.hoursConsumed;
  }
  total.budgetUtilisation = total.budgetHours > 0 ? budgetedHours / total.budgetHours : Number.NaN;
  return total;
}

/** Each headline key's interval over the replications that have a value of it (n counts them). */
export function aggregateHeadlines(headlines: readonly Record<string, number>[]): Record<string, Interval> {
  const out: Record<string, Interval> = {};
  for (const key of Object.keys(headlines[0] ?? {})) {
    out[key] = figureInterval(headlines.map((h) => h[key]).filter(hasValue));
  }
  return out;
}

function mapValues<T>(record: Record<string, T>, f: (value: T) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) out[key] = f(value);
  return out;
}
