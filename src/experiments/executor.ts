// The port through which experiments run replications. Experiments decide which jobs to run and
// read their results; how and where the engine runs them (a pool of worker threads, Web Workers,
// the calling thread, a stub in tests) is the caller's choice, made in src/worker and injected.

import type { Model, RunResult } from '../core/index.js';

/** One replication of one design. Jobs of one design share the same `model` object. */
export interface Job {
  model: Model;
  seed: string | number;
  replication: number;
}

export interface PoolRun {
  /** results[i] is job i's result; undefined only for jobs that had not finished when the run was cancelled. */
  results: (RunResult | undefined)[];
  cancelled: boolean;
}

export interface RunHooks {
  /**
   * Replications finished out of `total`, plus the share already simulated of those still running
   * (workers that report it say so every 65,536 events), so a bar moves during a long replication;
   * a whole number each time a replication finishes.
   */
  onProgress?(done: number, total: number): void;
}

/** What experiments need to run jobs: a pool, or anything that behaves like one. */
export interface Executor {
  run(jobs: readonly Job[], hooks?: RunHooks): Promise<PoolRun>;
}
