import type { WorkerHandle } from './pool.js';
import type { WorkerApi } from './protocol.js';

/**
 * A worker handle that runs the API on the calling thread (`--workers 1`, tests). Each job starts on a
 * fresh macrotask so progress can be drawn and an interrupt handled between replications: setImmediate
 * where there is one (Node), as setTimeout(0) waits at least a millisecond, which 500 replications of
 * 30 ms each would pay 500 times.
 */
const nextTask: (run: () => void) => void =
  typeof setImmediate === 'function' ? (run) => setImmediate(run) : (run) => setTimeout(run, 0);

export function inProcessWorker(api: WorkerApi): WorkerHandle {
  let terminated = false;
  const later = <R>(answer: () => R | Promise<R>): Promise<R> =>
    new Promise((resolve) => {
      nextTask(() => {
        // A terminated worker never answers, like a real one.
        if (!terminated) resolve(answer());
      });
    });
  return {
    runJob: (job) => later(() => api.runJob(job)),
    measureJob: (job) => later(() => api.measureJob(job)),
    terminate: () => {
      terminated = true;
    },
  };
}
