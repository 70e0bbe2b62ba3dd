// A report's warnings show above the results, as the CLI prints them above its tables: here a
// pool run past saturation (arrivals faster than one server can serve).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from './browser.js';
import { dropScenario, runAndWait, setReplications } from './pageActions.js';

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
