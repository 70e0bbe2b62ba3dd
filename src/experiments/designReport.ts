import type { RunResult } from '../core/index.js';
import { aggregate, type Aggregated } from './aggregate.js';
import { headlineOf } from './headline.js';
import { interval, type Interval } from './interval.js';
import { warningsOf, type Warning } from './warnings.js';

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
  quality: Aggregated<RunResult['quality']>;
  totals: Aggregated<RunResult['totals']>;
}

/** summariseRuns(runs): runs are one design's replications in replication order. */
export function summariseRuns(runs: readonly RunResult[]): DesignReport {
  if (runs.length === 0) throw new Error('summariseRuns: no replications to summarise');
  return {
    warnings: warningsOf(runs),
    headline: aggregateHeadlines(runs.map(headlineOf)),
    events: interval(runs.map((r) => r.events)),
    overall: aggregate(runs.map((r) => r.overall)),
    byType: aggregate(runs.map((r) => r.byType)),
    cost: aggregate(runs.map((r) => r.cost)),
    steps: aggregate(runs.map((r) => r.steps)),
    pools: aggregate(runs.map((r) => r.pools)),
    executives: aggregate(runs.map((r) => r.executives)),
    quality: aggregate(runs.map((r) => r.quality)),
    totals: aggregate(runs.map((r) => r.totals)),
  };
}

export function aggregateHeadlines(headlines: readonly Record<string, number>[]): Record<string, Interval> {
  const out: Record<string, Interval> = {};
  for (const key of Object.keys(headlines[0] ?? {})) {
    out[key] = interval(headlines.map((h) => h[key]).filter((v) => v !== undefined));
  }
  return out;
}
