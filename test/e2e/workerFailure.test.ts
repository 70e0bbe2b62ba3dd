// A simulation worker that cannot be loaded (a failed download, a blocked script) fails the run with
// a message instead of leaving it waiting until Cancel; the page stays usable and a later run, with
// the worker script reachable again, works.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './browser.js';
import { runAndWait, setReplications } from './pageActions.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a simulation worker that fails to load', () => {
  test('fails the run with a message naming the worker, and the next run starts fresh workers', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    let blocked = true;
    const requested: string[] = [];
    await context.route(/browserWorker[^/]*\.js$/, async (route) => {
      requested.push(route.request().url());
      if (blocked) await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
      else await route.continue();
    });
    const page = await context.newPage();
    await page.goto(inject('siteRoot'));
    await page.waitForSelector('#app[data-ready="true"]');
    await page.selectOption('[data-testid=scenario-picker]', 'validation/mm1.yaml');
    await page.waitForSelector('[data-testid=status]:has-text("Loaded")');
    await setReplications(page, 4);
    await page.click('[data-tab=run]');

    await page.click('[data-testid=run]');
    await page.waitForFunction(
      () => (document.querySelector('[data-testid=run-error]')?.textContent ?? '') !== '',
      null,
      { timeout: 30_000 },
    );
    expect(requested.length).toBeGreaterThan(0);
    expect(await page.textContent('[data-testid=run-error]')).toMatch(
      /^WorkerError: a simulation worker stopped while running replication \d of ".*": it could not be loaded or crashed$/,
    );
    expect(await page.isEnabled('[data-testid=run]')).toBe(true);

    blocked = false;
    await runAndWait(page, '[data-testid=run]', '[data-testid=run-results]');
    expect(await page.getAttribute('[data-testid=run-results]', 'data-replications')).toBe('4');
    await context.close();
  });
});
