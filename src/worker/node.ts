// The worker layer's Node-only entry (index.ts is the one the browser can load too): how the CLI
// starts a worker in a child process and reaches its API.
export { spawnNodeWorker, causeIn } from './nodeProcess.js';
