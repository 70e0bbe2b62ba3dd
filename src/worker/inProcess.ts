import type { WorkerHandle } from './pool.js';
import type { WorkerApi } from './protocol.js';

/**
 * A worker handle that runs the API on the calling thread (`--workers 1`, tests). Each job starts on a
 * fresh macrotask so progress can be drawn and an interrupt handled between replications.
 */
export function inProcessWorker(api: WorkerApi): WorkerHandle {
  let terminated = false;
  return {
    runJob: (job) =>
      new Promise((resolve) => {
        setTimeout(() => {
          // A terminated worker never answers, like a real one.
          if (!terminated) resolve(api.runJob(job));
        }, 0);
      }),
    terminate: () => {
      terminated = true;
    },
  };
}
