// Web Worker entry for the web app:
//   wrap<WorkerApi>(new Worker(new URL('../src/worker/browserWorker.ts', import.meta.url), { type: 'module' }))
// It exposes the same API as the Node worker.
import { expose } from 'comlink';
import { workerApi } from './api.js';

expose(workerApi);
