// Web Worker entry for the web app:
//   wrap<WorkerApi>(new Worker(new URL('../src/worker/browserWorker.ts', import.meta.url), { type: 'module' }))
// It exposes the same API as the Node worker.
import { expose } from 'comlink';
import { createWorkerApi } from './api.js';
import type { ProgressMessage } from './protocol.js';

// A worker's global scope posts to the page with one argument (the DOM typings describe a window's).
const page = globalThis as unknown as { postMessage(message: ProgressMessage): void };
expose(createWorkerApi(undefined, (share) => page.postMessage({ opsimProgress: share })));
