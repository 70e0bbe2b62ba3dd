import type { WorkerChannel } from './workerHandle.js';

/**
 * browserWorkerChannel(worker): a Web Worker running browserWorker.ts, for workerHandle. The page
 * creates the Worker itself (its bundler must see `new Worker(new URL(...))` in the page's code).
 * A module that fails to load fires 'error' with no message; an error thrown outside a job, with one.
 */
export function browserWorkerChannel(worker: Worker): WorkerChannel {
  return {
    endpoint: worker,
    onFailure(listener) {
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        const message = (event as ErrorEvent).message;
        listener(message ? `it failed (${message})` : 'it could not be loaded or crashed');
      });
      worker.addEventListener('messageerror', () => listener('a message from it could not be read'));
    },
    terminate: () => worker.terminate(),
  };
}
