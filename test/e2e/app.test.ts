// The web app end to end, in headless Chromium against the built site served from a sub-folder.
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from './browser.js';

const shots = 'test-output/screenshots';
let browser: Browser;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('web app', () => {
  test('opens from a sub-folder with the bundled company scenario drawn as a diagram', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.waitForSelector('svg.diagram .node');
    const nodes = await page.locator('svg.diagram .node').count();
    expect(nodes).toBeGreaterThan(5);
    await page.screenshot({ path: `${shots}/design.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
