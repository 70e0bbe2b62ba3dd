// One simulated replication as drift measures it: the run's log, its figures per window, and how
// often each activity was the last of its case (drift learns where cases end from all its runs
// together). Plain data in and out, so that a worker process or a Web Worker can run it as well as
// the caller's thread (WindowExecutor).

import type { Model } from '../../core/index.js';
import type { RunHooks } from '../../experiments/index.js';
import { simulateLog } from '../export/simulateLog.js';
import type { LogClock } from '../export/traceToLog.js';
import { endCounts, viewOf, windowFigures, type EndCounts, type WindowFigures } from '../kpi/windowKpis.js';

export interface WindowMeasure {
  clock: LogClock;
  windows: [number, number][];
  /** Cases that arrive before this (ms) are left out of arrivals and cycle times. */
  since: number;
}

export interface MeasuredRun {
  /** How often each activity was the last of its case in this run. */
  ends: EndCounts;
  windows: WindowFigures[];
}

/** Replication `replication` of `model`, measured per window. */
export function measureWindows(
  model: Model,
  seed: string | number,
  replication: number,
  m: WindowMeasure,
): MeasuredRun {
  const v = viewOf(simulateLog(model, m.clock, seed, replication));
  return { ends: endCounts(v), windows: windowFigures(v, m.windows, m.since) };
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
