// Results survive a reload (IndexedDB), and a past run can be reopened from Recent runs with its
// scenario, design and settings, giving back the same report JSON byte for byte.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from './browser.js';
import { runAndWait, setReplications } from './pageActions.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('work that survives', () => {
  test('the last run comes back after a reload, and Recent runs reopens it on another file', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.selectOption('[data-testid=scenario-picker]', 'validation/mm1.yaml');
    await page.waitForSelector('svg.diagram .node[data-node="queue"]');
    await setReplications(page, 2);
    await page.fill('[data-testid=seed]', 'kept');
    await page.press('[data-testid=seed]', 'Tab');
    await page.click('[data-tab=run]');
    await runAndWait(page, '[data-testid=run]', '[data-testid=run-results]');
    const json = await page.textContent('[data-testid=report-json]');
    expect(JSON.parse(json!).seed).toBe('kept');

    await page.reload();
    await page.waitForSelector('#app[data-ready="true"]');
    await page.click('[data-tab=run]');
    // The report is restored from IndexedDB after the page is ready: wait for its text rather than
    // read it the moment its element exists (this test failed once on a loaded machine, and that
    // read is the one step here that did not wait for what it checks).
    await expect.poll(() => page.textContent('[data-testid=report-json]'), { timeout: 15_000 }).toBe(json);

    await page.selectOption('[data-testid=scenario-picker]', 'validation/mmc.yaml');
    await page.waitForSelector('[data-testid=status]:has-text("Loaded validation/mmc.yaml")');
    await page.click('[data-tab=recent]');
    // The run is in the list though the page was reloaded as soon as it finished: the newest result and
    // the list are written in one IndexedDB transaction (once they were two, and a reload between them
    // lost the list's entry).
    await page.waitForSelector('[data-testid=recent-runs] li:has-text("Run of base")');
    expect(await page.textContent('[data-testid=recent-runs]')).toContain('mm1.yaml');
    await page.click('[data-testid=recent-runs] li:has-text("mm1.yaml") [data-testid=reopen]');
    await page.waitForSelector('[data-tab=run][aria-selected=true]');
    await expect.poll(() => page.textContent('[data-testid=report-json]'), { timeout: 15_000 }).toBe(json);
    expect(await page.inputValue('[data-testid=seed]')).toBe('kept');
    expect(await page.inputValue('[data-testid=replications]')).toBe('2');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
