#!/usr/bin/env node
// The engine alone in Chromium against Node: the company's five designs (as bench/browserCompare.js
// and the page's Compare run them), replications timed after a warm-up, in a Chromium Web Worker
// (where the page runs them) and in this Node process, the same bundled code in alternate rounds.
// Tells how much of the page's rate against the CLI's is the JavaScript engine's own.
//   node bench/browserEngine.js [replications=20] [rounds=3]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { repoRoot } from './lib/loadDist.js';
import { VARIANTS } from './workloads/compareCli.js';
import { COMPANY_FILE } from './workloads/companyScenario.js';

const reps = Number(process.argv[2] ?? 20);
const rounds = Number(process.argv[3] ?? 3);
const warm = 8;
const text = readFileSync(join(repoRoot, COMPANY_FILE), 'utf8');

const outDir = mkdtempSync(join(tmpdir(), 'opsim-engine-'));
await build({
  configFile: false,
  logLevel: 'error',
  // A dependency reads process.env.NODE_ENV, which a library build leaves as it is.
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir,
    emptyOutDir: true,
    minify: false,
    lib: { entry: join(repoRoot, 'bench/browserEngine/entry.js'), formats: ['es'], fileName: () => 'engine.js' },
  },
});
const files = {
  '/engine.js': await readFile(join(outDir, 'engine.js')),
  '/worker.js': await readFile(join(repoRoot, 'bench/browserEngine/worker.js')),
  '/': Buffer.from('<!doctype html><title>engine</title>'),
};
const server = createServer((req, res) => {
  const body = files[new URL(req.url ?? '/', 'http://x').pathname];
  if (!body) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': req.url === '/' ? 'text/html' : 'text/javascript' }).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;
const { measure } = await import(pathToFileURL(join(outDir, 'engine.js')).href);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage();
await page.goto(url);
const inWorker = (job) =>
  page.evaluate(
    (job) =>
      new Promise((resolve, reject) => {
        const w = new Worker('/worker.js', { type: 'module' });
        w.onmessage = (e) => {
          resolve(e.data);
          w.terminate();
        };
        w.onerror = (e) => reject(new Error(e.message));
        w.postMessage(job);
      }),
    job,
  );

const job = { text, variants: VARIANTS, reps, warm };
const rows = [];
for (let round = 0; round < rounds; round++) {
  const chrome = await inWorker(job);
  const node = measure(text, VARIANTS, reps, warm);
  if (chrome.events !== node.events) throw new Error(`events differ: Chromium ${chrome.events}, Node ${node.events}`);
  rows.push({ chrome: chrome.ms, node: node.ms });
  console.log(
    `round ${round + 1}: ${5 * reps} replications, Chromium worker ${chrome.ms.toFixed(0)} ms, Node ${node.ms.toFixed(0)} ms, Node/Chromium rate ${(chrome.ms / node.ms).toFixed(2)}`,
  );
}
await browser.close();
server.close();
const chromiumVersion = (await import('node:child_process'))
  .execSync('/usr/bin/chromium --version', { stdio: ['ignore', 'pipe', 'ignore'] })
  .toString()
  .trim();
console.log(`${chromiumVersion}; Node ${process.version} (V8 ${process.versions.v8})`);
