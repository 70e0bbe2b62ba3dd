import type { WorkerHandle } from '../../src/worker/pool.js';
import type { Job, WorkerApi } from '../../src/worker/protocol.js';

/** A worker whose jobs take a different number of macrotasks each, so they finish out of order. */
export function slowWorker(api: WorkerApi, delayOf: (job: Job) => number): WorkerHandle {
  let dead = false;
  return {
    runJob: (job) =>
      new Promise((resolve) => {
        let left = delayOf(job);
        const tick = () => (dead ? undefined : left-- > 0 ? setTimeout(tick, 0) : resolve(api.runJob(job)));
        tick();
      }),
    measureJob: (job) => Promise.resolve(api.measureJob(job)),
    terminate: () => {
      dead = true;
    },
  };
}
