// State that must not leak from one scenario, edit or link to the next: each test is one bug a
// COO met in the page (issue 17), replayed in Chromium.
import { readFileSync } from 'node:fs';
import LZString from 'lz-string';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from './browser.js';
import { runAndWait } from './pageActions.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const company = 'company/ai-native.yaml';

describe('state across files, edits and links', () => {
  test('a sweep parameter typed for one file is gone after opening another, and that file sweeps', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.selectOption('[data-testid=scenario-picker]', company);
    await page.waitForSelector('svg.diagram .node[data-node="ticket-gate"]');
    await page.click('[data-tab=sweep]');
    await page.fill('[data-testid=sweep-param]', 'pools.engineers.headcount');
    await page.fill('[data-testid=sweep-values]', '3,4');
    await page.fill('[data-testid=sweep-param2]', 'pools.support-team.headcount');
    await page.fill('[data-testid=sweep-values2]', '2,3');
    await page.selectOption('[data-testid=scenario-picker]', 'validation/mm1.yaml');
    await page.waitForSelector('svg.diagram .node[data-node="queue"]', { state: 'attached' });
    expect(await page.inputValue('[data-testid=sweep-param]')).not.toContain('engineers');
    expect(await page.inputValue('[data-testid=sweep-param2]')).toBe('');
    expect(await page.inputValue('[data-testid=sweep-values2]')).toBe('');
    await page.fill('[data-testid=replications]', '2');
    await page.press('[data-testid=replications]', 'Tab');
    await page.fill('[data-testid=sweep-param]', 'pools.server.capacity');
    await page.fill('[data-testid=sweep-values]', '1,2');
    await runAndWait(page, '[data-testid=sweep]', '[data-testid=sweep-results]');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a typed seed and replication count go back to the next file's own", async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.selectOption('[data-testid=scenario-picker]', 'validation/mm1.yaml');
    await page.waitForSelector('svg.diagram .node[data-node="queue"]');
    await page.fill('[data-testid=seed]', 'typed-seed');
    await page.press('[data-testid=seed]', 'Tab');
    await page.fill('[data-testid=replications]', '7');
    await page.press('[data-testid=replications]', 'Tab');
    await page.selectOption('[data-testid=scenario-picker]', company);
    await page.waitForSelector('svg.diagram .node[data-node="ticket-gate"]');
    expect(await page.inputValue('[data-testid=seed]')).toBe('2027');
    expect(await page.inputValue('[data-testid=replications]')).toBe('8');
    // Undo brings back the first file with the settings typed for it.
    await page.click('[data-testid=undo]');
    await page.waitForSelector('svg.diagram .node[data-node="queue"]');
    expect(await page.inputValue('[data-testid=seed]')).toBe('typed-seed');
    expect(await page.inputValue('[data-testid=replications]')).toBe('7');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('key-number groups opened or closed by the user stay so after an edit', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.selectOption('[data-testid=scenario-picker]', company);
    await page.waitForSelector('[data-testid=edit-form] details[data-group="Pool engineers (human)"]');
    const group = page.locator('[data-testid=edit-form] details[data-group="Pool engineers (human)"]');
    const other = page.locator('[data-testid=edit-form] details[data-group="Pool finance-team (human)"]');
    expect(await group.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false); // many groups: closed at first
    await group.locator('summary').click();
    await other.locator('summary').click();
    const field = page.locator('[data-path="pools.engineers.headcount"]');
    await field.fill('5');
    await field.press('Tab');
    await page.waitForSelector('[data-testid=edits-summary]:has-text("pools.engineers.headcount = 5")');
    expect(await group.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await other.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // Closed again: stays closed through the next edit. The form redraws when the scenario's check of
    // the last edit comes back; a click whose press and release fall either side of that redraw toggles
    // nothing (as for a person), so click until it is closed.
    await expect
      .poll(async () => {
        if (await other.evaluate((d) => (d as HTMLDetailsElement).open)) await other.locator('summary').click();
        return other.evaluate((d) => (d as HTMLDetailsElement).open);
      })
      .toBe(false);
    await field.fill('6');
    await field.press('Tab');
    await page.waitForSelector('[data-testid=edits-summary]:has-text("pools.engineers.headcount = 6")');
    expect(await other.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await group.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a variant shows its own description, not only the base's", async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.selectOption('[data-testid=scenario-picker]', company);
    await page.waitForSelector('svg.diagram .node[data-node="ticket-gate"]');
    expect(await page.isHidden('[data-testid=variant-description]')).toBe(true);
    await page.selectOption('[data-testid=design-select]', 'human-run');
    await page.waitForSelector('[data-testid=variant-description]:has-text("humans do all the work")');
    expect(await page.textContent('[data-testid=variant-description]')).toMatch(
      /^Variant human-run: The legacy company/,
    );
    expect(await page.textContent('[data-testid=variant-note]')).toContain('The legacy company');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a share link asking for 0, -5 or more replications than the page runs is refused with a message, and nothing is run', async () => {
    const text = readFileSync('scenarios/validation/mm1.yaml', 'utf8');
    for (const replications of [0, -5, 1001]) {
      const fragment = LZString.compressToEncodedURIComponent(
        JSON.stringify({ v: 1, file: 'mm1.yaml', text, variant: null, seed: '3', replications, warmup: null }),
      );
      const { page, errors } = await openPage(browser, `${inject('siteSubFolder')}#s=${fragment}`);
      expect(await page.textContent('[data-testid=status]')).toContain(
        `The link asks for ${replications.toLocaleString('en-US')} replications`,
      );
      await page.waitForSelector('svg.diagram .node'); // falls back to a scenario, with its own settings
      expect(Number(await page.inputValue('[data-testid=replications]'))).toBeGreaterThanOrEqual(1);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});
