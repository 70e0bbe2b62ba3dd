// The Select tab end to end in headless Chromium: the swamped VP of Support (support-vp.yaml) with a
// limit on every executive's decision budget: the decision summary names the selected design, shows
// its warnings, states the guarantee in words and says why the base was dropped, in words rather than keys; the report is
// byte-identical to `opsim select --json` in Node; the table exports as CSV; the result and its goal
// come back after a reload; no sideways scroll at 390, 800 and 1,440 px; and Cancel stops a long
// selection, reporting the replications every design finished.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from './browser.js';
import { cliJson } from './nodeReport.js';
import { differingLeaves, runAndWait } from './pageActions.js';

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

describe('Select tab', () => {
  test('selects the design that keeps every executive within budget, with the bytes of opsim select --json', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'), { width: 1440, height: 1000 });
    await page.selectOption('[data-testid=scenario-picker]', 'company/support-vp.yaml');
    await page.waitForSelector('[data-testid=status]:has-text("Loaded company/support-vp.yaml")');
    await page.click('[data-tab=select]');
    expect(await page.inputValue('[data-testid=select-objective]')).toBe('costPerDone');
    expect(await page.inputValue('[data-testid=select-direction]')).toBe('min');

    // Without a zone nothing runs, and the message names the field.
    await page.click('[data-testid=select-run]');
    await page.waitForSelector('[data-testid=run-error]:has-text("Indifference zone: required")');

    await page.fill('[data-testid=select-delta]', '1');
    await page.click('[data-testid=select-add-limit]');
    expect(await page.inputValue('[data-testid=limit-figure]')).toBe('budgetUse:*');
    await page.fill('[data-testid=limit-value]', '100%');
    await page.fill('[data-testid=select-delta]', '1'); // fires input: the command line follows the form
    expect(await page.textContent('[data-testid=select-cli]')).toBe(
      "opsim select support-vp.yaml --objective min:costPerDone --constraint 'budgetUse:*<=100%' --delta 1 --confidence 0.95 --seed 11",
    );
    await runAndWait(page, '[data-testid=select-run]', '[data-testid=select-results]');

    const summary = (await page.textContent('[data-testid=decision-summary]')) ?? '';
    expect(await page.textContent('[data-testid=select-verdict]')).toMatch(
      /^Selected: weekly-refund-review, the lowest cost per done item among the designs that meet every limit at \$16\.\d\d \(95% CI /,
    );
    expect(await page.textContent('[data-testid=select-guarantee]')).toMatch(
      /^With probability at least 95%, both hold: .* weekly-refund-review has the lowest mean cost per done item among the feasible designs/,
    );
    // The review keeps the VP within the limit's tolerance, yet spends nearly all of the budget: the
    // warning compare would give it stands under the verdict.
    expect(
      await page.locator('[data-testid=decision-summary] [data-testid=select-warnings] li').allTextContents(),
    ).toEqual([
      expect.stringMatching(/^Executive vp-support uses 9\d\.\d% of the weekly decision budget \(above 95\.0%\)/),
    ]);
    // The variant's own description, and limits in words, never keys.
    expect(summary).toContain('weekly-refund-review: Refunds below the top 1% wait for the Thursday review');
    expect(summary).toContain('decision budget use of vp-support at most 100.0% (tolerance ±2.0%)');
    expect(summary).not.toContain('budgetUse');
    const rows = await page
      .locator('[data-testid=select-table] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['base', 'misses a limit'],
      ['weekly-refund-review', 'selected'],
    ]);
    expect(rows[0][2]).toBe(
      'infeasible at replication 10: fails decision budget use of vp-support at most 100.0% (tolerance ±2.0%)',
    );
    expect(rows[1][2]).toBe('best feasible design on cost per done item');
    const report = JSON.parse((await page.textContent('[data-testid=select-json]')) ?? '') as {
      designs: { replications: number; simulated: number }[];
    };
    expect(rows.map((r) => r.slice(-2).map(Number))).toEqual(report.designs.map((d) => [d.replications, d.simulated]));
    expect(await page.locator('[data-testid=chart-select-objective] .bar').count()).toBe(2);
    await page.screenshot({ path: `${shots}/select.png`, fullPage: true });

    // The same bytes as the CLI's, for the same file and options.
    const pageJson = (await page.textContent('[data-testid=select-json]')) ?? '';
    const text = readFileSync('scenarios/company/support-vp.yaml', 'utf8');
    const cli = await cliJson('select', 'support-vp.yaml', text, [
      '--objective',
      'min:costPerDone',
      '--constraint',
      'budgetUse:*<=100%',
      '--delta',
      '1',
      '--confidence',
      '0.95',
      '--seed',
      '11',
    ]);
    expect(differingLeaves(JSON.parse(pageJson), JSON.parse(cli))).toEqual([]);
    expect(pageJson).toBe(cli);

    // The table leaves as CSV.
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=select-results] .table-box:has([data-testid=select-table]) [data-export=csv]'),
    ]);
    expect(d.suggestedFilename()).toBe('select-table.csv');
    const csv = readFileSync(await d.path(), 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(csv[0]).toMatch(/^Design,Outcome,Why,Cost per done item \(mean ± 95% CI\),/);
    expect(csv.slice(1).map((l) => l.split(',')[0])).toEqual(['base', 'weekly-refund-review']);

    // No sideways page scroll at any width.
    for (const width of [1440, 800, 390]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await pageOverflow(page), `select at ${width} px`).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: 1440, height: 1000 });

    // After a reload the result comes back, with the goal it was made for in the form.
    await page.reload();
    await page.waitForSelector('#app[data-ready="true"]');
    await page.click('[data-tab=select]');
    await page.waitForSelector('[data-testid=select-json]', { state: 'attached' });
    expect(await page.textContent('[data-testid=select-json]')).toBe(pageJson);
    expect(await page.inputValue('[data-testid=select-delta]')).toBe('1');
    expect(await page.inputValue('[data-testid=limit-figure]')).toBe('budgetUse:vp-support');
    expect(await page.textContent('[data-testid=select-stale]')).toBe('');
    await page.click('[data-tab=recent]');
    await page.waitForSelector(
      '[data-testid=recent-runs] li:has-text("Selection among 2 designs on cost per done item: weekly-refund-review")',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('chooses among the points of a sweep, named from the scenario, with the bytes of opsim select --param', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.selectOption('[data-testid=scenario-picker]', 'validation/mmc.yaml');
    await page.waitForSelector('[data-testid=status]:has-text("Loaded validation/mmc.yaml")');
    await page.click('[data-tab=select]');
    await page.check('[data-testid=select-among-sweep]');
    expect(await page.isVisible('[data-testid=select-designs]')).toBe(false);
    await page.fill('[data-testid=select-param]', 'pools.servers.capacity');
    await page.fill('[data-testid=select-values]', '5,6,7');
    await page.selectOption('[data-testid=select-objective]', 'cycleTime');
    expect(await page.inputValue('[data-testid=select-direction]')).toBe('min');
    await page.fill('[data-testid=select-delta]', '0.02');
    await page.click('[data-testid=select-add-limit]');
    // No executive here, so no budget use to limit: the new limit starts on throughput, as a floor.
    expect(await page.inputValue('[data-testid=limit-figure]')).toBe('throughputPerWeek');
    expect(await page.inputValue('[data-testid=limit-sense]')).toBe('>=');
    await page.selectOption('[data-testid=limit-figure]', 'utilisation:servers');
    await page.selectOption('[data-testid=limit-sense]', '>=');
    await page.fill('[data-testid=limit-value]', '70%');
    expect(await page.textContent('[data-testid=select-cli]')).toBe(
      "opsim select mmc.yaml --param pools.servers.capacity --values 5,6,7 --objective min:cycleTime --constraint 'utilisation:servers>=70%' --delta 0.02 --confidence 0.95 --seed 1",
    );
    await runAndWait(page, '[data-testid=select-run]', '[data-testid=select-results]');
    const rows = await page
      .locator('[data-testid=select-table] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(0, 3).map((c) => c.textContent ?? '')));
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['Pool servers (agent): concurrency = 5', 'selected'],
      ['Pool servers (agent): concurrency = 6', 'misses a limit'],
      ['Pool servers (agent): concurrency = 7', 'misses a limit'],
    ]);
    expect(rows[1][2]).toBe(
      'infeasible at replication 10: fails utilisation of servers at least 70.0% (tolerance ±1.4%)',
    );
    expect(await page.textContent('[data-testid=select-verdict]')).toMatch(
      /^Selected: Pool servers \(agent\): concurrency = 5, the lowest mean cycle time among the designs that meet every limit/,
    );
    expect(await page.textContent('[data-testid=select-results] [data-testid=decision-summary]')).not.toContain(
      'pools.servers',
    );
    const pageJson = (await page.textContent('[data-testid=select-json]')) ?? '';
    const text = readFileSync('scenarios/validation/mmc.yaml', 'utf8');
    const cli = await cliJson('select', 'mmc.yaml', text, [
      '--param',
      'pools.servers.capacity',
      '--values',
      '5,6,7',
      '--objective',
      'min:cycleTime',
      '--constraint',
      'utilisation:servers>=70%',
      '--delta',
      '0.02',
      '--confidence',
      '0.95',
      '--seed',
      '1',
    ]);
    expect(differingLeaves(JSON.parse(pageJson), JSON.parse(cli))).toEqual([]);
    expect(pageJson).toBe(cli);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('Cancel stops a long selection and reports the replications every design finished', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.selectOption('[data-testid=scenario-picker]', 'company/ai-native.yaml');
    await page.waitForSelector('[data-testid=status]:has-text("Loaded company/ai-native.yaml")');
    await page.click('[data-tab=select]');
    // Three designs, and a zone far below the noise: the procedure would run to its cap.
    for (const box of await page.locator('[data-testid=select-designs] input:not([disabled])').all())
      if (!['add-reviewers', 'merge-cs-teams'].includes((await box.getAttribute('value')) ?? '')) await box.uncheck();
    await page.fill('[data-testid=select-delta]', '0.0001');
    await page.click('[data-testid=select-run]');
    // Past the first stage (3 designs × 10 replications), so finished stages are there to report.
    await page.waitForFunction(
      () => Number(document.querySelector<HTMLProgressElement>('[data-testid=progress]')?.value ?? 0) > 30,
      undefined,
      { timeout: 180_000 },
    );
    await page.click('[data-testid=cancel]');
    await page.waitForSelector('[data-testid=run-error]:has-text("Cancelled after")', { timeout: 60_000 });
    const message = (await page.textContent('[data-testid=run-error]')) ?? '';
    expect(message).toMatch(
      /^Cancelled after \d+ replications used in all \(base \d+, .*\); .* led, with no guarantee\.$/,
    );
    expect(Number(/after (\d+)/.exec(message)?.[1])).toBeGreaterThanOrEqual(30);
    await page.waitForSelector('[data-testid=select-json]', { state: 'attached' });
    const report = JSON.parse((await page.textContent('[data-testid=select-json]')) ?? '') as {
      rule: string;
      guarantee: string;
    };
    expect(report.rule).toBe('cancelled');
    expect(await page.textContent('[data-testid=select-verdict]')).toMatch(/^Interrupted: .* led at /);
    expect(await page.textContent('[data-testid=select-guarantee]')).toMatch(/^No guarantee: interrupted; .* leads/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
