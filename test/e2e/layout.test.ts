// The page at a phone's, a small laptop's and a desktop's width: no sideways page scroll on any
// tab (the compare table used to make the page 1,434 px wide at 800 px), a skip link and a short
// tab order to the results, every control labelled, the first-visit guide, and the bundled company
// files listed apart from the validation models. Screenshots at each width go to test-output/.
import { mkdirSync, readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from './browser.js';
import { runAndWait, setReplications } from './pageActions.js';

const shots = 'test-output/screenshots';
let browser: Browser;
beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const pageOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('layout and access', () => {
  test('no sideways page scroll at 390, 800 and 1440 px on Design, Run and Compare', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'), { width: 1440, height: 900 });
    await page.selectOption('[data-testid=scenario-picker]', 'company/ai-native.yaml');
    await page.waitForSelector('svg.diagram .node[data-node="ticket-gate"]', { timeout: 60_000 });
    await setReplications(page, 2);
    await page.click('[data-tab=run]');
    await runAndWait(page, '[data-testid=run]', '[data-testid=run-results]');
    await page.click('[data-tab=compare]');
    await runAndWait(page, '[data-testid=compare]', '[data-testid=compare-results]');
    for (const width of [1440, 800, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const tab of ['design', 'run', 'compare']) {
        await page.click(`[data-tab=${tab}]`);
        expect(await pageOverflow(page), `${tab} at ${width} px`).toBeLessThanOrEqual(0);
      }
      await page.screenshot({ path: `${shots}/layout-${width}.png` });
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a skip link, a short way to the tabs, labelled controls, a guide, and company files apart', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'), undefined, undefined, true);
    await page.selectOption('[data-testid=scenario-picker]', 'validation/mm1.yaml');
    await page.waitForSelector('svg.diagram .node[data-node="queue"]');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('skip-link');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
    // Without the skip link: the tabs come before the key-numbers form.
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.focus('[data-testid=skip-link]');
    let presses = 1;
    while (presses < 60 && (await page.evaluate(() => document.activeElement?.getAttribute('role'))) !== 'tab') {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(presses).toBeLessThanOrEqual(25);
    const unlabelledControls = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('input, select, textarea, button')]
          .filter((c) => !(c as HTMLInputElement).hidden && c.offsetParent !== null)
          .filter(
            (c) =>
              !(
                c.getAttribute('aria-label') ||
                ((c as HTMLInputElement).labels?.length ?? 0) > 0 ||
                (c.tagName === 'BUTTON' && c.textContent?.trim())
              ),
          )
          .map((c) => c.outerHTML.slice(0, 80)),
      );
    expect(await unlabelledControls()).toEqual([]);
    // The Run tab's controls after a run (event log, drift), and the text editor.
    await page.click('[data-tab=run]');
    await runAndWait(page, '[data-testid=run]', '[data-testid=run-results]');
    await page.click('[data-testid=edit-text]');
    await page.waitForSelector('[data-testid=paste-text]');
    expect(await unlabelledControls()).toEqual([]);
    await page.click('[data-testid=paste-load]');
    expect(await page.isVisible('[data-testid=guide]')).toBe(true);
    await page.click('[data-testid=guide-close]');
    await page.reload();
    await page.waitForSelector('#app[data-ready="true"]');
    expect(await page.isVisible('[data-testid=guide]')).toBe(false);
    const groups = await page
      .locator('[data-testid=scenario-picker] optgroup')
      .evaluateAll((gs) => gs.map((g) => [g.getAttribute('label'), g.children.length]));
    expect(groups[0]).toEqual([
      'Company designs',
      readdirSync(new URL('../../scenarios/company/', import.meta.url)).filter((f) => f.endsWith('.yaml')).length,
    ]);
    expect(groups[groups.length - 1][0]).toMatch(/^Validation models/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
