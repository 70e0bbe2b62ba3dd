// The worker boundary in plain types: what a worker is asked to run and what it answers. Everything
// here survives structured cloning (postMessage), so the same types serve worker_threads in the CLI
// and Web Workers in the browser. Errors never cross as Error objects: they are serialised as
// { name, message } so that a SimulationLimitError keeps its name on the other side.

import type { Model } from '../core/model/model.js';
import type { RunResult } from '../core/report/runResult.js';

/** One replication of one design. */
export type Job = ModelJob | ScenarioJob;

/** A compiled model, as the CLI sends it. */
export interface ModelJob {
  kind: 'model';
  model: Model;
  seed: string | number;
  replication: number;
}

/**
 * Scenario text compiled inside the worker (for callers that would rather not clone a big Model per
 * job). `params` are applied with setParam in order after the variant. Files named by `extends` cannot
 * be read inside a worker: resolve them first and send a model job.
 */
export interface ScenarioJob {
  kind: 'scenario';
  file: string;
  text: string;
  variant: string | null;
  params: { path: string; value: unknown }[];
  seed: string | number;
  replication: number;
}

export interface SerialisedError {
  name: string;
  message: string;
}

export type JobOutcome = { ok: true; result: RunResult } | { ok: false; error: SerialisedError };

/** The object a worker exposes with comlink. */
export interface WorkerApi {
  runJob(job: Job): JobOutcome | Promise<JobOutcome>;
}

export function serialiseError(err: unknown): SerialisedError {
  if (err instanceof Error) return { name: err.name, message: err.message };
  return { name: 'Error', message: String(err) };
}

/** The error a caller sees for a failed job: same name and message as the one thrown in the worker. */
export class JobError extends Error {
  constructor(error: SerialisedError) {
    super(error.message);
    this.name = error.name;
  }
}
