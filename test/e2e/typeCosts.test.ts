// Cost per done item by item type beside the total, in Run and Compare, on the company file (five
// item types): the page's cells are the report's figures, the types listed are the report's, and
// Compare names the cheapest design per type as the report's means say.
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

interface Ci {
  mean: number;
}
interface Cost {
  perDone: Ci;
  total: Ci;
  byType: Record<string, { perDone: Ci; total: Ci }>;
}
const money = (v: number) =>
  new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: Math.abs(v) < 100 ? 2 : 0,
    maximumFractionDigits: Math.abs(v) < 100 ? 2 : 0,
  }).format(v);

describe('cost per done item by item type', () => {
  test('Run and Compare show each type beside the total, as the report says', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.selectOption('[data-testid=scenario-picker]', 'company/ai-native.yaml');
    await page.waitForSelector('[data-testid=status]:has-text("Loaded company/ai-native.yaml")');
    await setReplications(page, 2);
    await page.click('[data-tab=run]');
    await runAndWait(page, '[data-testid=run]', '[data-testid=run-results]');
    const run = JSON.parse((await page.textContent('[data-testid=report-json]')) ?? '') as { cost: Cost };
    const rows = await page
      .locator('[data-testid=run-results] [data-testid=type-cost-table] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    const types = Object.keys(run.cost.byType).sort();
    expect(types.length).toBeGreaterThanOrEqual(3);
    expect(rows.map((r) => r[0])).toEqual(['All types', ...types]);
    // Means (the half-width follows them), and each type's total in the window.
    expect(rows[0][1].split(' ± ')[0]).toBe(money(run.cost.perDone.mean));
    rows.slice(1).forEach((r, i) => {
      expect(r[1].split(' ± ')[0], types[i]).toBe(money(run.cost.byType[types[i]].perDone.mean));
      expect(r[2], types[i]).toBe(money(run.cost.byType[types[i]].total.mean));
    });

    await page.click('[data-tab=compare]');
    for (const box of await page.locator('[data-testid=compare-designs] input:not([disabled])').all())
      if ((await box.getAttribute('value')) !== 'merge-cs-teams') await box.uncheck();
    await runAndWait(page, '[data-testid=compare]', '[data-testid=compare-results]');
    const cmp = JSON.parse((await page.textContent('[data-testid=compare-json]')) ?? '') as {
      designs: { name: string; cost: Cost }[];
    };
    expect(cmp.designs.map((d) => d.name)).toEqual(['base', 'merge-cs-teams']);
    const header = await page
      .locator('[data-testid=compare-results] [data-testid=type-cost-table] thead th')
      .allTextContents();
    expect(header).toEqual(['Item type', 'base', 'merge-cs-teams']);
    const cheapest = (perDone: (c: Cost) => number) =>
      cmp.designs.reduce((a, b) => (perDone(b.cost) < perDone(a.cost) ? b : a)).name;
    const said = [
      `all types: ${cheapest((c) => c.perDone.mean)}`,
      ...types.map((t) => `${t}: ${cheapest((c) => c.byType[t].perDone.mean)}`),
    ];
    expect(await page.textContent('[data-testid=type-cost-sentence]')).toBe(
      `Lowest mean cost per done item, ${said.join('; ')}.`,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
