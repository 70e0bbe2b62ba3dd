#!/usr/bin/env node
// The CLI is written in TypeScript under src/cli, compiled to dist/ and bundled into dist/bundle/ by
// `npm install` (prepare; scripts/bundleCli.mjs says why it is bundled).
import module from 'node:module';

// On Node 22.1 and later, V8's compiled code for opsim's modules is kept on disk between runs (in the
// system's temporary folder, or NODE_COMPILE_CACHE), so that a command and each of its worker
// processes do not compile the same bundle anew (docs/performance.md). The worker processes inherit
// the folder through the environment. Node 20 has no such cache and goes on as before; a cache that
// cannot be used (a read-only folder) is ignored by Node, never an error.
const cache = module.enableCompileCache?.();
if (cache?.directory && !process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = cache.directory;

import('../dist/bundle/cli/main.js').catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/bundle/cli/main.js')) {
    process.stderr.write('opsim: the CLI is not built yet; run `npm install` (or `npm run build:cli`) first.\n');
    process.exit(1);
  }
  throw err;
});
