// The web app end to end, in headless Chromium against the built site served from a sub-folder:
// load, run, compare, sweep, over time, edit, persistence and share links.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from './browser.js';
import { formatMoney } from '../../web/charts/format.js';
import { cliJson, cliRunJson } from './nodeReport.js';
import { differingLeaves, dropScenario, runAndWait, setReplications } from './pageActions.js';

const shots = 'test-output/screenshots';
let browser: Browser;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function cardMean(page: Page, metric: string): Promise<number> {
  return Number(await page.getAttribute(`[data-testid=run-results] .card[data-metric=${metric}]`, 'data-mean'));
}

describe('web app', () => {
  test('loads a bundled scenario from a sub-folder, runs it and draws results', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.selectOption('[data-testid=scenario-picker]', 'company/ai-native.yaml');
    await page.waitForSelector('svg.diagram .node[data-node="ticket-gate"]');
    expect(await page.textContent('[data-testid=scenario-name]')).toBe('Acme, agents with risk-graded gates');
    expect(await page.locator('svg.diagram .lane-name').allTextContents()).toEqual(
      expect.arrayContaining(['sales', 'cs', 'engineering']),
    );
    await page.screenshot({ path: `${shots}/design.png` });

    await setReplications(page, 3);
    await page.click('[data-tab=run]');
    await runAndWait(page, '[data-testid=run]', '[data-testid=run-results]');
    expect(await page.getAttribute('[data-testid=run-results]', 'data-replications')).toBe('3');
    expect(await cardMean(page, 'throughputPerWeek')).toBeGreaterThan(0);
    expect(await cardMean(page, 'costPerDone')).toBeGreaterThan(0);
    await page.waitForSelector('[data-testid=run-results] svg.diagram[data-overlay=results] .node-stat');
    // A forum holds no pool's hours: its box shows its queue, not a utilisation of 0%.
    const forumStat = '[data-testid=run-results] svg.diagram .node[data-node="product-review"] .node-stat';
    expect(await page.textContent(forumStat)).toMatch(/^queue \d/);
    expect(
      await page.textContent('[data-testid=run-results] svg.diagram .node[data-node="feature-spec"] .node-stat'),
    ).toMatch(/^util \d+\.\d% · queue /);
    // An executive's step shows the executive's budget use, not a share of its diary.
    expect(
      await page.textContent('[data-testid=run-results] svg.diagram .node[data-node="cs-head-decision"] .node-stat'),
    ).toMatch(/^budget \d+\.\d% · queue /);
    expect(await page.locator('[data-testid=steps-table] tbody tr').count()).toBeGreaterThan(5);
    expect(
      await page.locator('[data-testid=run-results] [data-testid=type-cost-table] tbody th').allTextContents(),
    ).toEqual(expect.arrayContaining(['ticket', 'deal', 'feature']));
    await page.screenshot({ path: `${shots}/run.png` });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: `${shots}/main-view.png` }); // the candidate for docs/images/main-view.png
    await page.setViewportSize({ width: 1400, height: 1000 });

    await page.click('[data-tab=overtime]');
    await runAndWait(page, '[data-testid=trace]', '[data-testid=overtime-results]');
    await page.waitForSelector('[data-testid=chart-overtime] path.series');
    expect(await page.locator('[data-testid=chart-overtime] path.series').count()).toBeGreaterThan(1);
    expect(await page.locator('[data-testid=chart-overtime] .open-hours rect').count()).toBeGreaterThan(5);
    await page.screenshot({ path: `${shots}/over-time.png` });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('compares the base with variants and sweeps a gate threshold, with the same JSON as opsim compare and sweep', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.selectOption('[data-testid=scenario-picker]', 'company/ai-native.yaml');
    await page.waitForSelector('svg.diagram .node');
    await setReplications(page, 2);

    await page.click('[data-tab=compare]');
    const boxes = page.locator('[data-testid=compare-designs] input:not([disabled])');
    const n = await boxes.count();
    // The base alone is nothing to compare, as for `opsim compare --variants ''`: the page says so.
    for (let i = 0; i < n; i++) await boxes.nth(i).uncheck();
    await page.click('[data-testid=compare]');
    await page.waitForFunction(() =>
      /at least two designs/.test(document.querySelector('[data-testid=run-error]')?.textContent ?? ''),
    );
    for (let i = 0; i < 2; i++) await boxes.nth(i).check();
    for (let i = 2; i < n; i++) await boxes.nth(i).uncheck(); // base + two variants keep the test short
    await runAndWait(page, '[data-testid=compare]', '[data-testid=compare-results]');
    for (const chart of [
      'chart-throughputPerWeek',
      'chart-cycleTime',
      'chart-cost',
      'chart-escalations',
      'chart-escapedDefects',
      'chart-pareto',
    ]) {
      expect(
        await page.locator(`[data-testid=${chart}] .bar, [data-testid=${chart}] .point`).count(),
        chart,
      ).toBeGreaterThan(0);
      expect(await page.locator(`[data-testid=${chart}] .chart-title`).textContent()).not.toBe('');
    }
    expect(await page.locator('[data-testid=chart-throughputPerWeek] .bar').count()).toBe(3);
    const header = await page.locator('[data-testid=compare-table] thead th').allTextContents();
    expect(header.filter((h) => h.includes('−'))).toHaveLength(2); // one paired-difference column per variant
    // Every headline figure but cost per outcome, which falls when a design loses work.
    const rowNames = await page
      .locator('[data-testid=compare-table] tbody th, [data-testid=compare-table] tbody tr > td:first-child')
      .allTextContents();
    expect(rowNames.some((n) => n.startsWith('Cost per done item'))).toBe(true);
    expect(rowNames.some((n) => /cost per outcome/i.test(n))).toBe(false);
    // The answer first: a sentence per headline figure with the best design, the gap with its interval, and Holm's verdict.
    const verdicts = await page.locator('[data-testid=decision-summary] [data-testid=verdict]').allTextContents();
    // The headline's five first, then lost and leftover work where a design has any; never cost per outcome.
    const spoken = await page
      .locator('[data-testid=decision-summary] .verdict')
      .evaluateAll((vs) => vs.map((v) => v.getAttribute('data-metric')));
    expect(spoken.slice(0, 5)).toEqual([
      'throughputPerWeek',
      'cycleTime',
      'costPerDone',
      'escalationsPerWeek',
      'escapedDefects',
    ]);
    expect(spoken).toContain('inSystemAtEnd');
    expect(spoken).not.toContain('costPerOutcome');
    for (const v of verdicts.slice(0, 5))
      expect(v).toMatch(
        /is best at .*95% CI .*(significant after Holm's correction across the \d+ differences|not significant after correction|clear on its own \(its 95% interval leaves out 0\) but not after Holm's correction across the \d+ differences)/,
      );
    expect(await page.textContent('[data-testid=decision-summary]')).toContain('The legacy company'); // designs named by their own descriptions
    await page.screenshot({ path: `${shots}/compare.png`, fullPage: true });
    await page.locator('[data-testid=decision-summary]').screenshot({ path: `${shots}/decision-summary.png` }); // docs/images/decision-summary.png
    const company = readFileSync('scenarios/company/ai-native.yaml', 'utf8');
    const kept = await page
      .locator('[data-testid=compare-designs] input:checked:not([disabled])')
      .evaluateAll((is) => is.map((i) => (i as HTMLInputElement).value));
    expect(await page.locator('[data-testid=compare-json]').textContent()).toBe(
      await cliJson('compare', 'ai-native.yaml', company, ['--variants', kept.join(','), '--replications', '2']),
    );
    // The command the tab shows runs the same comparison: the same bytes again.
    const line = (await page.textContent('[data-testid=compare-cli]')) ?? '';
    expect(line).toBe(`opsim compare ai-native.yaml --variants ${kept.join(',')} --replications 2 --seed 2027`);
    const compareJson = (await page.locator('[data-testid=compare-json]').textContent()) ?? '';
    expect(compareJson).toBe(await cliJson('compare', 'ai-native.yaml', company, line.split(' ').slice(3)));
    // The scatter's points say the figure they are placed by: cost per done item (cost per outcome,
    // another figure, is what their tooltips once said).
    const designs = (
      JSON.parse(compareJson) as { designs: { name: string; headline: { costPerDone: { mean: number } } }[] }
    ).designs;
    const tips = await page
      .locator('[data-testid=compare-results] [data-testid=chart-pareto] .point title')
      .allTextContents();
    expect(tips.length).toBe(designs.length);
    for (const d of designs) {
      const says = `${d.name}: ${formatMoney(d.headline.costPerDone.mean)} per done item, `;
      expect(
        tips.filter((t) => t.startsWith(says)),
        says,
      ).toHaveLength(1);
    }

    await page.click('[data-tab=sweep]');
    await page.selectOption('[data-testid=sweep-declared]', 'gate-threshold');
    expect(await page.inputValue('[data-testid=sweep-param]')).toBe('steps.ticket-gate.next.thresholds.cuts.1');
    await page.fill('[data-testid=sweep-values]', '0.6,0.75,0.9');
    await runAndWait(page, '[data-testid=sweep]', '[data-testid=sweep-results]');
    expect(await page.locator('[data-testid=sweep-costPerDone] circle.point').count()).toBe(3);
    expect(await page.locator('[data-testid=sweep-costPerDone] path.ci-band').count()).toBe(1);
    expect(await page.locator('[data-testid=chart-pareto] .point:not(.dominated)').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=sweep-table] tbody tr').count()).toBe(3);
    await page.screenshot({ path: `${shots}/sweep.png`, fullPage: true });
    expect(await page.locator('[data-testid=sweep-json]').textContent()).toBe(
      await cliJson('sweep', 'ai-native.yaml', company, [
        '--param',
        'steps.ticket-gate.next.thresholds.cuts.1',
        '--values',
        '0.6,0.75,0.9',
        '--replications',
        '2',
      ]),
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('replications run in one Web Worker per core, none on the page', async () => {
    // Count the simulation workers the page creates (the pool names them opsim-sim).
    const countWorkers = () => {
      const Base = window.Worker;
      const w = window as unknown as { __simWorkers: number };
      w.__simWorkers = 0;
      window.Worker = class extends Base {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          if (options?.name === 'opsim-sim') w.__simWorkers++;
        }
      };
    };
    const { page, errors } = await openPage(browser, inject('siteSubFolder'), undefined, countWorkers);
    await page.selectOption('[data-testid=scenario-picker]', 'validation/mm1.yaml');
    await page.waitForSelector('svg.diagram .node[data-node="queue"]');
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    await setReplications(page, cores * 2);
    await page.click('[data-tab=run]');
    await runAndWait(page, '[data-testid=run]', '[data-testid=run-results]');
    expect(await page.evaluate(() => (window as unknown as { __simWorkers: number }).__simWorkers)).toBe(cores);
    expect(await page.textContent('.run-settings')).toContain(`${cores} workers`);
    // The engine is not even in the page's own bundle: only the workers carry it.
    const assets = 'test-output/e2e-site/assets';
    const bundle = (prefix: string) =>
      readFileSync(`${assets}/${readdirSync(assets).find((f) => f.startsWith(prefix) && f.endsWith('.js'))}`, 'utf8');
    expect(bundle('index-')).not.toContain('SimulationLimitError');
    expect(bundle('browserWorker-')).toContain('SimulationLimitError');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a comparison can run until a precision target, as opsim compare --precision does', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.selectOption('[data-testid=scenario-picker]', 'validation/mmc.yaml');
    await page.waitForSelector('[data-testid=design-select] option[value="humans"]', { state: 'attached' });
    await setReplications(page, 2);
    await page.click('[data-tab=compare]');
    await page.selectOption('[data-testid=compare-precision]', '0.1');
    await page.fill('[data-testid=compare-max]', '8');
    await runAndWait(page, '[data-testid=compare]', '[data-testid=compare-results]');
    expect(await page.textContent('[data-testid=stopping]')).toMatch(/within ±10.0%|Stopped at 8 replications/);
    expect(await page.textContent('[data-testid=compare-cli]')).toBe(
      'opsim compare mmc.yaml --replications 2 --seed 1 --precision 10% --max-replications 8',
    );
    const text = readFileSync('scenarios/validation/mmc.yaml', 'utf8');
    expect(await page.locator('[data-testid=compare-json]').textContent()).toBe(
      await cliJson('compare', 'mmc.yaml', text, [
        '--precision',
        '10%',
        '--max-replications',
        '8',
        '--replications',
        '2',
      ]),
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a long run shows progress and the time left, leaves the page responsive, and can be cancelled', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.selectOption('[data-testid=scenario-picker]', 'company/ai-native.yaml');
    await page.waitForSelector('svg.diagram .node');
    await setReplications(page, 400);
    await page.click('[data-tab=run]');
    await page.click('[data-testid=run]');
    await page.waitForSelector('[data-testid=progress-text]:has-text("of 400 replications")');
    // Once its pace is known, the line says how long is left.
    await page.waitForSelector('[data-testid=progress-text]:has-text("left")');
    expect(await page.textContent('[data-testid=progress-text]')).toMatch(
      /^Running replications: \d+ of 400 replications, about \d+ (s|min) left$/,
    );
    // The simulation runs in workers: the page still switches tabs and redraws while it works.
    await page.click('[data-tab=design]');
    expect(await page.getAttribute('.views', 'data-active')).toBe('design');
    expect(await page.getAttribute('.run-settings', 'data-busy')).toBe('true');
    await page.click('[data-testid=cancel]');
    await page.waitForSelector('.run-settings[data-busy="false"]');
    expect(await page.textContent('[data-testid=run-error]')).toMatch(/^Cancelled/);
    expect(await page.isEnabled('[data-testid=run]')).toBe(true);
    // The pool starts fresh workers for the next run.
    await setReplications(page, 2);
    await page.focus('[data-tab=design]');
    await page.keyboard.press('ArrowRight'); // tabs follow the arrow keys
    expect(await page.getAttribute('.views', 'data-active')).toBe('run');
    await runAndWait(page, '[data-testid=run]', '[data-testid=run-results]');
    expect(await page.getAttribute('[data-testid=run-results]', 'data-replications')).toBe('2');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('an edited number changes the result, survives a reload, becomes a variant and can be undone', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.selectOption('[data-testid=scenario-picker]', 'validation/mm1.yaml');
    await page.waitForSelector('svg.diagram .node[data-node="queue"]');
    await setReplications(page, 3);
    await page.click('[data-tab=run]');
    await runAndWait(page, '[data-testid=run]', '[data-testid=run-results]');
    const before = await cardMean(page, 'cycleTime');

    const capacity = page.locator('[data-path="pools.server.capacity"]');
    expect(await capacity.inputValue()).toBe('1');
    await capacity.fill('2');
    await capacity.press('Tab');
    await page.waitForSelector('[data-testid=edits-summary]:has-text("pools.server.capacity = 2")');
    await runAndWait(page, '[data-testid=run]', '[data-testid=run-results]');
    const after = await cardMean(page, 'cycleTime');
    expect(after).toBeLessThan(before * 0.5); // a second server all but removes the wait (0.5 h -> ~0.1 h)

    await page.reload();
    await page.waitForSelector('#app[data-ready="true"]');
    expect(await page.locator('[data-path="pools.server.capacity"]').inputValue()).toBe('2');
    expect(await page.textContent('[data-testid=edits-summary]')).toContain('pools.server.capacity = 2');

    await page.fill('[data-testid=variant-name]', 'two-servers');
    await page.click('[data-testid=save-variant]');
    await page.waitForSelector('[data-testid=design-select] option[value="two-servers"]', { state: 'attached' });
    expect(await page.inputValue('[data-testid=design-select]')).toBe('two-servers');
    expect(await page.locator('[data-path="pools.server.capacity"]').inputValue()).toBe('1'); // the base is as it was

    // The downloaded file carries the new variant, ready for the CLI.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download]')]);
    expect(download.suggestedFilename()).toBe('mm1.yaml');
    const saved = readFileSync(await download.path(), 'utf8');
    expect(saved).toMatch(
      /two-servers:\s+description: .*\s+changes:\s+- op: set\s+path: pools\.server\.capacity\s+value: 2/,
    );
    expect(saved).toContain('# M/M/1 at utilisation 0.8'); // comments survive

    await page.click('[data-testid=undo]');
    await page.waitForSelector('[data-testid=design-select]:not(:has(option[value="two-servers"]))', {
      state: 'attached',
    });
    expect(await page.locator('[data-path="pools.server.capacity"]').inputValue()).toBe('2');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a mistyped number fixed a moment later keeps the variant that was chosen', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.selectOption('[data-testid=scenario-picker]', 'company/support-vp.yaml');
    await page.waitForSelector('[data-testid=design-select] option[value="weekly-refund-review"]', {
      state: 'attached',
    });
    await page.selectOption('[data-testid=design-select]', 'weekly-refund-review');
    await page.waitForSelector('[data-testid=status]:has-text("Showing variant weekly-refund-review")');
    const errorRate = page.locator('input[data-path="pools.support-agent.errorRate"]');
    await errorRate.fill('2');
    await errorRate.press('Tab');
    await page.waitForSelector('[data-testid=status]:has-text("1 problem")');
    expect(await page.inputValue('[data-testid=design-select]')).toBe('weekly-refund-review');
    await errorRate.fill('0.02');
    await errorRate.press('Tab');
    await page.waitForSelector('[data-testid=issues-panel]', { state: 'hidden' });
    expect(await page.inputValue('[data-testid=design-select]')).toBe('weekly-refund-review');
    expect(await page.textContent('[data-testid=scenario-name]')).toContain('variant weekly-refund-review');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a bundled file that extends another loads, and its edits become changes of that file', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.selectOption('[data-testid=scenario-picker]', 'company/follow-the-sun.yaml');
    await page.waitForSelector('[data-testid=scenario-name]:has-text("follow-the-sun")');
    expect(await page.locator('[data-testid=design-select] option').allTextContents()).toContain(
      'variant: replace-one-new-york',
    );
    // Numbers of the base file show in the form, because the form reads the resolved document.
    await page.fill('[data-testid=edit-filter]', 'support-team');
    const reviewers = page.locator('[data-path="pools.support-team.headcount"]');
    const before = Number(await reviewers.inputValue());
    await reviewers.fill(String(before + 1));
    await reviewers.press('Tab');
    await page.waitForSelector(`[data-testid=edits-summary]:has-text("pools.support-team.headcount = ${before + 1}")`);
    const text = await page.evaluate(() => JSON.parse(localStorage.getItem('opsim:work:v1')!).text as string);
    expect(text).toContain('extends: ./ai-native.yaml');
    expect(text).toMatch(/op: set\s+path: pools\.support-team\.headcount\s+value: \d+/);
    expect(await page.locator('[data-testid=issues] li').count()).toBe(0);

    await page.fill('[data-testid=variant-name]', 'more-reviewers');
    await page.click('[data-testid=save-variant]');
    await page.waitForSelector('[data-testid=design-select] option[value="more-reviewers"]', { state: 'attached' });
    const designs = await page
      .locator('[data-testid=design-select] option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(designs).toEqual(['', 'more-reviewers', 'replace-one-new-york']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a share link restores the design and the run settings in a fresh browser profile', async () => {
    const shared = await makeSharedRun();
    expect(shared.link).toContain('/deep/sub/folder/#s=');
    expect(shared.status).toContain('Opened a shared link');
    expect(shared.seed).toBe('shared-seed');
    expect(shared.replications).toBe('4');
    expect(shared.errorRate).toBe('0.3');
    expect(JSON.parse(shared.pageJson).replications).toBe(4);
  });

  test('a share link pasted into an open tab replaces its design, and undo brings the old one back', async () => {
    const shared = await makeSharedRun();
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.selectOption('[data-testid=scenario-picker]', 'validation/mm1.yaml');
    await page.waitForSelector('svg.diagram .node[data-node="queue"]');
    await page.evaluate(
      (hash) => {
        location.hash = hash;
      },
      shared.link.slice(shared.link.indexOf('#')),
    );
    await page.waitForSelector('svg.diagram .node[data-node="check"]');
    expect(await page.inputValue('[data-testid=seed]')).toBe('shared-seed');
    expect(page.url()).not.toContain('#s=');
    await page.click('[data-testid=undo]');
    await page.waitForSelector('svg.diagram .node[data-node="queue"]');
    expect(await page.inputValue('[data-testid=seed]')).toBe('1'); // mm1's own seed again
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the report JSON from a shared link is byte-identical to opsim run --json in Node', async () => {
    const shared = await makeSharedRun();
    const cliJson = await cliRunJson('rework-loop.yaml', shared.sentText, [
      '--seed',
      'shared-seed',
      '--replications',
      '4',
    ]);
    // Name the fields that differ, so a failure says where the browser and Node disagree.
    expect(differingLeaves(JSON.parse(shared.pageJson), JSON.parse(cliJson))).toEqual([]);
    expect(shared.pageJson).toBe(cliJson);
  });

  test('the bundled company scenario gives the same report JSON in the page as opsim run --json', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.selectOption('[data-testid=scenario-picker]', 'company/ai-native.yaml');
    await page.waitForSelector('svg.diagram .node');
    await page.selectOption('[data-testid=design-select]', 'human-run');
    await setReplications(page, 2);
    await page.click('[data-tab=run]');
    await runAndWait(page, '[data-testid=run]', '[data-testid=run-results]');
    const pageJson = (await page.locator('[data-testid=report-json]').textContent()) ?? '';
    const text = readFileSync('scenarios/company/ai-native.yaml', 'utf8');
    const cliJson = await cliRunJson('ai-native.yaml', text, ['--variant', 'human-run', '--replications', '2']);
    expect(differingLeaves(JSON.parse(pageJson), JSON.parse(cliJson))).toEqual([]);
    expect(pageJson).toBe(cliJson);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('opens from the site root too, and loads a dropped file', async () => {
    const { page, errors } = await openPage(browser, inject('siteRoot'));
    const text = readFileSync('scenarios/validation/mmc.yaml', 'utf8');
    await dropScenario(page, 'dropped-mmc.yaml', text);
    await page.waitForSelector('svg.diagram .node');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

let sharedRun: Promise<{
  link: string;
  sentText: string;
  status: string;
  seed: string;
  replications: string;
  errorRate: string;
  pageJson: string;
}> | null = null;

/** Edits a scenario, copies its link, opens the link in a fresh context and runs it there (once per file). */
function makeSharedRun() {
  sharedRun ??= (async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.selectOption('[data-testid=scenario-picker]', 'validation/rework-loop.yaml');
    await page.waitForSelector('svg.diagram .node[data-node="check"]');
    const rate = page.locator('[data-path="pools.worker.errorRate"]');
    await rate.fill('0.3');
    await rate.press('Tab');
    await page.waitForSelector('[data-testid=edits-summary]:has-text("errorRate = 0.3")');
    await page.fill('[data-testid=seed]', 'shared-seed');
    await page.press('[data-testid=seed]', 'Tab');
    await setReplications(page, 4);
    await page.click('[data-testid=copy-link]');
    await page.waitForSelector('[data-testid=share-link]:not([hidden])');
    const link = await page.inputValue('[data-testid=share-link]');
    const sentText = await page.evaluate(() => JSON.parse(localStorage.getItem('opsim:work:v1')!).text as string);
    expect(errors).toEqual([]);
    await page.context().close();

    const opened = await openPage(browser, link); // a new context: empty localStorage, only the link
    const p2 = opened.page;
    const status = (await p2.textContent('[data-testid=status]')) ?? '';
    const seed = await p2.inputValue('[data-testid=seed]');
    const replications = await p2.inputValue('[data-testid=replications]');
    const errorRate = await p2.locator('[data-path="pools.worker.errorRate"]').inputValue();
    await p2.click('[data-tab=run]');
    await runAndWait(p2, '[data-testid=run]', '[data-testid=run-results]');
    const pageJson = (await p2.locator('[data-testid=report-json]').textContent()) ?? '';
    await p2.screenshot({ path: `${shots}/shared-link-run.png` });
    expect(opened.errors).toEqual([]);
    await p2.context().close();
    return { link, sentText, status, seed, replications, errorRate, pageJson };
  })();
  return sharedRun;
}
