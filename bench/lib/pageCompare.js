// The page's Compare as a reader runs it, for the bench's `page` workload and bench/browserCompare.js:
// the built site served on loopback, Debian's Chromium through playwright-core, the bundled
// company's five designs (VARIANTS of compareCli.js) compared, timed from the click on Compare to
// the report. The page is loaded and its workers warmed up on the open design before the click, as
// they are while a reader picks designs; that part is not timed.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { repoRoot } from './loadDist.js';
import { VARIANTS } from '../workloads/compareCli.js';

export const CHROMIUM = '/usr/bin/chromium';

export const hasChromium = () => existsSync(CHROMIUM);

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Builds the site (vite, into a temporary folder) and serves it on 127.0.0.1: { url, close }. */
export async function openSite() {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'opsim-site-'));
  await build({
    configFile: join(repoRoot, 'vite.config.ts'),
    root: join(repoRoot, 'web'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(outDir, path));
    if (!file.startsWith(normalize(outDir) + sep)) return void res.writeHead(403).end();
    try {
      res
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Headless Chromium as the project's browser tests start it. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * One Compare of the company's five designs in a fresh page: { ms, json }, ms from the click to the
 * report. `profileDir`, when given, receives a CPU profile of the page's main thread during it.
 */
export async function comparePage(browser, url, { replications, seed, profileDir = null, name = 'page-main' }) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
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
    const cdp = profileDir ? await context.newCDPSession(page) : null;
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
    const ms = Date.now() - t0;
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(join(profileDir, `${name}.cpuprofile`), JSON.stringify(profile));
    }
    const error = await page.textContent('[data-testid=run-error]');
    if (error) throw new Error(`the page's compare failed: ${error}`);
    return { ms, json: (await page.textContent('[data-testid=compare-json]')) ?? '' };
  } finally {
    await context.close();
  }
}

/** Where the page's report first differs from the CLI's (a path and both values), or null when they are the same. */
export function firstDifference(pageJson, cliJson) {
  const leaf = (a, b, path) => {
    if (typeof a === 'object' && a && b && typeof b === 'object') {
      for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
        const d = leaf(a[k], b[k], `${path}.${k}`);
        if (d) return d;
      }
      return null;
    }
    return Object.is(a, b) ? null : `${path}: page ${a}, CLI ${b}`;
  };
  return leaf(JSON.parse(pageJson), JSON.parse(cliJson), '');
}
