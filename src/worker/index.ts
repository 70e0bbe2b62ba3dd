// Workers: the narrow boundary between experiments and the engine running off the main thread.
// protocol.ts holds the plain job/result types (a replication, or one that drift measures per window); api.ts is the object a worker exposes with comlink;
// pool.ts feeds N workers from a queue and assembles results in job order (it implements the
// experiments layer's Executor); workerHandle.ts is the one crash-safe handle on a worker, fed by a
// channel: a child process for the CLI (nodeProcess.ts, reached through node.ts) or a Web Worker for
// the page (browserWorkerChannel.ts); nodeWorker.ts and browserWorker.ts are the worker entries.
// Nothing here but the node*.ts files imports Node.

export { createWorkerApi, workerApi, type Simulate } from './api.js';
export { createWorkerPool, withDepth, type WorkerHandle, type WorkerPool } from './pool.js';
export { inProcessWorker } from './inProcess.js';
export { workerHandle, WorkerFailure, type WorkerChannel } from './workerHandle.js';
export { browserWorkerChannel } from './browserWorkerChannel.js';
export {
  JobError,
  serialiseError,
  type Job,
  type JobOutcome,
  type SerialisedError,
  type WorkerApi,
} from './protocol.js';
