// The worker layer's Node-only entry (index.ts is the one the browser can load too): how the CLI
// reaches a worker running in another thread of the same Node process.
export { nodeEndpoint } from './nodeEndpoint.js';
