// Cost per done item by item type beside the total, in Run, Compare and Sweep, on the company file
// (five item types): the page's cells are the report's figures (in Run with each type's throughput,
// outcomes per week, cycle time and arrivals; in Compare with each type's outcomes per week per design,
// checked against opsim compare --json), the types listed are the report's, and Compare and Sweep name
// the cheapest design or point per type as the report's means say.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { formatCount, formatDuration } from '../../web/charts/format.js';
import { launchBrowser, openPage } from './browser.js';
import { cliJson } from './nodeReport.js';
import { runAndWait, setReplications } from './pageActions.js';

/** A cell's mean: before " ± half", or before " (lo to hi)" where the interval is cut at 0. */
const meanText = (cell: string): string => cell.split(/ ± | \(/)[0];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Ci {
  mean: number;
  half: number;
}
interface Flow {
  throughputPerWeek: Ci;
  cycleTime: { mean: Ci; p90: Ci };
  arrived: Ci;
  done: Ci;
  doneWithDefect: Ci;
  rejected: Ci;
  abandoned: Ci;
  blocked: Ci;
}
interface Cost {
  perDone: Ci;
  total: Ci;
  byType: Record<string, { perDone: Ci; total: Ci }>;
}
const money = (v: number) =>
  new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: Math.abs(v) < 100 ? 2 : 0,
    maximumFractionDigits: Math.abs(v) < 100 ? 2 : 0,
  })
    .format(v)
    .replace('-', '−'); // the page's minus sign
const perWeek = (v: number) =>
  `${new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v)} /wk`;
const kinds = ['done', 'doneWithDefect', 'rejected', 'abandoned', 'blocked'] as const;
const outcomeLabel = {
  done: 'Done',
  doneWithDefect: 'Done with defect',
  rejected: 'Rejected',
  abandoned: 'Abandoned',
  blocked: 'Blocked',
};

