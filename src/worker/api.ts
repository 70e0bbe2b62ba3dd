// The API a worker exposes: run one job, answer with its result or a serialised error. It is pure
// apart from calling the engine, so it runs unchanged in a child process,
// in a Web Worker, or in-process.

import { simulate as coreSimulate, type Model, type RunResult } from '../core/index.js';
import { serialiseError, type Job, type JobOutcome, type WorkerApi } from './protocol.js';

export type Simulate = (model: Model, options: { seed: string | number; replication: number }) => RunResult;

export function createWorkerApi(simulate: Simulate = coreSimulate): WorkerApi {
  return {
    runJob(job: Job): JobOutcome {
      try {
        return { ok: true, result: simulate(job.model, { seed: job.seed, replication: job.replication }) };
      } catch (err) {
        return { ok: false, error: serialiseError(err) };
      }
    },
  };
}

export const workerApi: WorkerApi = createWorkerApi();
