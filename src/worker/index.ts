// Workers: the narrow boundary between experiments and the engine running off the main thread.
// protocol.ts holds the plain job/result types; api.ts is the object a worker exposes with comlink;
// pool.ts feeds N workers from a queue and assembles results in job order (it implements the
// experiments layer's Executor); nodeWorker.ts and browserWorker.ts are the worker entries. The pool
// and the API import neither Node nor the DOM: the caller injects how a worker is spawned (see
// src/cli/nodeWorkers.ts for Node, web/run/browserPool.ts for the page).

export { createWorkerApi, workerApi, type Simulate } from './api.js';
export { createWorkerPool, type WorkerHandle, type WorkerPool } from './pool.js';
export { inProcessWorker } from './inProcess.js';
export { JobError, serialiseError, type Job, type JobOutcome, type SerialisedError, type WorkerApi } from './protocol.js';
