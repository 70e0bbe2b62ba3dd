// What leaves the page besides JSON: CSV of a table, SVG and PNG of a chart and of the diagram,
// and the printed report (the print stylesheet keeps the results and drops the controls).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
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

async function download(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

describe('exports', () => {
  test('tables as CSV, charts and the diagram as SVG and PNG, and a printable report', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.selectOption('[data-testid=scenario-picker]', 'validation/mmc.yaml');
    await page.waitForSelector('svg.diagram .node');
    await setReplications(page, 2);
    await page.click('[data-tab=compare]');
    await runAndWait(page, '[data-testid=compare]', '[data-testid=compare-results]');

    const csv = await download(
      page,
      '[data-testid=compare-results] .table-box:has([data-testid=compare-table]) [data-export=csv]',
    );
    expect(csv.name).toBe('compare-table.csv');
    const lines = csv.bytes.toString('utf8').trimEnd().split('\r\n');
    const shown = await page.locator('[data-testid=compare-table] tr').count();
    expect(lines).toHaveLength(shown);
    expect(lines[0].startsWith('Metric,base,')).toBe(true);
    expect(lines[1]).toMatch(/^Throughput,"?[\d,.]+/);

    const svg = await download(page, '[data-testid=chart-throughputPerWeek] [data-export=svg]');
    expect(svg.name).toBe('throughputPerWeek.svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    execFileSync('xmllint', ['--noout', '-'], { input: text }); // well-formed XML, or this throws
    const png = await download(page, '[data-testid=chart-throughputPerWeek] [data-export=png]');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    await page.click('[data-tab=design]');
    const diagram = await download(page, '[data-testid=diagram-host] [data-export=svg]');
    expect(diagram.name).toBe('diagram.svg');
    execFileSync('xmllint', ['--noout', '-'], { input: diagram.bytes.toString('utf8') });
    expect(diagram.bytes.toString('utf8')).toMatch(/viewBox="0 0 [\d.]+ [\d.]+"/);

    // Printing keeps the results and drops the controls.
    await page.click('[data-tab=compare]');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('[data-testid=decision-summary]')).toBe(true);
    expect(await page.isVisible('[data-testid=compare-table]')).toBe(true);
    expect(await page.isVisible('.side')).toBe(false);
    expect(await page.isVisible('[data-testid=compare]')).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
