// Bundles the compiled CLI and its worker process (dist/cli/main.js, dist/worker/nodeWorker.js) into
// dist/bundle/, which bin/opsim.js runs. Node's ESM loader resolves, reads and links each of the
// ~280 modules a compare needs one by one: about 0.13 s of every command's start, and again in each
// worker process. As a few files it is a fraction of that (docs/performance.md, round 11).
//
// The bundler is rolldown (the one vite already builds the page with). The package's dependencies
// stay external: npm installs and dedupes them as usual, and their licences stay in their folders.
// Every chunk goes to bundle/cli/, so that nodeIo's `../worker/nodeWorker.js`, taken from any
// chunk's import.meta.url, names the bundled worker.
//   node scripts/bundleCli.mjs        (run by `npm run build:cli`, after tsc)
import { readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const out = join(dist, 'bundle');
const { dependencies = {} } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const deps = Object.keys(dependencies);
const builtins = new Set(builtinModules);

// A dependency, a subpath of one (ajv/dist/runtime/...), or a Node built-in.
const external = (id) =>
  id.startsWith('node:') || builtins.has(id) || deps.some((d) => id === d || id.startsWith(`${d}/`));

rmSync(out, { recursive: true, force: true });
await build({
  input: {
    'cli/main': join(dist, 'cli', 'main.js'),
    'worker/nodeWorker': join(dist, 'worker', 'nodeWorker.js'),
  },
  platform: 'node',
  external,
  logLevel: 'warn',
  output: {
    dir: out,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: 'cli/[name]-[hash].js',
  },
});
