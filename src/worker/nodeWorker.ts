// worker_threads entry: exposes the worker API to the parent thread through comlink's Node adapter.
// Node-only; the CLI spawns it from dist/worker/nodeWorker.js.
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import { nodeEndpoint } from './nodeEndpoint.js';
import { workerApi } from './api.js';

if (!parentPort) throw new Error('nodeWorker.js must be started as a worker thread');
expose(workerApi, nodeEndpoint(parentPort));
