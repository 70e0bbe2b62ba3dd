import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { warningsOf } from '../../src/experiments/warnings.js';
import { fakeRun } from './fakeRun.js';

/** Replications of the fake design, each changed by `edit(run, r)`. */
function runs(n: number, edit: (run: RunResult, r: number) => void): RunResult[] {
  return Array.from({ length: n }, (_, r) => {
    const run = fakeRun({ replication: r });
    edit(run, r);
    return run;
  });
}

describe('warningsOf(runs)', () => {
  it('is empty for a design with headroom everywhere', () => {
    expect(warningsOf(runs(3, () => {}))).toEqual([]);
  });

  it('says when no item was done in some replications, whose cost per done item and cycle time have no value', () => {
    const idle = (run: RunResult) => {
      run.overall.done = 0;
      run.overall.doneWithDefect = 0;
    };
    expect(warningsOf(runs(4, (run, r) => r % 2 === 1 && idle(run)))[0]).toEqual({
      kind: 'nothingDone',
      subjects: [],
      text:
        'No item was done in 2 of 4 replications: there, cost per done item and cycle time have no value, ' +
        'and their means are over the 2 that delivered. Throughput counts the lost output.',
    });
    expect(warningsOf(runs(3, idle))[0].text).toBe(
      'No item was done in any of the 3 replications: cost per done item and cycle time have no value (shown as -).',
    );
    expect(warningsOf(runs(1, idle))[0].text).toMatch(/^No item was done in the replication:/);
    // A defective delivery is still a delivery.
    expect(
      warningsOf(
        runs(2, (run) => {
          run.overall.done = 0;
          run.overall.doneWithDefect = 1;
        }),
      ).map((w) => w.kind),
    ).not.toContain('nothingDone');
  });

  it('names a pool busy more than 95% of its hours, and not one at 95%', () => {
    expect(warningsOf(runs(2, (run, r) => (run.pools.team.utilisation = 0.96 + r * 0.01)))).toEqual([
      {
        kind: 'poolSaturated',
        subjects: ['team'],
        text: 'Pool team is busy 96.5% of its available hours (above 95.0%): its queues grow with any surge, so its waits are fragile.',
      },
    ]);
    expect(warningsOf(runs(2, (run) => (run.pools.team.utilisation = 0.95)))).toEqual([]);
  });

  it('says that a pool busy past 100% of its hours worked overtime', () => {
    expect(warningsOf(runs(2, (run) => (run.pools.team.utilisation = 1.129)))[0].text).toBe(
      'Pool team is busy 112.9% of its available hours (above 95.0%; past 100% is overtime): its queues grow with any surge, so its waits are fragile.',
    );
  });

  it('names an executive over the decision budget', () => {
    const w = warningsOf(runs(2, (run) => (run.executives.coo.budgetUtilisation = 1.04)));
    expect(w.map((x) => [x.kind, x.subjects])).toEqual([['executiveOverBudget', ['coo']]]);
    expect(w[0].text).toBe(
      "Executive coo uses 104.0% of the weekly decision budget (above 95.0%): receives 1.0 escalations a week and decides 1.0, all of them so far; a busier week would leave escalations waiting for the next week's budget.",
    );
  });

  it('names an executive whose budget is exactly spent: a budget that fits its decisions stays at 100% however many wait', () => {
    const w = warningsOf(
      runs(2, (run) => {
        run.executives.coo.budgetUtilisation = 1;
        run.executives.coo.escalationsPerWeek = 10;
        run.executives.coo.decidedPerWeek = 2;
      }),
    );
    expect(w.map((x) => [x.kind, x.subjects])).toEqual([['executiveOverBudget', ['coo']]]);
    expect(w[0].text).toBe(
      "Executive coo uses 100.0% of the weekly decision budget (above 95.0%): receives 10.0 escalations a week and decides 2.0; the rest (8.0 a week) wait for next week's budget.",
    );
    expect(warningsOf(runs(2, (run) => (run.executives.coo.budgetUtilisation = 0.95)))).toEqual([]);
  });

  it('says how many escalations a week are abandoned and how many wait, and leaves out either when there are none', () => {
    const weeks = (run: RunResult) => (run.horizon - run.warmup) / 168;
    const text = (abandonedPerWeek: number, decided: number) =>
      warningsOf(
        runs(2, (run) => {
          run.executives.coo.budgetUtilisation = 1.08;
          run.executives.coo.escalationsPerWeek = 35.5;
          run.executives.coo.decidedPerWeek = decided;
          run.executives.coo.abandonedWaiting = abandonedPerWeek * weeks(run);
        }),
      )[0].text.replace(/^.*: receives /, 'receives ');
    expect(text(20.7, 12.7)).toBe(
      "receives 35.5 escalations a week and decides 12.7; 20.7 a week abandon waiting and the rest (2.1 a week) wait for next week's budget.",
    );
    expect(text(22.8, 12.7)).toBe('receives 35.5 escalations a week and decides 12.7; 22.8 a week abandon waiting.');
    expect(text(0, 35.5)).toBe(
      "receives 35.5 escalations a week and decides 35.5, all of them so far; a busier week would leave escalations waiting for the next week's budget.",
    );
  });

  it('names the steps where more than 2% of arrivals were abandoned or blocked', () => {
    const w = warningsOf(
      runs(2, (run) => {
        run.overall.arrived = 100;
        run.overall.done = 97;
        run.overall.abandoned = 3;
        run.overall.inSystemAtEnd = 0;
        run.steps.triage.abandoned = 3;
      }),
    );
    expect(w).toEqual([
      {
        kind: 'workLost',
        subjects: ['triage'],
        text: '3.0% of arrivals were abandoned or blocked (above 2.0%; 3.0 of 100 per replication), most at triage (3.0).',
      },
    ]);
  });

  it('flags work in progress that grows through the window with 95% confidence, and not noise around zero', () => {
    const growing = warningsOf(
      runs(3, (run, r) => {
        run.overall.arrived = 100;
        run.overall.done = 80 - r; // 20, 21, 22 more items at the end than at the warm-up
      }),
    );
    expect(growing.map((x) => [x.kind, x.subjects])).toEqual([['backlogGrowing', ['triage']]]);
    expect(growing[0].text).toMatch(/^Work in progress grew through the observation window: 21\.0 ± 2\.5 more items/);
    const noise = warningsOf(
      runs(3, (run, r) => ((run.overall.arrived = 100), (run.overall.done = [98, 101, 100][r]))),
    );
    expect(noise).toEqual([]);
    // One replication gives no interval, so no test.
    expect(warningsOf(runs(1, (run) => ((run.overall.arrived = 100), (run.overall.done = 50))))).toEqual([]);
  });
});
