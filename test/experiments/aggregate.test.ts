import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/experiments/aggregate.js';
import { figureInterval as interval } from '../../src/experiments/interval.js';
import { summariseRuns } from '../../src/experiments/designReport.js';
import { fakeRun } from './fakeRun.js';

// A design's figures are intervals with lo cut at 0 where no replication was negative (figureInterval).
describe('aggregate(values)', () => {
  it('turns every numeric leaf into an interval and keeps labels from the first value', () => {
    const out = aggregate([
      { kind: 'step', a: 1, nested: { b: 2 }, list: [1, 10] },
      { kind: 'step', a: 3, nested: { b: 4 }, list: [3, 30] },
    ]);
    expect(out).toEqual({
      kind: 'step',
      a: interval([1, 3]),
      nested: { b: interval([2, 4]) },
      list: [interval([1, 3]), interval([10, 30])],
    });
  });
  it('keeps the key order of the first value', () => {
    expect(
      Object.keys(
        aggregate([
          { z: 1, a: 2 },
          { a: 2, z: 1 },
        ]),
      ),
    ).toEqual(['z', 'a']);
  });
});

describe('summariseRuns(runs)', () => {
  it('aggregates headline metrics and every section of RunResult', () => {
    const report = summariseRuns([fakeRun({ cost: 40, escalations: 2 }), fakeRun({ cost: 60, escalations: 4 })]);
    expect(Object.keys(report.headline)).toEqual([
      'throughputPerWeek',
      'cycleTime',
      'costPerDone',
      'costPerOutcome',
      'escalationsPerWeek',
      'escapedDefects',
      'abandonedPerWeek',
      'abandonedShare',
      'blockedPerWeek',
      'blockedShare',
      'inSystemAtEnd',
      'inSystemShare',
      'escalationsPerWeek:coo',
      'adHocPerWeek:coo',
      'forumPerWeek:coo',
      'budgetUse:coo',
      'utilisation:team',
    ]);
    expect(report.headline.costPerOutcome).toEqual(interval([40, 60]));
    expect(report.headline['escalationsPerWeek:coo']).toEqual(interval([2, 4]));
    expect(report.steps.triage.kind).toBe('step');
    expect(report.steps.triage.wait.p90).toEqual(interval([2, 2]));
    expect(report.pools.team.kind).toBe('human');
  });
});
