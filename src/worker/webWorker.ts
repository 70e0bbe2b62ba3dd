import { wrap } from 'comlink';
import type { WorkerHandle } from './pool.js';
import type { WorkerApi } from './protocol.js';

/**
 * webWorkerHandle(worker): a pool handle on a Web Worker running browserWorker.ts. The web app spawns:
 *
 *   createWorkerPool({ size: navigator.hardwareConcurrency, spawn: () =>
 *     webWorkerHandle(new Worker(new URL('../src/worker/browserWorker.ts', import.meta.url), { type: 'module' })) })
 *
 * A worker that fails to load or crashes rejects the job in hand instead of leaving the run waiting.
 */
export function webWorkerHandle(worker: Worker): WorkerHandle {
  const api = wrap<WorkerApi>(worker);
  let fail: ((err: Error) => void) | null = null;
  worker.addEventListener('error', (e) => fail?.(new Error(`worker failed: ${e.message || 'could not load or crashed'}`)));
  return {
    runJob: (job) =>
      new Promise((resolve, reject) => {
        fail = reject;
        Promise.resolve(api.runJob(job)).then(resolve, reject);
      }),
    terminate: () => {
      fail = null;
      worker.terminate();
    },
  };
}
