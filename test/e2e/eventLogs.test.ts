// Event logs in the page, end to end in headless Chromium: the Run tab's download of a replication's
// event log (the same bytes as the library's export, which `opsim run --events` writes), and the
// drift check of an observed log against the design, with its chart.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { driftCheck, driftTable, exportRunLog, stringSink } from '../../src/eventlog/index.js';
import { loadScenario } from '../../src/scenario/index.js';
import { readText } from '../eventlog/logSupport.js';
import { launchBrowser, openPage } from './browser.js';
import { dropScenario, runAndWait, setReplications } from './pageActions.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const mm1 = readFileSync('scenarios/validation/mm1.yaml', 'utf8')
  .replace(/^horizon: .*$/m, 'horizon: 4w')
  .replace(/^warmup: .*$/m, 'warmup: 0');

function logOf(text: string, format: 'csv' | 'xes' | 'ocel', seed: string | number): string {
  const r = loadScenario({ file: 'mm1.yaml', text }, { readFile: () => '' });
  if (!r.ok) throw new Error('does not load');
  const s = stringSink();
  exportRunLog(r.model, { startMs: Date.UTC(2027, 0, 4), offsetMin: 0, seed, replication: 0, format }, s.sink);
  return s.text();
}

describe('event logs in the page', () => {
  test('the Run tab downloads the event log of a replication, the same bytes as the export in Node', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await dropScenario(page, 'mm1.yaml', mm1);
    await setReplications(page, 2);
    await page.click('[data-tab=run]');
    await runAndWait(page, '[data-testid=run]', '[data-testid=run-results]');
    await page.selectOption('[data-testid=events-format]', 'xes');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.click('[data-testid=download-events]'),
    ]);
    expect(download.suggestedFilename()).toBe('mm1-events.xes');
    const seed = JSON.parse((await page.textContent('[data-testid=report-json]')) ?? '{}').seed;
    expect(readFileSync(await download.path(), 'utf8')).toBe(logOf(mm1, 'xes', seed));
    expect(errors).toEqual([]);
  });

  test('a log from a slower server is flagged as drift, with a chart per KPI and the table opsim drift prints', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await dropScenario(page, 'mm1.yaml', mm1);
    await page.click('[data-tab=run]');
    const slower = logOf(mm1.replace(/mean: 6m/, 'mean: 6.6m'), 'csv', 'observed');
    await page.setInputFiles('[data-testid=drift-file]', {
      name: 'observed.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(slower),
    });
    await page.selectOption('[data-testid=drift-window]', '168');
    await page.click('[data-testid=drift-check]');
    await page.waitForSelector('[data-testid=drift-summary]', { timeout: 120_000 });
    expect(await page.getAttribute('[data-testid=drift-results]', 'data-drift')).toBe('true');
    expect(await page.textContent('[data-testid=drift-summary]')).toContain('cycle time mean (h)');
    expect(await page.locator('[data-testid=drift-chart]').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('[data-testid=drift-chart] circle[data-status=above]').count()).toBeGreaterThan(0);
    // Its replications ran on the page's simulation workers; the report is the one Node makes alone.
    const doc = loadScenario({ file: 'mm1.yaml', text: mm1 }, { readFile: () => '' });
    if (!doc.ok) throw new Error('does not load');
    const node = driftCheck(doc.doc, readText(slower, 'csv').log, {
      windowHours: 168,
      replications: 30,
      seed: doc.doc.seed ?? 1,
    });
    expect(await page.textContent('[data-testid=drift-table]')).toBe(driftTable(node));
    expect(errors).toEqual([]);
  });

  test('a drift check shows its progress like a run, and Cancel stops it', async () => {
    const company = readFileSync('scenarios/company/ai-native.yaml', 'utf8');
    const r = loadScenario({ file: 'ai-native.yaml', text: company }, { readFile: () => '' });
    if (!r.ok) throw new Error('does not load');
    const out = stringSink();
    const fourWeeks = { ...r.model, horizon: 672 };
    exportRunLog(
      fourWeeks,
      { startMs: Date.UTC(2027, 0, 4), offsetMin: -300, seed: 'observed', replication: 0, format: 'csv' },
      out.sink,
    );
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.selectOption('[data-testid=scenario-picker]', 'company/ai-native.yaml');
    await page.waitForSelector('[data-testid=status]:has-text("Loaded")');
    await page.click('[data-tab=run]');
    await page.setInputFiles('[data-testid=drift-file]', {
      name: 'company.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(out.text()),
    });
    await page.selectOption('[data-testid=drift-window]', '168');
    await page.click('[data-testid=drift-check]');
    await page.waitForSelector('[data-testid=progress-text]:has-text("of 30")', { timeout: 60_000 });
    expect(await page.getAttribute('.run-settings', 'data-busy')).toBe('true');
    await page.click('[data-testid=cancel]');
    await page.waitForSelector('[data-testid=drift-error]', { timeout: 60_000 });
    expect(await page.textContent('[data-testid=drift-error]')).toMatch(/^Cancelled/);
    await page.waitForSelector('.run-settings[data-busy="false"]');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
