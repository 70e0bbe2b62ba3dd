// Figures per period in the page: the Per setting of the run bar measures each calendar month, the
// Run tab draws the chosen figure per month (a headcount change shows from its month), and the
// report JSON is `opsim run --json --periods month`'s, byte for byte.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from './browser.js';
import { cliJson } from './nodeReport.js';
import { dropScenario, runAndWait, setReplications } from './pageActions.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const plan = `opsim: 1
name: Hiring in March
horizon: 13w
functions: [ops]
pools:
  agents: { kind: agent, capacity: 2 }
itemTypes:
  job: { arrivals: { poisson: 8/h }, entry: work }
steps:
  work:
    function: ops
    serve: [{ pool: agents, time: { dist: exponential, mean: 6m } }]
    next: done
  done: { kind: exit, outcome: done }
timeline:
  hire: { at: 2027-03-01, set: { pools.agents.capacity: 4 } }
`;

// The hire as a variant: before 1 March both designs are the same model under the same draws.
const hiring = `${plan.replace(/timeline:\n.*\n/, '')}variants:
  hire: { changes: [{ op: set, path: timeline, value: { hire: { at: 2027-03-01, set: { pools.agents.capacity: 4 } } } }] }
`;

describe('figures per period', () => {
  test('Per month draws utilisation per month, halving from March, with the JSON of opsim run --periods month', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await dropScenario(page, 'plan.yaml', plan);
    await setReplications(page, 3);
    await page.selectOption('[data-testid=periods]', 'month');
    await page.click('[data-tab=run]');
    await runAndWait(page, '[data-testid=run]', '[data-testid=run-results]');
    await page.selectOption('[data-testid=period-metric]', 'utilisation:agents');
    const points = await page.$$eval('[data-testid=period-chart] circle.point', (cs) =>
      cs.map((c) => [c.getAttribute('data-period'), Number(c.getAttribute('data-mean'))]),
    );
    // January starts at the warm-up's end and April ends at the horizon: starred, and the note says how much of each the run covers.
    expect(points.map((p) => p[0])).toEqual(['2027-01*', '2027-02', '2027-03', '2027-04*']);
    expect(await page.textContent('[data-testid=period-parts]')).toMatch(
      /^\* Part of the period only: 2027-01 \(\d+(\.\d)? of 31 days\), 2027-04 \(\d+(\.\d)? of 30 days\)\./,
    );
    // Offered load 0.8 servers: 40% of two agents, then 20% of four.
    expect(points[1][1] as number).toBeGreaterThan(0.36);
    expect(points[2][1] as number).toBeLessThan(0.24);
    const pageJson = (await page.textContent('[data-testid=report-json]')) ?? '';
    expect(pageJson).toBe(await cliJson('run', 'plan.yaml', plan, ['--replications', '3', '--periods', 'month']));
    expect(errors).toEqual([]);
  });

  test('Compare per month draws the difference from base per period, zero before the hire and ringed after it, with the JSON of opsim compare --periods month', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await dropScenario(page, 'hiring.yaml', hiring);
    await setReplications(page, 3);
    await page.selectOption('[data-testid=periods]', 'month');
    await page.click('[data-tab=compare]');
    await runAndWait(page, '[data-testid=compare]', '[data-testid=compare-results]');
    const results = page.locator('[data-testid=compare-results]');
    await results.locator('[data-testid=period-metric]').selectOption('utilisation:agents');
    const points = await results
      .locator('[data-testid=period-difference-chart] circle.point')
      .evaluateAll((cs) =>
        cs.map((c) => [
          c.getAttribute('data-period'),
          Number(c.getAttribute('data-mean')),
          c.getAttribute('data-significant'),
        ]),
      );
    expect(points.map((p) => p[0])).toEqual(['2027-01*', '2027-02', '2027-03', '2027-04*']);
    expect(points.slice(0, 2)).toEqual([
      ['2027-01*', 0, 'false'],
      ['2027-02', 0, 'false'],
    ]);
    // 40% of two agents, then 20% of four: 20 points lower, and significant.
    expect(points[2][1] as number).toBeLessThan(-0.15);
    expect(points[2][2]).toBe('true');
    const pageJson = (await page.textContent('[data-testid=compare-json]')) ?? '';
    expect(pageJson).toBe(
      await cliJson('compare', 'hiring.yaml', hiring, ['--replications', '3', '--periods', 'month']),
    );
    expect(await page.textContent('[data-testid=compare-cli]')).toMatch(
      /^opsim compare hiring\.yaml --replications 3 --seed \S+ --periods month$/,
    );
    const report = JSON.parse(pageJson) as {
      differences: { periods: { metrics: Record<string, { mean: number; half: number; significant: boolean }> }[] }[];
    };
    const rows = await results
      .locator('[data-testid=period-differences-table] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')));
    const header = await results.locator('[data-testid=period-differences-table] thead th').allTextContents();
    const column = header.indexOf('Utilisation of agents');
    expect(column).toBeGreaterThan(0);
    report.differences[0].periods.forEach((p, i) =>
      expect(rows[i][column].endsWith(' *')).toBe(p.metrics['utilisation:agents'].significant),
    );
    expect(errors).toEqual([]);
  });

  test('a period in which no replication delivered shows no cycle time or cost per done item: a gap in the chart, – in the table', async () => {
    // 200 hours a job: nothing can be done in the first week of any run, though work is paid for.
    const slow = plan
      .replace('{ dist: exponential, mean: 6m }', '200h')
      .replace('poisson: 8/h', 'poisson: 2/w')
      .replace(/timeline:\n.*\n/, '');
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await dropScenario(page, 'slow.yaml', slow);
    await setReplications(page, 3);
    await page.selectOption('[data-testid=periods]', 'week');
    await page.click('[data-tab=run]');
    await runAndWait(page, '[data-testid=run]', '[data-testid=run-results]');
    const report = JSON.parse((await page.textContent('[data-testid=report-json]')) ?? '') as {
      designs?: unknown;
      periods: { label: string; costPerDone: { n: number }; cycleTime: { n: number }; cost: { n: number } }[];
    };
    expect(report.periods[0]).toMatchObject({ costPerDone: { n: 0 }, cycleTime: { n: 0 }, cost: { n: 3 } });
    const later = report.periods.findIndex((p) => p.costPerDone.n > 0);
    expect(later).toBeGreaterThan(0);
    await page.selectOption('[data-testid=period-metric]', 'costPerDone');
    const drawn = await page.$$eval('[data-testid=period-chart] circle.point', (cs) =>
      cs.map((c) => c.getAttribute('data-period')),
    );
    expect(drawn).not.toContain(report.periods[0].label);
    expect(drawn).toContain(report.periods[later].label);
    const header = await page.locator('[data-testid=periods-table] tr').first().locator('th, td').allTextContents();
    const first = await page.locator('[data-testid=periods-table] tr').nth(1).locator('th, td').allTextContents();
    expect(first[header.indexOf('Mean cycle time')]).toBe('–');
    expect(first[header.indexOf('Cost per done item')]).toBe('–');
    expect(errors).toEqual([]);
  });

  test('Sweep per month gives each point its periods, a line per point, with the JSON of opsim sweep --periods month', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await dropScenario(page, 'plan.yaml', plan);
    await setReplications(page, 2);
    await page.selectOption('[data-testid=periods]', 'month');
    await page.click('[data-tab=sweep]');
    await page.fill('[data-testid=sweep-param]', 'pools.agents.capacity');
    await page.fill('[data-testid=sweep-values]', '2,3');
    await runAndWait(page, '[data-testid=sweep]', '[data-testid=sweep-results]');
    const pageJson = (await page.textContent('[data-testid=sweep-json]')) ?? '';
    expect(pageJson).toBe(
      await cliJson('sweep', 'plan.yaml', plan, [
        '--param',
        'pools.agents.capacity',
        '--values',
        '2,3',
        '--replications',
        '2',
        '--periods',
        'month',
      ]),
    );
    const results = page.locator('[data-testid=sweep-results]');
    await results.locator('[data-testid=period-metric]').selectOption('utilisation:agents');
    const series = await results
      .locator('[data-testid=period-chart] g.series')
      .evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-label'), g.querySelectorAll('circle.point').length]));
    expect(series).toEqual([
      ['point 0 (2)', 4],
      ['point 1 (3)', 4],
    ]);
    expect(await results.locator('[data-testid=periods-table]').count()).toBe(2);
    // Each point against the previous one, per period: a line for point 1, and its table.
    const report = JSON.parse(pageJson) as {
      points: { periodsVsPrevious: { metrics: Record<string, { mean: number }> }[] | null }[];
    };
    expect(report.points[0].periodsVsPrevious).toBeNull();
    expect(await results.locator('[data-testid=period-difference-chart] svg > title').textContent()).toContain(
      'difference from the previous point',
    );
    const diffSeries = await results
      .locator('[data-testid=period-difference-chart] g.series')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-label')));
    expect(diffSeries).toEqual(['point 1 (3)']);
    expect(await results.locator('[data-testid=period-differences-table]').getAttribute('data-design')).toBe(
      'point 1 (3)',
    );
    expect(await results.locator('details:has([data-testid=period-differences-table]) summary').textContent()).toBe(
      'Differences per period — point 1 (3) vs point 0 (2)',
    );
    expect(errors).toEqual([]);
  });
});
