// A step's waits are over the services it started and an executive's decision wait over its
// decisions: where there were none a run reports 0, which reads as "no wait". A design's interval of
// them is over the replications that had some (n counts them; 0 is no value), as the figures over
// the items done are (headlineOverDelivered.test.ts).
import { describe, expect, it } from 'vitest';
import { figureInterval as interval, summariseRuns } from '../../src/experiments/index.js';
import { budgetUse, executiveWithValues, poolWithValues, stepWithValues } from '../../src/experiments/noValue.js';
import { definedFigures } from '../../src/experiments/select/selectionMetrics.js';
import { fakeRun } from './fakeRun.js';

describe('figures over services and decisions that did not happen', () => {
  // Replication 1 brings no work to triage and no escalation to the COO.
  const runs = [
    fakeRun({ replication: 0, wait: 2, escalations: 3 }),
    fakeRun({ replication: 1, throughput: 0, escalations: 0 }),
    fakeRun({ replication: 2, wait: 4, escalations: 5 }),
  ];
  const report = summariseRuns(runs);

  it("a step's waits, time in step and P(wait) are over the replications in which it served", () => {
    expect(runs[1].steps.triage.wait.mean).toBe(1); // the fake reports a wait regardless; the engine reports 0
    expect(report.steps.triage.wait.mean).toEqual(interval([2, 4]));
    expect(report.steps.triage.timeInStep.mean.n).toBe(2);
    expect(report.steps.triage.pWait.n).toBe(2);
    expect(report.steps.triage.waitByType.ticket.n).toBe(2);
    // Counts keep every replication.
    expect(report.steps.triage.arrivals.n).toBe(3);
  });

  it("an executive's decision wait is over the replications in which it decided", () => {
    expect(report.executives.coo.decisionWait.mean).toEqual({ ...interval([2, 2]) });
    expect(report.executives.coo.decisionWait.mean.n).toBe(2);
    expect(report.executives.coo.decided.n).toBe(3);
  });

  it('leave a step that served, and an executive that decided, as they are', () => {
    expect(stepWithValues(runs[0].steps.triage)).toBe(runs[0].steps.triage);
    expect(executiveWithValues(runs[0].executives.coo)).toBe(runs[0].executives.coo);
    expect(Number.isNaN(stepWithValues(runs[1].steps.triage).wait.p90)).toBe(true);
    expect(Number.isNaN(executiveWithValues(runs[1].executives.coo).decisionWait.mean)).toBe(true);
  });
});

describe('budget use without a budget', () => {
  const run = fakeRun({ replication: 0, wait: 2, escalations: 3 });
  const unlimited = { ...run.executives.coo, budgetHours: 0, budgetUtilisation: 0 };

  it('is no value, for the executive, its headline key and the executives total', () => {
    expect(budgetUse(run.executives.coo)).toBe(0.1);
    expect(Number.isNaN(budgetUse(unlimited))).toBe(true);
    expect(Number.isNaN(executiveWithValues(unlimited).budgetUtilisation)).toBe(true);
    const runs = [0, 1].map((r) => {
      const x = fakeRun({ replication: r, wait: 2, escalations: 3 });
      return { ...x, executives: { coo: { ...x.executives.coo, budgetHours: 0, budgetUtilisation: 0 } } };
    });
    const report = summariseRuns(runs);
    expect(report.executives.coo.budgetUtilisation.n).toBe(0);
    expect(report.headline['budgetUse:coo'].n).toBe(0);
    expect(report.executivesTotal.budgetUtilisation.n).toBe(0);
    // Its hours and decisions still count.
    expect(report.executives.coo.decided.n).toBe(2);
  });

  it("leaves an executive's pool without a utilisation: its load is the budget, not its diary", () => {
    const team = run.pools.team;
    expect(poolWithValues(team)).toBe(team);
    const ceo = { ...team, kind: 'executive' as const, utilisation: 0.002 };
    expect(Number.isNaN(poolWithValues(ceo).utilisation)).toBe(true);
    expect(poolWithValues(ceo).busyHours).toBe(team.busyHours);
  });

  it('stops a selection with a message that names the reason, per figure', () => {
    const check = (key: string) => () => definedFigures([key], () => 'lean', [0], 3, [[[Number.NaN]]]);
    expect(check('budgetUse:coo')).toThrow('executive coo has no decision budget in design lean');
    expect(check('utilisation:clerks')).toThrow('pool clerks had no open hour in design lean, replication 3');
    expect(check('costPerDone')).toThrow('design lean finished no item in replication 3');
    expect(check('costPerOutcome')).toThrow('design lean had no item leave with an outcome in replication 3');
  });
});
