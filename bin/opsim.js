#!/usr/bin/env node
// The CLI is written in TypeScript under src/cli, compiled to dist/ and bundled into dist/bundle/ by
// `npm install` (prepare; scripts/bundleCli.mjs says why it is bundled).
import('../dist/bundle/cli/main.js').catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/bundle/cli/main.js')) {
    process.stderr.write('opsim: the CLI is not built yet; run `npm install` (or `npm run build:cli`) first.\n');
    process.exit(1);
  }
  throw err;
});
