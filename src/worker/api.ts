// The API a worker exposes: run one job, answer with its result or a serialised error. It is pure
// apart from calling the engine, so it runs unchanged in a child process,
// in a Web Worker, or in-process.

import { simulate as coreSimulate, type Model, type RunResult } from '../core/index.js';
import { serialiseError, type JobOutcome, type WorkerApi } from './protocol.js';

export type Simulate = (model: Model, options: { seed: string | number; replication: number }) => RunResult;

export function createWorkerApi(simulate: Simulate = coreSimulate): WorkerApi {
  const designs = new Map<number, Model>();
  const run = (model: Model, seed: string | number, replication: number): JobOutcome => {
    try {
      return { ok: true, result: simulate(model, { seed, replication }) };
    } catch (err) {
      return { ok: false, error: serialiseError(err) };
    }
  };
  return {
    runJob: (job) => run(job.model, job.seed, job.replication),
    loadDesign(design, model) {
      designs.set(design, model);
    },
    runDesign(design, seed, replication) {
      const model = designs.get(design);
      if (!model) return { ok: false, error: { name: 'Error', message: `worker: design ${design} was never loaded` } };
      return run(model, seed, replication);
    },
    forgetDesign(design) {
      designs.delete(design);
    },
  };
}

export const workerApi: WorkerApi = createWorkerApi();
