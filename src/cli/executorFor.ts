import { createWorkerPool, type WorkerPool, inProcessWorker, workerApi } from '../worker/index.js';
import type { CliIo } from './cliIo.js';

/** --workers 1 (or no worker factory) runs in-process; more uses the injected worker factory. */
export function executorFor(io: CliIo, workers: number): WorkerPool {
  if (workers <= 1 || !io.spawnWorker) return createWorkerPool({ size: 1, spawn: () => inProcessWorker(workerApi) });
  return createWorkerPool({ size: workers, spawn: io.spawnWorker });
}
