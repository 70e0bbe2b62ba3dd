// A sweep of two parameters in the Sweep tab, end to end in headless Chromium: the grid's table,
// a chart with one line per value of the second parameter, the Pareto scatter, a grid too large
// for the page refused with a clear message, and the same JSON as `opsim sweep --param2`.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from './browser.js';
import { cliJson } from './nodeReport.js';
import { differingLeaves, runAndWait, setReplications } from './pageActions.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const review = 'steps.ticket-gate.next.thresholds.cuts.0';
const escalate = 'steps.ticket-gate.next.thresholds.cuts.1';

describe('two-parameter sweep', () => {
  test('sweeps the grid of two gate thresholds with the JSON of opsim sweep --param2, and refuses a grid over 50 points', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.selectOption('[data-testid=scenario-picker]', 'company/ai-native.yaml');
    await page.waitForSelector('svg.diagram .node');
    await setReplications(page, 2);
    await page.click('[data-tab=sweep]');

    // 9 × 6 = 54 points: said while typing, and refused without running.
    await page.fill('[data-testid=sweep-param]', escalate);
    await page.fill('[data-testid=sweep-values]', '0.1:0.9:0.1');
    await page.fill('[data-testid=sweep-param2]', review);
    await page.fill('[data-testid=sweep-values2]', '0:0.05:0.01');
    const tooLarge = 'The grid has 9 × 6 = 54 points; the page sweeps at most 50 points.';
    expect(await page.textContent('[data-testid=sweep-message]')).toContain(tooLarge);
    await page.click('[data-testid=sweep]');
    await page.waitForSelector(`[data-testid=run-error]:has-text("${tooLarge}")`);
    expect(await page.getAttribute('[data-testid=sweep-results]', 'data-runs')).toBeNull();
    await page.fill('[data-testid=sweep-param2]', escalate);
    await page.fill('[data-testid=sweep-values2]', '0.5');
    expect(await page.textContent('[data-testid=sweep-message]')).toBe(
      'The second parameter must differ from the first.',
    );

    await page.fill('[data-testid=sweep-values]', '0.6,0.9');
    await page.fill('[data-testid=sweep-param2]', review);
    await page.fill('[data-testid=sweep-values2]', '0.2,0.3,0.4');
    expect(await page.textContent('[data-testid=sweep-size]')).toBe('6 points × 2 replications');
    await runAndWait(page, '[data-testid=sweep]', '[data-testid=sweep-results]');
    const rows = await page
      .locator('[data-testid=sweep-table] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(0, 3).map((c) => c.textContent)));
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['0.6', '0.2'],
      ['0.6', '0.3'],
      ['0.6', '0.4'],
      ['0.9', '0.2'],
      ['0.9', '0.3'],
      ['0.9', '0.4'],
    ]);
    expect(rows.every((r) => / ± /.test(r[2] ?? ''))).toBe(true); // each metric with its CI
    expect(await page.locator('[data-testid=sweep-grid] path.line').count()).toBe(3); // one line per value of the second parameter
    expect(await page.locator('[data-testid=sweep-grid] path.ci-band').count()).toBe(3);
    expect(await page.locator('[data-testid=sweep-grid] .legend text').allTextContents()).toEqual([
      '= 0.2',
      '= 0.3',
      '= 0.4',
      'bands: 95% CI',
    ]);
    expect(await page.locator('[data-testid=sweep-grid] circle.point').count()).toBe(6);
    expect(await page.textContent('[data-testid=sweep-grid] .chart-title')).toMatch(/^Cost per done item by /);
    await page.selectOption('[data-testid=sweep-metric]', 'escalationsPerWeek');
    // Parameters are named from the scenario's ids, never as field paths.
    expect(await page.textContent('[data-testid=sweep-grid] .chart-title')).toBe(
      'Escalations by Gate ticket-gate: threshold 2 on risk, one line per Gate ticket-gate: threshold 1 on risk',
    );
    for (const part of [
      '[data-testid=decision-summary]',
      '[data-testid=sweep-results] .chart-grid',
      '[data-testid=sweep-table] thead',
    ])
      expect(await page.textContent(part)).not.toContain('steps.ticket-gate');
    expect(await page.locator('[data-testid=chart-pareto] .point').count()).toBe(6);
    // The chart marks each point as the table does: the report's front with 95% confidence (optimal,
    // possibly optimal or dominated), never the means-only front.
    const tableFront = await page
      .locator('[data-testid=sweep-table] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => (tr.lastElementChild?.textContent ?? '').replace(/ by .*/, '').replace(/, with warnings$/, '')),
      );
    const chartFront = await page
      .locator('[data-testid=chart-pareto] .point')
      .evaluateAll((ps) => ps.map((p) => p.getAttribute('data-front')));
    expect(chartFront).toEqual(tableFront);
    const report = JSON.parse((await page.textContent('[data-testid=sweep-json]')) ?? '') as {
      points: { front: string }[];
    };
    expect(tableFront).toEqual(report.points.map((p) => p.front));
    expect(tableFront).toContain('optimal');
    expect(
      await page
        .locator('[data-testid=sweep-heatmap] .cell')
        .evaluateAll((cs) => cs.map((c) => c.getAttribute('data-front'))),
    ).toEqual(tableFront);
    // The decision summary names the best point of each headline figure.
    expect(await page.locator('[data-testid=decision-summary] [data-testid=verdict]').count()).toBe(5);
    expect(await page.textContent('[data-testid=decision-summary] [data-metric=costPerDone]')).toMatch(
      /^Lowest cost per done item: .* at Gate ticket-gate: threshold 2 on risk = 0\.[69], Gate ticket-gate: threshold 1 on risk = 0\.[234];/,
    );
    await page.screenshot({ path: 'test-output/screenshots/sweep-two-parameters.png', fullPage: true });

    const pageJson = (await page.textContent('[data-testid=sweep-json]')) ?? '';
    const company = readFileSync('scenarios/company/ai-native.yaml', 'utf8');
    const cli = await cliJson('sweep', 'ai-native.yaml', company, [
      '--param',
      escalate,
      '--values',
      '0.6,0.9',
      '--param2',
      review,
      '--values2',
      '0.2,0.3,0.4',
      '--replications',
      '2',
    ]);
    expect(differingLeaves(JSON.parse(pageJson), JSON.parse(cli))).toEqual([]);
    expect(pageJson).toBe(cli);

    // The heat map: one cell per point (its standings were checked against the table above).
    expect(await page.locator('[data-testid=sweep-heatmap] .cell').count()).toBe(6);

    // Save a point as a variant: the file gains it, with a set per parameter, and it is chosen.
    await page.selectOption('[data-testid=save-point]', '4');
    await page.fill('[data-testid=save-point-name]', 'point-four');
    await page.click('[data-testid=save-point-button]');
    await page.waitForSelector('[data-testid=design-select] option[value="point-four"]', { state: 'attached' });
    expect(await page.inputValue('[data-testid=design-select]')).toBe('point-four');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('opsim:work:v1')!).text as string);
    expect(saved).toMatch(
      new RegExp(
        `point-four:\\s+description: .*\\s+changes:\\s+- op: set\\s+path: ${escalate.replace(/\./g, '\\.')}\\s+value: 0.9\\s+- op: set\\s+path: ${review.replace(/\./g, '\\.')}\\s+value: 0.3`,
      ),
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
