// A diagram laid out once is not laid out again on the next visit: the layout is kept in IndexedDB
// under a hash of ELK's input, so a reload draws the same boxes in the same places without starting
// ELK's worker, and a changed graph is laid out anew.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const elkWorkers = (page: Page) => page.workers().filter((w) => /elk-worker/.test(w.url())).length;
const boxes = (page: Page) =>
  page.$$eval('svg.diagram .node', (nodes) =>
    nodes.map((n) => `${n.getAttribute('data-node')} ${n.getAttribute('transform') ?? ''}`).sort(),
  );

describe('stored diagram layouts', () => {
  test('a reload draws the same layout without ELK; a changed graph is laid out again', async () => {
    const { page, errors } = await openPage(browser, inject('siteRoot'));
    await page.selectOption('[data-testid=scenario-picker]', 'validation/jackson-tandem.yaml');
    await page.waitForSelector('[data-testid=status]:has-text("Loaded validation/jackson-tandem.yaml")');
    await page.waitForSelector('svg.diagram .node');
    const first = await boxes(page);
    expect(elkWorkers(page)).toBe(1);
    // Stored once drawn; the write is asynchronous, so give it a moment before leaving.
    await page.waitForTimeout(500);

    await page.reload();
    await page.waitForSelector('#app[data-ready="true"]');
    await page.waitForSelector('svg.diagram .node');
    expect(await boxes(page)).toEqual(first);
    expect(elkWorkers(page)).toBe(0);

    // A graph never laid out before (another file) still gets ELK.
    await page.selectOption('[data-testid=scenario-picker]', 'validation/mmck.yaml');
    await page.waitForSelector('[data-testid=status]:has-text("Loaded validation/mmck.yaml")');
    await page.waitForFunction(() => document.querySelector('svg.diagram .node[data-node]') !== null);
    const until = Date.now() + 10_000;
    while (elkWorkers(page) === 0 && Date.now() < until) await page.waitForTimeout(100);
    expect(elkWorkers(page)).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
