// The API a worker exposes: run one job, answer with its result or a serialised error. It is pure
// apart from calling the engine and the scenario compiler, so it runs unchanged in worker_threads,
// in a Web Worker, or in-process.

import type { Model } from '../core/model/model.js';
import type { RunResult } from '../core/report/runResult.js';
import { simulate as coreSimulate } from '../core/index.js';
import { compileJobScenario } from './compileJobScenario.js';
import { serialiseError, type Job, type JobOutcome, type WorkerApi } from './protocol.js';

export type Simulate = (model: Model, options: { seed: string | number; replication: number }) => RunResult;

export function createWorkerApi(simulate: Simulate = coreSimulate): WorkerApi {
  return {
    runJob(job: Job): JobOutcome {
      try {
        const model = job.kind === 'model' ? job.model : compileJobScenario(job);
        return { ok: true, result: simulate(model, { seed: job.seed, replication: job.replication }) };
      } catch (err) {
        return { ok: false, error: serialiseError(err) };
      }
    },
  };
}

export const workerApi: WorkerApi = createWorkerApi();
