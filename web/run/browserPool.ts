import { releaseProxy, wrap } from 'comlink';
import { createWorkerPool, type WorkerPool } from '../../src/worker/index.js';
import type { WorkerApi } from '../../src/worker/index.js';

/** A pool of Web Workers, one per core, each running src/worker/browserWorker.ts. */
export function createBrowserPool(size = navigator.hardwareConcurrency || 2): WorkerPool {
  return createWorkerPool({
    size,
    spawn: () => {
      const worker = new Worker(new URL('../../src/worker/browserWorker.ts', import.meta.url), { type: 'module', name: 'opsim-sim' });
      const api = wrap<WorkerApi>(worker);
      return {
        runJob: (job) => api.runJob(job),
        terminate: () => {
          api[releaseProxy]();
          worker.terminate();
        },
      };
    },
  });
}
