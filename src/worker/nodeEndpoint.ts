// comlink's Node adapter (worker_threads ports look like a browser Worker). comlink ships it as UMD
// whose CommonJS export is the function itself, while its .d.ts declares a default export; this file
// hides that mismatch so the rest of the code gets a correctly typed function.
import type { Endpoint } from 'comlink';
import type { NodeEndpoint } from 'comlink/dist/umd/node-adapter.js';
import * as adapterModule from 'comlink/dist/umd/node-adapter.js';

type Adapter = (nep: NodeEndpoint) => Endpoint;
const loaded = adapterModule as unknown as { default: Adapter | { default: Adapter } };
const adapter: Adapter = typeof loaded.default === 'function' ? loaded.default : loaded.default.default;

export function nodeEndpoint(port: NodeEndpoint): Endpoint {
  return adapter(port);
}