describe('cost per done item by item type', () => {
  test('Run and Compare show each type beside the total, as the report says', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.selectOption('[data-testid=scenario-picker]', 'company/ai-native.yaml');
    await page.waitForSelector('[data-testid=status]:has-text("Loaded company/ai-native.yaml")');
    await setReplications(page, 2);
    await page.click('[data-tab=run]');
    await runAndWait(page, '[data-testid=run]', '[data-testid=run-results]');
    const run = JSON.parse((await page.textContent('[data-testid=report-json]')) ?? '') as {
      cost: Cost;
      overall: Flow;
      byType: Record<string, Flow>;
      weeks: number;
    };
    const rows = await page
      .locator('[data-testid=run-results] [data-testid=type-cost-table] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    const types = Object.keys(run.cost.byType).sort();
    expect(types.length).toBeGreaterThanOrEqual(3);
    expect(rows.map((r) => r[0])).toEqual(['All types', ...types]);
    // Means (the half-width follows them), and each type's total in the window.
    expect(meanText(rows[0][1])).toBe(money(run.cost.perDone.mean));
    rows.slice(1).forEach((r, i) => {
      expect(meanText(r[1]), types[i]).toBe(money(run.cost.byType[types[i]].perDone.mean));
      expect(r[2], types[i]).toBe(money(run.cost.byType[types[i]].total.mean));
    });
    // Beside the cost, in the one table of item types: throughput, each kind of outcome per week (the
    // report's count in the window over its weeks), cycle time and arrivals.
    expect(
      await page.locator('[data-testid=run-results] [data-testid=type-cost-table] thead th').allTextContents(),
    ).toEqual([
      'Item type',
      'Cost per done item (95% CI)',
      'Cost in window',
      'Throughput per week',
      'Done per week',
      'Done with defect per week',
      'Rejected per week',
      'Abandoned per week',
      'Blocked per week',
      'Mean cycle time',
      '90th percentile',
      'Arrived in window',
    ]);
    expect(await page.locator('[data-testid=types-table]').count()).toBe(0); // the older table of item types is merged into this one
    [run.overall, ...types.map((t) => run.byType[t])].forEach((flow, i) => {
      expect(meanText(rows[i][3]), `${rows[i][0]} throughput`).toBe(perWeek(flow.throughputPerWeek.mean));
      kinds.forEach((k, j) =>
        expect(meanText(rows[i][4 + j]), `${rows[i][0]} ${k}`).toBe(perWeek(flow[k].mean / run.weeks)),
      );
      expect(rows[i][9], `${rows[i][0]} cycle time`).toBe(formatDuration(flow.cycleTime.mean.mean));
      expect(rows[i][10], `${rows[i][0]} p90`).toBe(formatDuration(flow.cycleTime.p90.mean));
      expect(rows[i][11], `${rows[i][0]} arrived`).toBe(formatCount(flow.arrived.mean));
    });
    expect(run.byType.ticket.done.mean).toBeGreaterThan(0); // the cells are not all zero
    // An interval the report cut at 0 shows its ends; one it did not, its half-width. Two
    // replications leave several executives' escalations cut: "0.1 /wk ± 1.2 /wk" read as reaching
    // below nothing.
    const execs = (run as unknown as { executives: Record<string, { escalationsPerWeek: Ci & { lo: number } }> })
      .executives;
    const budgetRows = await page
      .locator('[data-testid=run-results] [data-testid=budget-table] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.children[0].textContent ?? '', tr.children[1].textContent ?? '']));
    const cut = budgetRows.filter(([id]) => {
      const ci = execs[id].escalationsPerWeek;
      return ci.lo > ci.mean - ci.half;
    });
    expect(cut.length).toBeGreaterThan(0);
    for (const [id, cell] of budgetRows) {
      const ci = execs[id].escalationsPerWeek;
      if (ci.lo > ci.mean - ci.half) expect(cell, id).toMatch(/^[\d.,]+ \/wk \(0 \/wk to [\d.,]+ \/wk\)$/);
      else expect(cell, id).toContain(' ± ');
    }

    await page.click('[data-tab=compare]');
    for (const box of await page.locator('[data-testid=compare-designs] input:not([disabled])').all())
      if ((await box.getAttribute('value')) !== 'merge-cs-teams') await box.uncheck();
    await runAndWait(page, '[data-testid=compare]', '[data-testid=compare-results]');
    const cmp = JSON.parse((await page.textContent('[data-testid=compare-json]')) ?? '') as {
      designs: { name: string; cost: Cost }[];
    };
    expect(cmp.designs.map((d) => d.name)).toEqual(['base', 'merge-cs-teams']);
    // Each type's outcomes per week per design, as opsim compare --json gives them (the page's JSON is the CLI's).
    const cliText = await cliJson(
      'compare',
      'ai-native.yaml',
      readFileSync('scenarios/company/ai-native.yaml', 'utf8'),
      ['--variants', 'merge-cs-teams', '--replications', '2'],
    );
    expect(await page.textContent('[data-testid=compare-json]')).toBe(cliText);
    const cli = JSON.parse(cliText) as { designs: { name: string; weeks: number; byType: Record<string, Flow> }[] };
    expect(
      await page.locator('[data-testid=compare-results] [data-testid=type-outcome-table] thead th').allTextContents(),
    ).toEqual(['Item type', 'Outcome', 'base', 'merge-cs-teams']);
    const outcomeRows = await page
      .locator('[data-testid=compare-results] [data-testid=type-outcome-table] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    const expected = Object.keys(cli.designs[0].byType).flatMap((t) =>
      kinds
        .filter((k) => cli.designs.some((d) => d.byType[t][k].mean !== 0 || d.byType[t][k].half !== 0))
        .map((k) => [t, k, ...cli.designs.map((d) => perWeek(d.byType[t][k].mean / d.weeks))]),
    );
    expect(expected.length).toBeGreaterThan(types.length); // more than one kind of outcome for some type
    expect(outcomeRows.map((r) => [r[0], r[1], ...r.slice(2).map((c) => meanText(c))])).toEqual(
      expected.map(([t, k, ...cells]) => [t, `${outcomeLabel[k as (typeof kinds)[number]]} per week`, ...cells]),
    );
    const header = await page
      .locator('[data-testid=compare-results] [data-testid=type-cost-table] thead th')
      .allTextContents();
    expect(header).toEqual(['Item type', 'base', 'merge-cs-teams']);
    const cheapest = (perDone: (c: Cost) => number) =>
      cmp.designs.reduce((a, b) => (perDone(b.cost) < perDone(a.cost) ? b : a)).name;
    const said = [
      `all types: ${cheapest((c) => c.perDone.mean)}`,
      ...types.map((t) => `${t}: ${cheapest((c) => c.byType[t].perDone.mean)}`),
    ];
    expect(await page.textContent('[data-testid=type-cost-sentence]')).toBe(
      `Lowest mean cost per done item, ${said.join('; ')}.`,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('Sweep gives each type its cost per done item per point and names the cheapest point per type', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.selectOption('[data-testid=scenario-picker]', 'company/ai-native.yaml');
    await page.waitForSelector('[data-testid=status]:has-text("Loaded company/ai-native.yaml")');
    await setReplications(page, 2);
    await page.click('[data-tab=sweep]');
    await page.fill('[data-testid=sweep-param]', 'steps.ticket-gate.next.thresholds.cuts.1');
    await page.fill('[data-testid=sweep-values]', '0.5,0.9');
    await runAndWait(page, '[data-testid=sweep]', '[data-testid=sweep-results]');
    const rep = JSON.parse((await page.textContent('[data-testid=sweep-json]')) ?? '') as {
      points: {
        values: Record<string, number>;
        byType: Record<string, { costPerDone: Ci & { lo: number; hi: number } }>;
      }[];
    };
    const types = Object.keys(rep.points[0].byType).sort();
    expect(types.length).toBeGreaterThanOrEqual(3);
    const header = await page.locator('[data-testid=sweep-table] thead th').allTextContents();
    const first = header.indexOf(`Cost per done item: ${types[0]}`);
    expect(first).toBeGreaterThan(0);
    expect(header.slice(first, first + types.length)).toEqual(types.map((t) => `Cost per done item: ${t}`));
    const rows = await page
      .locator('[data-testid=sweep-table] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    expect(rows.length).toBe(rep.points.length);
    rep.points.forEach((p, i) =>
      types.forEach((t, j) =>
        expect(meanText(rows[i][first + j]), `point ${i} ${t}`).toBe(money(p.byType[t].costPerDone.mean)),
      ),
    );
    const said = types
      .map((t) => {
        const have = rep.points.filter((p) => p.byType[t].costPerDone.mean > 0);
        if (have.length === 0) return null;
        const best = have.reduce((a, b) => (b.byType[t].costPerDone.mean < a.byType[t].costPerDone.mean ? b : a));
        const ci = best.byType[t].costPerDone;
        const value = best.values['steps.ticket-gate.next.thresholds.cuts.1'];
        return `${t}: ${money(ci.mean)} (95% CI ${money(ci.lo)} to ${money(ci.hi)}) at Gate ticket-gate: threshold 2 on risk = ${value}`;
      })
      .filter((x) => x !== null);
    expect(await page.textContent('[data-testid=decision-summary] [data-testid=sweep-type-costs]')).toBe(
      `Lowest mean cost per done item by item type, ${said.join('; ')}.`,
    );
    // The wider table scrolls in its own box: no sideways page scroll at a phone's, a laptop's or a desktop's width.
    for (const width of [1440, 800, 390]) {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `sweep at ${width} px`).toBeLessThanOrEqual(0);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
