import { browserWorkerChannel, createWorkerPool, workerHandle, type WorkerPool } from '../../src/worker/index.js';

/**
 * A pool of Web Workers, one per core, each running src/worker/browserWorker.ts. A worker that fails
 * to load or crashes fails the run with a message (workerHandle), and the next run starts new ones.
 */
export function createBrowserPool(size = navigator.hardwareConcurrency || 2): WorkerPool {
  return createWorkerPool({
    size,
    spawn: () =>
      workerHandle(
        browserWorkerChannel(
          new Worker(new URL('../../src/worker/browserWorker.ts', import.meta.url), {
            type: 'module',
            name: 'opsim-sim',
          }),
        ),
      ),
  });
}
