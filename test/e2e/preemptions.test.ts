// The Run tab's steps table counts a pre-emptive step's interruptions (`queue.preempt`), as the
// report says, and has no such column for a file without pre-emption.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { formatCount, formatWithHalf } from '../../web/charts/format.js';
import { launchBrowser, openPage } from './browser.js';
import { dropScenario, runAndWait, setReplications } from './pageActions.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const queue = (preempt: string) => `opsim: 1
name: Urgent first
horizon: 2w
functions: [ops]
pools:
  server: { kind: agent, capacity: 1 }
itemTypes:
  urgent: { arrivals: { poisson: 4/h }, entry: work }
  routine: { arrivals: { poisson: 4/h }, entry: work }
steps:
  work:
    function: ops
    serve: [{ pool: server }]
    time: { byType: { urgent: { dist: exponential, mean: 3m }, routine: { dist: exponential, mean: 9m } } }
    queue: { discipline: priority, priority: { byType: [urgent, routine] }${preempt} }
    next: done
  done: { kind: exit, outcome: done }
`;

const stepsTable = '[data-testid=run-results] [data-testid=steps-table]';

describe('pre-emptions in the steps table', () => {
  test('a pre-emptive step shows its interruptions with their half-width; other steps a dash', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await dropScenario(page, 'urgent.yaml', queue(', preempt: resume'));
    await setReplications(page, 3);
    await page.click('[data-tab=run]');
    await runAndWait(page, '[data-testid=run]', '[data-testid=run-results]');
    const rows = await page
      .locator(`${stepsTable} tr`)
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    expect(rows[0].at(-1)).toBe('Pre-emptions in window');
    const report = JSON.parse((await page.textContent('[data-testid=report-json]')) ?? '') as {
      steps: Record<string, { preemptions?: { mean: number; half: number } }>;
    };
    const ci = report.steps.work.preemptions!;
    expect(ci.mean).toBeGreaterThan(0);
    const work = rows.find((r) => r[0] === 'work')!;
    expect(work.at(-1)).toBe(formatWithHalf(ci.mean, ci.half, formatCount));
    expect(work.at(-1)).toContain(' ± ');
    expect(rows.find((r) => r[0] === 'done')!.at(-1)).toBe('-');
    expect(errors).toEqual([]);
  });

  test('without queue.preempt the table has no such column', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await dropScenario(page, 'urgent.yaml', queue(''));
    await setReplications(page, 2);
    await page.click('[data-tab=run]');
    await runAndWait(page, '[data-testid=run]', '[data-testid=run-results]');
    const header = await page.locator(`${stepsTable} tr`).first().textContent();
    expect(header).not.toContain('Pre-emptions in window');
    expect(errors).toEqual([]);
  });
});
