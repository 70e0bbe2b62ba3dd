// scenarios/company/support-vp.yaml: a VP of Support who receives about 35 refund escalations a week
// and has budget for about 12 (see the file's comments for the arithmetic). The report must show the
// demand, not only the decisions the budget let through, the abandonment in the VP's queue, and a
// warning naming the VP and the step; moving most refunds into a weekly review must show ad-hoc
// demand falling and forum load rising. And losing customers must never make a design look cheaper.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/index.js';
import { buildRunReport, type RunReport } from '../../src/experiments/index.js';
import { compileFile, compileText, replicate, scenariosDir } from '../support/index.js';

const FILE = join(scenariosDir, 'company', 'support-vp.yaml');
const warmup = { method: 'scenario' as const, hours: 336, pilot: null };
const reportOf = (runs: RunResult[], design: string): RunReport =>
  buildRunReport(
    { scenario: 'Support with a swamped VP', design, seed: 'semantics', horizonHours: 13 * 168, warmup },
    runs,
  );

describe('a swamped executive (scenarios/company/support-vp.yaml)', () => {
  let base: RunReport;
  let review: RunReport;
  beforeAll(() => {
    base = reportOf(replicate(compileFile(FILE), 4, 'semantics'), 'base');
    review = reportOf(replicate(compileFile(FILE, 'weekly-refund-review'), 4, 'semantics'), 'weekly-refund-review');
  });

  it('headlines the demand on the VP (about 35 a week), not the ~12 decisions the budget allows', () => {
    const demand = base.headline['escalationsPerWeek:vp-support'].mean;
    expect(demand).toBeGreaterThan(31);
    expect(demand).toBeLessThan(39);
    const vp = base.executives['vp-support'];
    expect(vp.decidedPerWeek.mean).toBeGreaterThan(10);
    expect(vp.decidedPerWeek.mean).toBeLessThan(14);
    expect(base.headline['budgetUse:vp-support'].mean).toBeGreaterThan(1);
  });

  it('shows the rest abandoning in the VP queue, in the headline and in the executive figures', () => {
    const vp = base.executives['vp-support'];
    expect(vp.abandonedWaiting.mean / base.weeks).toBeGreaterThan(15);
    expect(base.headline.abandonedPerWeek.mean).toBeCloseTo(vp.abandonedWaiting.mean / base.weeks, 9);
    expect(base.headline.abandonedShare.mean).toBeGreaterThan(0.02);
    expect(vp.waitingAtEnd.mean).toBeGreaterThan(10);
  });

  it('warns, naming the executive and the step where work is lost', () => {
    expect(base.warnings.map((w) => [w.kind, w.subjects])).toEqual([
      ['executiveOverBudget', ['vp-support']],
      ['workLost', ['vp-decision']],
    ]);
  });

  it('with the weekly review: ad-hoc demand falls from ~35 to ~7 a week, forum load rises to ~28, nobody abandons, no warnings', () => {
    expect(base.headline['adHocPerWeek:vp-support'].mean).toBeGreaterThan(31);
    expect(base.headline['forumPerWeek:vp-support'].mean).toBe(0);
    expect(review.headline['adHocPerWeek:vp-support'].mean).toBeGreaterThan(5);
    expect(review.headline['adHocPerWeek:vp-support'].mean).toBeLessThan(9);
    expect(review.headline['forumPerWeek:vp-support'].mean).toBeGreaterThan(24);
    expect(review.headline['forumPerWeek:vp-support'].mean).toBeLessThan(32);
    expect(review.executives['vp-support'].decidedAtForum.mean).toBeGreaterThan(0);
    expect(review.headline.abandonedPerWeek.mean).toBe(0);
    expect(review.warnings).toEqual([]);
  });
});

// Cost per done item carries the cost of lost work: a design that only lets customers give up
// sooner has fewer items done for the same paid hours, so it costs more per item done. The blended
// cost per outcome counts each lost customer as an outcome and falls: the figure the issue warned of.
describe('abandoning more never lowers cost per done item', () => {
  const impatient = (patience: string) => readFileSync(FILE, 'utf8').replace('patience: 2w', `patience: ${patience}`);
  it('patience of 2 days instead of 2 weeks: more abandoned, cost per done item up, cost per outcome down', () => {
    const patient = replicate(compileText(impatient('2w'), 'support-vp.yaml'), 4, 'semantics');
    const hasty = replicate(compileText(impatient('2d'), 'support-vp.yaml'), 4, 'semantics');
    for (let r = 0; r < 4; r++) {
      expect(hasty[r].overall.abandoned).toBeGreaterThan(patient[r].overall.abandoned);
      expect(hasty[r].cost.perDone).toBeGreaterThan(patient[r].cost.perDone);
    }
    const mean = (runs: RunResult[], pick: (r: RunResult) => number) =>
      runs.reduce((s, r) => s + pick(r), 0) / runs.length;
    expect(mean(hasty, (r) => r.cost.perOutcome)).toBeLessThan(mean(patient, (r) => r.cost.perOutcome));
  });
});
