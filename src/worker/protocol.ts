// The worker boundary in plain types: what a worker is asked to run and what it answers. Everything
// here survives structured cloning (postMessage), so the same types serve the CLI's worker processes
// and Web Workers in the browser. Errors never cross as Error objects: they are serialised as
// { name, message } so that a SimulationLimitError keeps its name on the other side.

import type { Model, RunResult } from '../core/index.js';
import type { MeasuredRun, WindowJob, WindowMeasure } from '../eventlog/measure.js';
import type { Job } from '../experiments/index.js';

/** One replication of one design: the experiments layer's job, sent as it is; drift's measured one. */
export type { Job, WindowJob };

export interface SerialisedError {
  name: string;
  message: string;
}

/** A job's answer: its result (a RunResult, or what a measure job measured), or the error it threw. */
export type JobOutcome<R = RunResult> = { ok: true; result: R } | { ok: false; error: SerialisedError };

/**
 * The object a worker exposes with comlink. A remote worker is sent each design once (loadDesign)
 * and then only (design, seed, replication) per job (runDesign), instead of the whole model with
 * every replication; runJob, with the model in the job, serves a worker on the caller's thread.
 */
export interface WorkerApi {
  runJob(job: Job): JobOutcome | Promise<JobOutcome>;
  loadDesign(design: number, model: Model): void | Promise<void>;
  runDesign(design: number, seed: string | number, replication: number): JobOutcome | Promise<JobOutcome>;
  forgetDesign(design: number): void | Promise<void>;
  /** A replication measured per window for drift (eventlog's measureWindows), with the model in the job. */
  measureJob(job: WindowJob): JobOutcome<MeasuredRun> | Promise<JobOutcome<MeasuredRun>>;
  /** measureJob of a design sent before with loadDesign. */
  measureDesign(
    design: number,
    seed: string | number,
    replication: number,
    measure: WindowMeasure,
  ): JobOutcome<MeasuredRun> | Promise<JobOutcome<MeasuredRun>>;
}

export function serialiseError(err: unknown): SerialisedError {
  if (err instanceof Error) return { name: err.name, message: err.message };
  return { name: 'Error', message: String(err) };
}

/**
 * Sent by a worker, outside comlink's requests and answers, while a long replication runs: the share
 * of the job in hand's horizon simulated so far (0 to 1), so that a progress bar moves during one
 * replication of a year. Workers run one job at a time, so the job is the one in hand.
 */
export interface ProgressMessage {
  opsimProgress: number;
}

export function isProgressMessage(data: unknown): data is ProgressMessage {
  return typeof data === 'object' && data !== null && typeof (data as ProgressMessage).opsimProgress === 'number';
}

/** The error a caller sees for a failed job: same name and message as the one thrown in the worker. */
export class JobError extends Error {
  constructor(error: SerialisedError) {
    super(error.message);
    this.name = error.name;
  }
}
