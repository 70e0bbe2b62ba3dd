#!/usr/bin/env node
// The page's Compare against the CLI's, measured in one run: five designs of the bundled company
// (base and four variants) x 100 replications, in headless Chromium (Debian's /usr/bin/chromium,
// through playwright-core, on the built site) and with `opsim compare --workers 2`. Prints both wall
// times, replications per second, and the page's rate as a ratio to the CLI's. Reports must match.
//   npm run build:cli && node bench/browserCompare.js [replications=100] [rounds=1]
// OPSIM_PROFILE_DIR=<dir> also writes a CPU profile of the page's main thread during each Compare
// (open it in DevTools, or summarise it with tools/profileSummary.js).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { repoRoot } from './lib/loadDist.js';
import { VARIANTS, runCompareCli } from './workloads/compareCli.js';

const replications = Number(process.argv[2] ?? 100);
const rounds = Number(process.argv[3] ?? 1);
const seed = '2027';

const outDir = mkdtempSync(join(tmpdir(), 'opsim-site-'));
await build({
  configFile: join(repoRoot, 'vite.config.ts'),
  root: join(repoRoot, 'web'),
  logLevel: 'error',
  build: { outDir, emptyOutDir: true },
});
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};
const server = createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(outDir, path));
  if (!file.startsWith(normalize(outDir) + sep)) return void res.writeHead(403).end();
  try {
    res
      .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
      .end(await readFile(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const results = [];
for (let round = 0; round < rounds; round++) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  await page.waitForSelector('#app[data-ready="true"]');
  // The page starts its workers and warms them up on the open design once it is idle: a reader
  // choosing designs gives it that time, so the bench does too (the warm-up is a few hundred ms).
  const until = Date.now() + 15_000;
  while (page.workers().filter((w) => /browserWorker/.test(w.url())).length < 2 && Date.now() < until)
    await page.waitForTimeout(100);
  await page.waitForTimeout(1000);
  await page.selectOption('[data-testid=scenario-picker]', 'company/ai-native.yaml');
  await page.waitForSelector('[data-testid=status]:has-text("Loaded")');
  await page.fill('[data-testid=seed]', seed);
  await page.press('[data-testid=seed]', 'Tab');
  await page.fill('[data-testid=replications]', String(replications));
  await page.press('[data-testid=replications]', 'Tab');
  await page.click('[data-tab=compare]');
  await page.$$eval(
    '[data-testid=compare-designs] input[type=checkbox]:not([disabled])',
    (boxes, keep) => {
      for (const b of boxes) b.checked = keep.includes(b.value);
    },
    VARIANTS,
  );
  const profileDir = process.env.OPSIM_PROFILE_DIR;
  const cdp = profileDir ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  const t0 = Date.now();
  await page.click('[data-testid=compare]');
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid=compare-results]')?.getAttribute('data-runs') === '1' ||
      (document.querySelector('[data-testid=run-error]')?.textContent ?? '') !== '',
    null,
    { timeout: 600_000 },
  );
  const pageMs = Date.now() - t0;
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(profileDir, `page-main-${round}.cpuprofile`), JSON.stringify(profile));
  }
  const error = await page.textContent('[data-testid=run-error]');
  if (error) throw new Error(`the page's compare failed: ${error}`);
  const pageJson = await page.textContent('[data-testid=compare-json]');
  await page.context().close();

  const c0 = Date.now();
  const cliJson = runCompareCli(replications, 2, seed);
  const cliMs = Date.now() - c0;
  const same = JSON.stringify(JSON.parse(pageJson)) === JSON.stringify(JSON.parse(cliJson));
  if (!same) {
    const p = JSON.parse(pageJson);
    const c = JSON.parse(cliJson);
    const leaf = (a, b, path = '') => {
      if (typeof a === 'object' && a && b && typeof b === 'object') {
        for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
          const d = leaf(a[k], b[k], `${path}.${k}`);
          if (d) return d;
        }
        return null;
      }
      return Object.is(a, b) ? null : `${path}: page ${a}, CLI ${b}`;
    };
    console.error(leaf(p, c));
    console.error(
      `differs: ${Object.keys(c)
        .filter((k) => JSON.stringify(p[k]) !== JSON.stringify(c[k]))
        .join(', ')}; page seed ${p.seed}, CLI seed ${c.seed}`,
    );
  }
  results.push({ pageMs, cliMs, same });
}
await browser.close();
server.close();

const runs = 5 * replications;
for (const r of results) {
  console.log(
    `5 designs x ${replications} replications: page ${(r.pageMs / 1000).toFixed(1)} s (${((runs / r.pageMs) * 1000).toFixed(1)}/s), CLI --workers 2 ${(r.cliMs / 1000).toFixed(1)} s (${((runs / r.cliMs) * 1000).toFixed(1)}/s), page/CLI rate ${(r.cliMs / r.pageMs).toFixed(2)}, same report: ${r.same ? 'yes' : 'NO'}`,
  );
}
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`load average ${load}`);
process.exitCode = results.every((r) => r.same) ? 0 : 1;
