// Optimising in the Select tab, end to end in headless Chromium: the swamped VP of Support
// (support-vp.yaml) declares two decisions, the specialists' headcount and their refund authority.
// The tab lists them, writes the equivalent `opsim optimise` command, certifies all 25 combinations,
// names the winner (authority 0.99 with 3 specialists) with the bytes of `opsim optimise --json`,
// saves the winner as a variant the other tabs can run, and brings the result back after a reload.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from './browser.js';
import { cliJson } from './nodeReport.js';
import { differingLeaves, dropScenario, runAndWait } from './pageActions.js';
import { TANDEM_FILE, TANDEM_YAML } from '../experiments/optimise/tandemScenario.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Select tab, optimising the decisions', () => {
  test("finds the best combination of support-vp.yaml's decisions with the bytes of opsim optimise --json", async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'), { width: 1440, height: 1000 });
    await page.selectOption('[data-testid=scenario-picker]', 'company/support-vp.yaml');
    await page.waitForSelector('[data-testid=status]:has-text("Loaded company/support-vp.yaml")');
    await page.click('[data-tab=select]');
    await page.check('[data-testid=select-among-decisions]');
    expect(await page.locator('[data-testid=select-decision-list] li').allTextContents()).toEqual([
      'authority, refund score up to which specialists decide without the VP (steps.answer.next.thresholds.cuts.1): 0.95, 0.96, 0.97, 0.98 or 0.99',
      'specialists, specialists on the refund desk (pools.specialists.headcount): 2, 3, 4, 5 or 6',
    ]);
    // The decisions' own cost is a figure an optimisation can rank on.
    expect(await page.locator('[data-testid=select-objective] option[value=decisionCost]').count()).toBe(1);
    await page.fill('[data-testid=select-delta]', '0.5');
    await page.click('[data-testid=select-add-limit]');
    await page.fill('[data-testid=limit-value] >> nth=0', '100%');
    await page.click('[data-testid=select-add-limit]');
    await page.selectOption('[data-testid=limit-figure] >> nth=1', 'abandonedShare');
    await page.fill('[data-testid=limit-value] >> nth=1', '0.5%±0.25%');
    await page.fill('[data-testid=select-delta]', '0.5'); // fires input: the command line follows the form
    expect(await page.textContent('[data-testid=select-cli]')).toBe(
      "opsim optimise support-vp.yaml --objective min:costPerDone --constraint 'budgetUse:*<=100%' --constraint 'abandonedShare<=0.5%±0.25%' --delta 0.5 --confidence 0.95 --seed 11",
    );
    expect(await page.textContent('[data-testid=select-run]')).toBe('Optimise');
    await runAndWait(page, '[data-testid=select-run]', '[data-testid=select-results]');
    await page.waitForSelector('[data-testid=optimise-json]', { state: 'attached' });

    expect(await page.textContent('[data-testid=optimise-verdict]')).toBe(
      'Best combination: authority = 0.99, specialists = 3.',
    );
    expect(await page.textContent('[data-testid=optimise-method]')).toMatch(/^25 combinations, all certified at once/);
    // Three specialists are 93% busy and the VP within budget: nothing to warn of.
    expect(await page.locator('[data-testid=select-warnings]').count()).toBe(0);
    expect(await page.textContent('[data-testid=optimise-certification] [data-testid=select-guarantee]')).toMatch(
      /^With probability at least 95%, both hold: .* authority = 0\.99, specialists = 3 has the lowest mean cost per done item/,
    );
    expect(await page.textContent('[data-testid=optimise-variant]')).toBe(
      '  optimised:\n    description: "chosen by opsim optimise: min costPerDone, 95% confidence"\n    changes:\n' +
        '      - { op: set, path: steps.answer.next.thresholds.cuts.1, value: 0.99 }\n' +
        '      - { op: set, path: pools.specialists.headcount, value: 3 }\n',
    );
    const rows = await page
      .locator('[data-testid=optimise-certification] [data-testid=select-table] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    expect(rows).toHaveLength(25);
    expect(rows.find((r) => r[0] === 'authority = 0.99, specialists = 3')?.[1]).toBe('selected');

    mkdirSync('test-output/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-output/screenshots/optimise.png', fullPage: true });

    // The same bytes as the CLI's, for the same file and options.
    const pageJson = (await page.textContent('[data-testid=optimise-json]')) ?? '';
    const text = readFileSync('scenarios/company/support-vp.yaml', 'utf8');
    const cli = await cliJson('optimise', 'support-vp.yaml', text, [
      '--objective',
      'min:costPerDone',
      '--constraint',
      'budgetUse:*<=100%',
      '--constraint',
      'abandonedShare<=0.5%±0.25%',
      '--delta',
      '0.5',
      '--confidence',
      '0.95',
      '--seed',
      '11',
    ]);
    expect(differingLeaves(JSON.parse(pageJson), JSON.parse(cli))).toEqual([]);
    expect(pageJson).toBe(cli);

    // After a reload the optimisation comes back in its place, with its goal in the form.
    await page.reload();
    await page.waitForSelector('#app[data-ready="true"]');
    await page.click('[data-tab=select]');
    await page.waitForSelector('[data-testid=optimise-json]', { state: 'attached' });
    expect(await page.textContent('[data-testid=optimise-json]')).toBe(pageJson);
    expect(await page.isChecked('[data-testid=select-among-decisions]')).toBe(true);
    expect(await page.inputValue('[data-testid=select-delta]')).toBe('0.5');

    // The winner saved as a variant: the file gains it and every tab can run it.
    await page.fill('[data-testid=optimise-variant-name]', 'optimised');
    await page.click('[data-testid=optimise-save]');
    await page.waitForSelector('[data-testid=design-select] option[value="optimised"]', { state: 'attached' });
    expect(await page.inputValue('[data-testid=design-select]')).toBe('optimised');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('opsim:work:v1')!).text as string);
    expect(saved).toMatch(
      /optimised:\s+description: .*\s+changes:\s+- op: set\s+path: steps\.answer\.next\.thresholds\.cuts\.1\s+value: 0\.99\s+- op: set\s+path: pools\.specialists\.headcount\s+value: 3/,
    );
    // A file without decisions offers nothing to optimise.
    await page.selectOption('[data-testid=scenario-picker]', 'company/ai-native.yaml');
    await page.waitForSelector('[data-testid=status]:has-text("Loaded company/ai-native.yaml")');
    await page.click('[data-tab=select]');
    expect(await page.isDisabled('[data-testid=select-among-decisions]')).toBe(true);
    expect(await page.isChecked('[data-testid=select-among-designs]')).toBe(true);
    expect(await page.textContent('[data-testid=select-run]')).toBe('Select');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('Select tab, optimising with a limit that lets an overloaded combination win', () => {
  test('shows the winner is overloaded under the verdict, with the bytes of opsim optimise --json', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'), { width: 1440, height: 1000 });
    await page.selectOption('[data-testid=scenario-picker]', 'company/support-vp.yaml');
    await page.waitForSelector('[data-testid=status]:has-text("Loaded company/support-vp.yaml")');
    await page.click('[data-tab=select]');
    await page.check('[data-testid=select-among-decisions]');
    await page.fill('[data-testid=select-delta]', '0.5');
    await page.click('[data-testid=select-add-limit]');
    await page.fill('[data-testid=limit-value]', '1');
    await page.fill('[data-testid=select-delta]', '0.5'); // fires input: the command line follows the form
    expect(await page.textContent('[data-testid=select-cli]')).toBe(
      "opsim optimise support-vp.yaml --objective min:costPerDone --constraint 'budgetUse:*<=1' --delta 0.5 --confidence 0.95 --seed 11",
    );
    await runAndWait(page, '[data-testid=select-run]', '[data-testid=select-results]');
    await page.waitForSelector('[data-testid=optimise-json]', { state: 'attached' });
    expect(await page.textContent('[data-testid=optimise-verdict]')).toBe(
      'Best combination: authority = 0.99, specialists = 2.',
    );
    // Two specialists cannot do 112 hours of refunds a week: cheap per done item only because work piles up.
    const warnings = page.locator('[data-testid=optimise-summary] [data-testid=select-warnings] li');
    expect(await warnings.allTextContents()).toEqual([
      expect.stringMatching(
        /^Pool specialists is busy 1\d\d\.\d% of its available hours \(above 95\.0%; past 100% is overtime\)/,
      ),
      expect.stringMatching(/^Work in progress grew through the observation window: /),
    ]);
    // And the way out: the limit that asks for a design that keeps up.
    expect(await page.textContent('[data-testid=optimise-summary] [data-testid=keep-up]')).toBe(
      'To choose among designs that keep up, add the limit utilisation of specialists at most 95.0%.',
    );
    // Once, under the verdict: the certification below does not repeat them.
    expect(await page.locator('[data-testid=select-warnings]').count()).toBe(1);

    const pageJson = (await page.textContent('[data-testid=optimise-json]')) ?? '';
    const text = readFileSync('scenarios/company/support-vp.yaml', 'utf8');
    const cli = await cliJson('optimise', 'support-vp.yaml', text, [
      '--objective',
      'min:costPerDone',
      '--constraint',
      'budgetUse:*<=1',
      '--delta',
      '0.5',
      '--confidence',
      '0.95',
      '--seed',
      '11',
    ]);
    expect(differingLeaves(JSON.parse(pageJson), JSON.parse(cli))).toEqual([]);
    expect(pageJson).toBe(cli);
    expect(JSON.parse(pageJson).best.warnings).toHaveLength(2);

    // One click puts the suggested limit in the form; run again, three specialists keep up.
    await page.click('[data-testid=optimise-summary] [data-testid=keep-up-add]');
    expect(await page.textContent('[data-testid=select-cli]')).toBe(
      "opsim optimise support-vp.yaml --objective min:costPerDone --constraint 'budgetUse:*<=1' --constraint 'utilisation:specialists<=95%' --delta 0.5 --confidence 0.95 --seed 11",
    );
    await runAndWait(page, '[data-testid=select-run]', '[data-testid=select-results]');
    await page.waitForSelector('[data-testid=optimise-verdict]:has-text("specialists = 3")');
    expect(await page.locator('[data-testid=optimise-summary] [data-testid=select-warnings]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('Select tab, optimising a space larger than it certifies whole', () => {
  test('screens with OCBA, folds the long screening table, certifies the finalists, with the bytes of opsim optimise', async () => {
    // The tandem line's staffing (Jackson's theorem gives the answer: a = 3, b = 4) over 7 × 9 = 63 combinations.
    const text = TANDEM_YAML.replace(
      'values: { from: 2, to: 4, step: 1 }',
      'values: { from: 2, to: 8, step: 1 }',
    ).replace('values: [3, 4, 5]', 'values: { from: 3, to: 11, step: 1 }');
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await dropScenario(page, TANDEM_FILE, text);
    await page.click('[data-tab=select]');
    await page.check('[data-testid=select-among-decisions]');
    await page.selectOption('[data-testid=select-objective]', 'decisionCost');
    await page.fill('[data-testid=select-delta]', '10');
    await page.click('[data-testid=select-add-limit]');
    await page.selectOption('[data-testid=limit-figure]', 'cycleTime');
    await page.fill('[data-testid=limit-value]', '0.8h±0.05h');
    await runAndWait(page, '[data-testid=select-run]', '[data-testid=select-results]');
    await page.waitForSelector('[data-testid=optimise-json]', { state: 'attached' });
    expect(await page.textContent('[data-testid=optimise-verdict]')).toBe('Best combination: a = 3, b = 4.');
    expect(await page.textContent('[data-testid=optimise-method]')).toMatch(/^63 combinations: screened with OCBA/);
    expect(await page.locator('[data-testid=optimise-screening] tbody tr').count()).toBe(63);
    expect(await page.getAttribute('[data-testid=optimise-screening-box]', 'open')).toBeNull();
    const cli = await cliJson('optimise', TANDEM_FILE, text, [
      '--objective',
      'min:decisionCost',
      '--constraint',
      'cycleTime<=0.8h±0.05h',
      '--delta',
      '10',
      '--confidence',
      '0.95',
      '--seed',
      '3',
    ]);
    expect(await page.textContent('[data-testid=optimise-json]')).toBe(cli);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
