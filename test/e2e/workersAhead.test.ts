// The page starts its simulation workers, and warms each on the open model, once it is idle after
// loading, so the first Run does not wait for them; what ran before does not change a report: the
// first Run after the warm-up is byte-identical to `opsim run --json`.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from './browser.js';
import { cliRunJson } from './nodeReport.js';
import { runAndWait, setReplications } from './pageActions.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('simulation workers started ahead', () => {
  test('are running before the first click, and the first run is the CLI report byte for byte', async () => {
    const { page, errors } = await openPage(browser, inject('siteRoot'));
    const cores = await page.evaluate(() => navigator.hardwareConcurrency || 2);
    const simWorkers = () => page.workers().filter((w) => /browserWorker/.test(w.url())).length;
    // Nothing has been clicked: the workers come from the page's idle time alone.
    const until = Date.now() + 15_000;
    while (simWorkers() < cores && Date.now() < until) await page.waitForTimeout(100);
    expect(simWorkers()).toBe(cores);

    await page.selectOption('[data-testid=scenario-picker]', 'company/support-vp.yaml');
    await page.waitForSelector('[data-testid=status]:has-text("Loaded company/support-vp.yaml")');
    await setReplications(page, 3);
    await page.click('[data-tab=run]');
    await runAndWait(page, '[data-testid=run]', '[data-testid=run-results]');
    // The same workers ran the replications: none was started for the click.
    expect(simWorkers()).toBe(cores);
    const text = readFileSync('scenarios/company/support-vp.yaml', 'utf8');
    const seed = await page.inputValue('[data-testid=seed]');
    expect(await page.textContent('[data-testid=report-json]')).toBe(
      await cliRunJson('support-vp.yaml', text, ['--replications', '3', '--seed', seed]),
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
