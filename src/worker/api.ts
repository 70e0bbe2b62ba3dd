// The API a worker exposes: run one job (a replication, or one measured per window for drift),
// answer with its result or a serialised error. It is pure
// apart from calling the engine, so it runs unchanged in a child process,
// in a Web Worker, or in-process.

import { simulate as coreSimulate, StreamSeeds, type Model, type RunResult } from '../core/index.js';
import { measureWindows, type MeasuredRun, type WindowMeasure } from '../eventlog/measure.js';
import { serialiseError, type JobOutcome, type WorkerApi } from './protocol.js';

export type Simulate = (
  model: Model,
  options: {
    seed: string | number;
    replication: number;
    onCheckpoint?: (simTime: number) => void;
    seeds?: StreamSeeds;
  },
) => RunResult;

/**
 * createWorkerApi(simulate, onShare): the API, running jobs with `simulate`. `onShare`, when given,
 * hears the share of the running job's horizon simulated, at the engine's checkpoints (every 65,536
 * events): the worker's entry posts it to the page or the CLI as a ProgressMessage.
 */
export function createWorkerApi(simulate: Simulate = coreSimulate, onShare?: (share: number) => void): WorkerApi {
  const designs = new Map<number, Model>();
  // One worker runs replication r of design after design: their streams are seeded once. Made at
  // the first job: workerApi is made where the module loads, and the page's own bundle, which never
  // runs a job, would otherwise carry the engine.
  let seeds: StreamSeeds | null = null;
  const run = (model: Model, seed: string | number, replication: number): JobOutcome => {
    const onCheckpoint =
      onShare === undefined || !(model.horizon > 0)
        ? undefined
        : (t: number) => onShare(Math.min(1, t / model.horizon));
    try {
      return {
        ok: true,
        result: simulate(model, { seed, replication, onCheckpoint, seeds: (seeds ??= new StreamSeeds()) }),
      };
    } catch (err) {
      return { ok: false, error: serialiseError(err) };
    }
  };
  const measure = (
    model: Model,
    seed: string | number,
    replication: number,
    m: WindowMeasure,
  ): JobOutcome<MeasuredRun> => {
    try {
      return { ok: true, result: measureWindows(model, seed, replication, m) };
    } catch (err) {
      return { ok: false, error: serialiseError(err) };
    }
  };
  const unknown = (design: number) => ({
    ok: false as const,
    error: { name: 'Error', message: `worker: design ${design} was never loaded` },
  });
  return {
    runJob: (job) => run(job.model, job.seed, job.replication),
    measureJob: (job) => measure(job.model, job.seed, job.replication, job.measure),
    measureDesign(design, seed, replication, m) {
      const model = designs.get(design);
      return model ? measure(model, seed, replication, m) : unknown(design);
    },
    loadDesign(design, model) {
      designs.set(design, model);
    },
    runDesign(design, seed, replication) {
      const model = designs.get(design);
      return model ? run(model, seed, replication) : unknown(design);
    },
    forgetDesign(design) {
      designs.delete(design);
    },
  };
}

export const workerApi: WorkerApi = createWorkerApi();
