// Executive load against decision budgets in the page: the swamped VP of Support (support-vp.yaml)
// is said to be over budget in Run, and in Compare each design's executives are read against their
// budgets with the same verdict the report's 95% interval gives, with the 100% line on the chart.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from './browser.js';
import { dropScenario, runAndWait, setReplications } from './pageActions.js';
import { readFileSync } from 'node:fs';
import { formatPerWeek } from '../../web/charts/format.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Ci {
  mean: number;
  lo: number;
  hi: number;
}
type Executives = Record<
  string,
  { budgetUtilisation: Ci; budgetHours: Ci; abandonedWaiting: Ci; turnedAway: Ci; leftBySla: Ci }
>;

const verdict = (e: Executives[string]) =>
  !(e.budgetHours.mean > 0)
    ? 'no budget'
    : e.budgetUtilisation.lo > 1
      ? 'over budget'
      : e.budgetUtilisation.hi <= 1
        ? 'within budget'
        : 'cannot tell';

describe('executive load against budgets', () => {
  test('Run and Compare read each executive against their decision budget, as the report says', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.selectOption('[data-testid=scenario-picker]', 'company/support-vp.yaml');
    await page.waitForSelector('[data-testid=status]:has-text("Loaded company/support-vp.yaml")');
    await setReplications(page, 6);
    await page.click('[data-tab=run]');
    await runAndWait(page, '[data-testid=run]', '[data-testid=run-results]');
    const run = JSON.parse((await page.textContent('[data-testid=report-json]')) ?? '') as { executives: Executives };
    const runRows = await page
      .locator('[data-testid=run-results] [data-testid=budget-table] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.children[0].textContent, tr.lastElementChild?.textContent]));
    expect(runRows).toEqual(Object.entries(run.executives).map(([id, e]) => [id, verdict(e)]));
    expect(run.executives['vp-support'].budgetUtilisation.lo).toBeGreaterThan(1); // the file's point
    expect(await page.textContent('[data-testid=run-results] [data-testid=budget-sentence]')).toMatch(
      /^Over their decision budget: vp-support \(10\d\.\d%\)\./,
    );
    expect(await page.locator('[data-testid=run-results] [data-testid=chart-budget-use] .reference line').count()).toBe(
      1,
    );

    await page.click('[data-tab=compare]');
    await runAndWait(page, '[data-testid=compare]', '[data-testid=compare-results]');
    const cmp = JSON.parse((await page.textContent('[data-testid=compare-json]')) ?? '') as {
      designs: { name: string; executives: Executives }[];
    };
    const cmpRows = await page
      .locator('[data-testid=compare-results] [data-testid=budget-table] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.children[0].textContent, tr.children[1].textContent, tr.lastElementChild?.textContent]),
      );
    expect(cmpRows).toEqual(
      cmp.designs.flatMap((d) => Object.entries(d.executives).map(([id, e]) => [d.name, id, verdict(e)])),
    );
    expect(await page.locator('[data-testid=compare-results] [data-testid=chart-budget-use] .bar').count()).toBe(2);
    // What became of the escalations not decided: the swamped VP's items give up waiting, and the
    // table says how many a week (received 85 /wk, decided 17 /wk said nothing of the rest).
    const header = await page
      .locator('[data-testid=compare-results] [data-testid=budget-table] thead th')
      .allTextContents();
    const gaveUp = header.indexOf('Gave up waiting per week');
    expect(gaveUp).toBeGreaterThan(0);
    expect(header).not.toContain('Turned away (queue full) per week'); // none in any design: no column
    expect(header).toContain('Waiting at the end'); // the swamped VP's backlog
    const gaveUpCells = await page
      .locator('[data-testid=compare-results] [data-testid=budget-table] tbody tr')
      .evaluateAll((trs, i) => trs.map((tr) => tr.children[i].textContent ?? ''), gaveUp);
    const weeks = (cmp.designs as unknown as { weeks: number }[]).map((d) => d.weeks);
    expect(gaveUpCells.map((c) => c.split(' (')[0].split(' ± ')[0])).toEqual(
      cmp.designs.flatMap((d, k) =>
        Object.values(d.executives).map((e) => formatPerWeek(e.abandonedWaiting.mean / weeks[k])),
      ),
    );
    expect(cmp.designs.some((d) => Object.values(d.executives).some((e) => e.abandonedWaiting.mean > 0))).toBe(true);
    await page
      .locator('[data-testid=compare-results] [data-testid=executive-budgets]')
      .screenshot({ path: 'test-output/screenshots/executive-budgets.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('an executive without a decision budget', () => {
  test('reads "no budget" in the Run tab, not 0% of a budget used', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await dropScenario(page, 'forum.yaml', readFileSync('scenarios/validation/forum.yaml', 'utf8'));
    await setReplications(page, 2);
    await page.click('[data-tab=run]');
    await runAndWait(page, '[data-testid=run]', '[data-testid=run-results]');
    const header = await page.locator('[data-testid=executives-table] thead th').allTextContents();
    const row = await page
      .locator('[data-testid=executives-table] tbody tr')
      .first()
      .locator('th, td')
      .allTextContents();
    expect(row[0]).toBe('coo');
    expect(row[header.indexOf('Budget used')]).toBe('no budget');
    // The coo decides at the forum it chairs, which is not a task: the Pools table says so.
    expect(await page.textContent('[data-testid=pools-forum-note]')).toContain('decisions at forums it chairs');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
