// A report's warnings show above the results, as the CLI prints them above its tables: here a
// pool run past saturation (arrivals faster than one server can serve).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from './browser.js';
import { dropScenario, runAndWait, setReplications } from './pageActions.js';
import { TINY_REJECT_ALL_YAML } from '../experiments/tinyScenario.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const saturated = `opsim: 1
name: One server, more work than it can do
horizon: 3w
warmup: 1w
seed: 1
functions: [ops]
pools:
  server: { kind: agent, capacity: 1 }
itemTypes:
  job:
    arrivals: { poisson: 12/h }
    entry: queue
steps:
  queue:
    function: ops
    serve:
      - pool: server
        time: { dist: exponential, mean: 6m }
    next: done
  done: { kind: exit, outcome: done }
`;

describe('warnings', () => {
  test("the warnings of a report are listed above the run's results", async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await dropScenario(page, 'saturated.yaml', saturated);
    await setReplications(page, 2);
    await page.click('[data-tab=run]');
    await runAndWait(page, '[data-testid=run]', '[data-testid=run-results]');
    const report = JSON.parse((await page.textContent('[data-testid=report-json]')) ?? '{}') as {
      warnings?: { text: string }[];
    };
    expect(report.warnings?.length ?? 0).toBeGreaterThan(0);
    const shown = await page.locator('[data-testid=run-results] [data-testid=warnings] li').allTextContents();
    expect(shown).toEqual(report.warnings!.map((w) => w.text));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a design that finishes nothing', () => {
  test('has no cycle time or cost per done item in Compare: – in the table, no bar, off the cost front', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await dropScenario(page, 'tiny.yaml', TINY_REJECT_ALL_YAML);
    await setReplications(page, 2);
    await page.click('[data-tab=compare]');
    await runAndWait(page, '[data-testid=compare]', '[data-testid=compare-results]');
    const report = JSON.parse((await page.textContent('[data-testid=compare-json]')) ?? '{}') as {
      designs: { name: string; headline: Record<string, { n: number }> }[];
    };
    const idle = report.designs.find((d) => d.name === 'reject-all')!;
    expect(idle.headline.cycleTime.n).toBe(0);
    expect(idle.headline.costPerDone.n).toBe(0);
    expect(idle.headline.throughputPerWeek.n).toBe(2);
    const rows = page.locator('[data-testid=compare-table] tr');
    const header = await rows.first().locator('th, td').allTextContents();
    const column = header.indexOf('reject-all');
    expect(column).toBeGreaterThan(0);
    const cells = async (label: string) => {
      for (const row of await rows.all()) {
        const texts = await row.locator('th, td').allTextContents();
        if (texts[0] === label) return texts;
      }
      throw new Error(`no row ${label}`);
    };
    expect((await cells('Mean cycle time'))[column]).toBe('–');
    expect((await cells('Cost per done item'))[column]).toBe('–');
    expect((await cells('Throughput'))[column]).not.toBe('–');
    expect(await page.textContent('[data-testid=chart-cycleTime] text.no-value')).toBe('no value');
    expect(await page.locator('[data-testid=chart-cycleTime] g.bar').count()).toBe(report.designs.length - 1);
    expect(await page.textContent('[data-testid=cost-left-out]')).toContain('reject-all');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
