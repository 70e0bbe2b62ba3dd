// The warm-up setting of the run settings bar, end to end in headless Chromium: a fixed duration,
// auto (an MSER-5 pilot on the worker pool, with progress and Cancel), a refused duration, and the
// same report JSON as `opsim run|compare|sweep --warmup ...` in Node.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from './browser.js';
import { cliJson } from './nodeReport.js';
import { differingLeaves, dropScenario, runAndWait, setReplications } from './pageActions.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const mm1 = readFileSync('scenarios/validation/mm1.yaml', 'utf8');
// 200 jobs waiting at time 0: a transient that MSER-5 must cut, unlike the empty M/M/1's.
const backlog = `${mm1}initialWip:\n  - { type: job, step: queue, waiting: 200 }\n`;

async function expectSameJson(pageJson: string, cliText: string): Promise<void> {
  expect(differingLeaves(JSON.parse(pageJson), JSON.parse(cliText))).toEqual([]);
  expect(pageJson).toBe(cliText);
}

async function setWarmup(page: Page, mode: 'scenario' | 'auto' | 'fixed', duration?: string): Promise<void> {
  await page.selectOption('[data-testid=warmup-mode]', mode);
  if (duration !== undefined) await page.fill('[data-testid=warmup-duration]', duration);
}

describe('warm-up setting', () => {
  test('a fixed or auto warm-up gives the report JSON of opsim run --warmup, and a bad duration runs nothing', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await dropScenario(page, 'backlog.yaml', backlog);
    await setReplications(page, 3);
    await page.click('[data-tab=run]');
    expect(await page.textContent('[data-testid=warmup-mode] option[value=scenario]')).toBe("scenario's (168 h)");

    await setWarmup(page, 'fixed', '20w');
    expect(await page.textContent('[data-testid=warmup-message]')).toBe(
      'Warm-up: 20w is not shorter than the horizon (1848 h)',
    );
    await page.click('[data-testid=run]');
    await page.waitForSelector(
      '[data-testid=run-error]:has-text("Warm-up: 20w is not shorter than the horizon (1848 h)")',
    );
    expect(await page.getAttribute('[data-testid=run-results]', 'data-runs')).toBeNull(); // nothing ran
    await page.fill('[data-testid=warmup-duration]', 'soon');
    expect(await page.textContent('[data-testid=warmup-message]')).toMatch(
      /^Warm-up: expected "auto" or a duration; .*"soon"/,
    );

    await page.fill('[data-testid=warmup-duration]', '36h');
    expect(await page.textContent('[data-testid=warmup-message]')).toBe('');
    await runAndWait(page, '[data-testid=run]', '[data-testid=run-results]');
    expect(await page.textContent('[data-testid=run-results] [data-testid=warmup-info]')).toBe(
      'Warm-up 36 h (set in the run settings).',
    );
    await expectSameJson(
      (await page.textContent('[data-testid=report-json]')) ?? '',
      await cliJson('run', 'backlog.yaml', backlog, ['--replications', '3', '--warmup', '36h']),
    );

    await setWarmup(page, 'auto');
    expect(await page.isHidden('[data-testid=warmup-duration]')).toBe(true);
    await runAndWait(page, '[data-testid=run]', '[data-testid=run-results]');
    const pageJson = (await page.textContent('[data-testid=report-json]')) ?? '';
    const { warmup } = JSON.parse(pageJson);
    expect(warmup).toMatchObject({ method: 'auto', pilot: { replications: 3, batchSize: 5 } });
    expect(warmup.hours).toBeGreaterThan(10); // the backlog's transient was cut
    const n = warmup.pilot.truncatedBatches;
    expect(n).toBeGreaterThan(1);
    expect(await page.textContent('[data-testid=run-results] [data-testid=warmup-info]')).toMatch(
      new RegExp(
        `^Warm-up [\\d.,]+ h \\(auto, MSER-5 on 3 pilot replications: ${warmup.pilot.samples} samples .* batches of 5; the first ${n} batches cut\\)\\.$`,
      ),
    );
    await expectSameJson(
      pageJson,
      await cliJson('run', 'backlog.yaml', backlog, ['--replications', '3', '--warmup', 'auto']),
    );

    // The setting is part of the work kept across a reload.
    await page.reload();
    await page.waitForSelector('#app[data-ready="true"]');
    expect(await page.inputValue('[data-testid=warmup-mode]')).toBe('auto');
    // And a share link carries it, as it carries the seed and replications.
    await page.click('[data-testid=copy-link]');
    await page.waitForSelector('[data-testid=share-link]:not([hidden])');
    const opened = await openPage(browser, await page.inputValue('[data-testid=share-link]'));
    expect(await opened.page.inputValue('[data-testid=warmup-mode]')).toBe('auto');
    expect(opened.errors).toEqual([]);
    await opened.page.context().close();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('compare and sweep pilot as the CLI does and give the JSON of opsim compare|sweep --warmup auto', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.selectOption('[data-testid=scenario-picker]', 'validation/mmc.yaml');
    await page.waitForSelector('[data-testid=design-select] option[value="humans"]', { state: 'attached' });
    await setReplications(page, 2);
    await setWarmup(page, 'auto');
    await page.click('[data-tab=compare]');
    await runAndWait(page, '[data-testid=compare]', '[data-testid=compare-results]');
    expect(await page.textContent('[data-testid=compare-results] [data-testid=warmup-info]')).toMatch(
      /^Warm-up .* h \(auto, MSER-5 on 2 pilot replications/,
    );
    const mmc = readFileSync('scenarios/validation/mmc.yaml', 'utf8');
    await expectSameJson(
      (await page.textContent('[data-testid=compare-json]')) ?? '',
      await cliJson('compare', 'mmc.yaml', mmc, ['--replications', '2', '--warmup', 'auto']),
    );

    await dropScenario(page, 'backlog.yaml', backlog);
    // A new file starts from its own settings (they are not carried over from the last one).
    expect(await page.inputValue('[data-testid=warmup-mode]')).toBe('scenario');
    await setReplications(page, 2);
    await setWarmup(page, 'auto');
    await page.click('[data-tab=sweep]');
    await page.fill('[data-testid=sweep-param]', 'pools.server.capacity');
    await page.fill('[data-testid=sweep-values]', '1,2');
    await page.fill('[data-testid=sweep-param2]', 'initialWip.0.waiting');
    await page.fill('[data-testid=sweep-values2]', '100,300');
    await runAndWait(page, '[data-testid=sweep]', '[data-testid=sweep-results]');
    expect(await page.textContent('[data-testid=sweep-results] [data-testid=warmup-info]')).toMatch(
      /auto, MSER-5 on 2 pilot replications/,
    );
    await expectSameJson(
      (await page.textContent('[data-testid=sweep-json]')) ?? '',
      await cliJson('sweep', 'backlog.yaml', backlog, [
        '--param',
        'pools.server.capacity',
        '--values',
        '1,2',
        '--param2',
        'initialWip.0.waiting',
        '--values2',
        '100,300',
        '--replications',
        '2',
        '--warmup',
        'auto',
      ]),
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the pilot shows its progress and Cancel stops it before any replication runs', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    // A year-long M/M/1 per pilot replication: long enough that Cancel lands during the pilot.
    await dropScenario(page, 'long.yaml', mm1.replace('horizon: 11w', 'horizon: 400w'));
    await setReplications(page, 10);
    await setWarmup(page, 'auto');
    await page.click('[data-tab=run]');
    await page.click('[data-testid=run]');
    await page.waitForSelector('[data-testid=progress-text]:has-text("Warm-up pilot (MSER-5): 0 of 5 replications")');
    await page.click('[data-testid=cancel]');
    await page.waitForSelector('.run-settings[data-busy="false"]');
    expect(await page.textContent('[data-testid=run-error]')).toBe(
      'Cancelled during the warm-up pilot; no replication ran.',
    );
    expect(await page.getAttribute('[data-testid=run-results]', 'data-runs')).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
