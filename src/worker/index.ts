// Workers: the narrow boundary between experiments and the engine running off the main thread.
// protocol.ts holds the plain job/result types; api.ts is the object a worker exposes with comlink;
// pool.ts feeds N workers from a queue and assembles results in job order; nodeWorker.ts and
// browserWorker.ts are the worker entries. The pool and the API import neither Node nor the DOM:
// the caller injects how a worker is spawned (see src/cli/nodeWorkers.ts for Node).

export { createWorkerApi, workerApi, type Simulate } from './api.js';
export { createWorkerPool, type Executor, type PoolRun, type RunHooks, type WorkerHandle, type WorkerPool } from './pool.js';
export { inProcessWorker } from './inProcess.js';
export { webWorkerHandle } from './webWorker.js';
export {
  JobError,
  serialiseError,
  type Job,
  type JobOutcome,
  type ModelJob,
  type ScenarioJob,
  type SerialisedError,
  type WorkerApi,
} from './protocol.js';
