// One simulated replication as drift measures it: the run's log, its KPIs per window, and (for the
// first run) the activities after which its cases end. Plain data in and out, so that a worker
// process or a Web Worker can run it as well as the caller's thread (WindowExecutor).

import type { Model } from '../../core/index.js';
import type { RunHooks } from '../../experiments/index.js';
import { simulateLog } from '../export/simulateLog.js';
import type { LogClock } from '../export/traceToLog.js';
import { endActivities, viewOf, windowKpis, type WindowKpis } from '../kpi/windowKpis.js';

export interface WindowMeasure {
  clock: LogClock;
  windows: [number, number][];
  /** Cases that arrive before this (ms) are left out of arrivals and cycle times. */
  since: number;
  /** Activities after which cases end; null to learn them from this run. */
  ends: string[] | null;
}

export interface MeasuredRun {
  /** The ends the KPIs were measured with (learned from this run when the measure gave none). */
  ends: string[];
  kpis: WindowKpis[];
}

/** Replication `replication` of `model`, measured per window. */
export function measureWindows(
  model: Model,
  seed: string | number,
  replication: number,
  m: WindowMeasure,
): MeasuredRun {
  const v = viewOf(simulateLog(model, m.clock, seed, replication));
  const ends = m.ends === null ? endActivities(v) : new Set(m.ends);
  return { ends: [...ends], kpis: windowKpis(v, ends, m.windows, m.since) };
}

/** One replication to measure: the experiments' job with what to measure of it. */
export interface WindowJob {
  model: Model;
  seed: string | number;
  replication: number;
  measure: WindowMeasure;
}

/**
 * What drift needs to run its replications elsewhere (the worker pool implements it): results[i] is
 * job i's; undefined only for jobs not finished when the run was cancelled.
 */
export interface WindowExecutor {
  measure(
    jobs: readonly WindowJob[],
    hooks?: RunHooks,
  ): Promise<{ results: (MeasuredRun | undefined)[]; cancelled: boolean }>;
}
