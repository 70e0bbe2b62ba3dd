// A sweep point that finished no item in some replication reports 0 for cost per done item and
// cycle time; ranked on those zeros it would dominate every other point and be "best". On an
// objective taken over the items done it ranks last instead, and carries its nothingDone warning.
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { buildSweepReport, type SweepSpec } from '../../src/experiments/sweepReport.js';
import { fakeRun } from './fakeRun.js';

const spec = (objectives: SweepSpec['objectives'], values = [0.1, 0.5, 0.9]): SweepSpec => ({
  scenario: 'Fake',
  design: 'base',
  sweep: null,
  seed: '1',
  horizonHours: 336,
  warmup: { method: 'scenario', hours: 24, pilot: null },
  params: [{ path: 'steps.gate.threshold', values }],
  objectives,
});

/** Three replications of a point: cost and cycle time varying a little, as replications do. */
const point = (cost: number, cycle: number, escalations: number, idle: readonly number[] = []): RunResult[] =>
  [0, 1, 2].map((r) => {
    const run = fakeRun({ replication: r, cost: cost + r, cycle: cycle + r / 10, escalations });
    if (idle.includes(r)) {
      // What a run that finished nothing reports: no item done, 0 for the figures taken over them.
      run.overall.done = 0;
      run.overall.doneWithDefect = 0;
      run.cost.perDone = 0;
      run.overall.cycleTime = { mean: 0, p50: 0, p90: 0, p95: 0 };
    }
    return run;
  });

describe('a sweep point that finished nothing', () => {
  const runs = [point(50, 5, 3), point(40, 6, 4), point(0, 0, 0, [0, 1, 2])];

  it('is neither on the front nor best on cost per done item and cycle time', () => {
    const rep = buildSweepReport(
      spec([
        { key: 'costPerDone', direction: 'min' },
        { key: 'cycleTime', direction: 'min' },
      ]),
      runs,
    );
    expect(rep.points[2].warnings[0].kind).toBe('nothingDone');
    expect(rep.pareto).toEqual([0, 1]);
    expect(rep.points.map((p) => p.front)).toEqual(['optimal', 'optimal', 'dominated']);
    expect(rep.points[2].dominatedBy).toBe(0);
    expect(rep.best).toEqual({ costPerDone: 1, cycleTime: 0 });
  });

  it('still counts where its figure has a value: fewest escalations', () => {
    const rep = buildSweepReport(
      spec([
        { key: 'costPerDone', direction: 'min' },
        { key: 'escalationsPerWeek', direction: 'min' },
      ]),
      runs,
    );
    expect(rep.pareto).toEqual([0, 1, 2]);
    expect(rep.best.costPerDone).toBe(1);
    expect(rep.best.escalationsPerWeek).toBe(2);
  });

  it('with one idle replication of three, ranks last as well', () => {
    const rep = buildSweepReport(spec([{ key: 'costPerDone', direction: 'min' }], [0.1, 0.5]), [
      point(50, 5, 3),
      point(0, 5, 3, [1]),
    ]);
    expect(rep.pareto).toEqual([0]);
    expect(rep.best.costPerDone).toBe(0);
  });
});
