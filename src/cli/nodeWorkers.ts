import { Worker } from 'node:worker_threads';
import { wrap } from 'comlink';
import { nodeEndpoint } from '../worker/node.js';
import type { WorkerHandle, WorkerApi } from '../worker/index.js';

/** One worker thread running dist/worker/nodeWorker.js, seen through comlink as the WorkerApi. */
export function spawnNodeWorker(url: URL): WorkerHandle {
  const worker = new Worker(url);
  const api = wrap<WorkerApi>(nodeEndpoint(worker));
  // A worker that dies (out of memory, a crash) must fail the run rather than leave it waiting.
  let failure: ((err: Error) => void) | null = null;
  worker.on('error', (err) => failure?.(err));
  return {
    runJob: (job) =>
      new Promise((resolve, reject) => {
        failure = reject;
        Promise.resolve(api.runJob(job)).then(resolve, reject);
      }),
    terminate: () => {
      failure = null;
      void worker.terminate();
    },
  };
}
