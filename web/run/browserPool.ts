import {
  browserWorkerChannel,
  createWorkerPool,
  withDepth,
  workerHandle,
  type WorkerPool,
} from '../../src/worker/index.js';

/**
 * A pool of Web Workers, one per core, each running src/worker/browserWorker.ts. A worker that fails
 * to load or crashes fails the run with a message (workerHandle), and the next run starts new ones.
 */
export function createBrowserPool(size = navigator.hardwareConcurrency || 2): WorkerPool {
  return createWorkerPool({
    size,
    // Two jobs at once: a worker's next job is already waiting when it finishes one, not sent when
    // the page's thread is next free between drawing.
    spawn: () =>
      withDepth(
        workerHandle(
          browserWorkerChannel(
            new Worker(new URL('../../src/worker/browserWorker.ts', import.meta.url), {
              type: 'module',
              name: 'opsim-sim',
            }),
          ),
        ),
        2,
      ),
  });
}
