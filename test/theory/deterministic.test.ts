// Systems without randomness: every figure has an exact value, and every seed gives the same one.
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { loadValidationModel, THEORY_SEED } from './theoryChecks.js';
import { replicate } from '../support/index.js';

/** The result without the fields that name the seed and replication. */
const figures = (r: RunResult) => JSON.stringify({ ...r, seed: null, replication: null });

describe('scenarios/validation/batch-deterministic.yaml (D/D/2, weekly batches of 20)', () => {
  const runs = replicate(loadValidationModel('batch-deterministic'), 3, THEORY_SEED);
  const r = runs[0];

  it('serves the batch in pairs: mean wait 2.25 h, mean time in system 2.75 h', () => {
    expect(r.steps.queue.wait.mean).toBeCloseTo(2.25, 9);
    expect(r.overall.cycleTime.mean).toBeCloseTo(2.75, 9);
  });

  it('counts three batches of 20 in the window: throughput 20 per week', () => {
    expect([r.overall.arrived, r.overall.done, r.overall.inSystemAtEnd]).toEqual([60, 60, 0]);
    expect(r.overall.throughputPerWeek).toBeCloseTo(20, 9);
  });

  it('time-averages the queue and the system over the window: Lq = 0.267857, L = 0.327381', () => {
    expect(r.steps.queue.queueMean).toBeCloseTo((3 * 20 * 2.25) / 504, 9);
    expect(r.overall.wipMean).toBeCloseTo((3 * 20 * 2.75) / 504, 9);
  });

  it('keeps the servers busy 30 of 1008 server-hours', () => {
    expect(r.pools.servers.busyHours).toBeCloseTo(30, 9);
    expect(r.pools.servers.utilisation).toBeCloseTo(30 / 1008, 9);
    expect(r.steps.queue.utilisation).toBeCloseTo(30 / 1008, 9);
  });

  it('gives the same figures for every seed and replication', () => {
    expect(figures(runs[1])).toBe(figures(r));
    expect(figures(runs[2])).toBe(figures(r));
  });
});

describe('scenarios/validation/shift-end.yaml (finish against pause at the end of a shift)', () => {
  const runs = replicate(loadValidationModel('shift-end'), 2, THEORY_SEED);
  const r = runs[0];

  it('finish: the task in hand runs into overtime, the queue waits for Tuesday 09:00', () => {
    expect(r.steps.overtime.wait.mean).toBeCloseTo(34 / 3, 9);
    expect(r.byType.late.cycleTime.mean).toBeCloseTo(37 / 3, 9);
    expect(r.steps.overtime.queueMean).toBeCloseTo(68 / 336, 9);
  });

  it('pause: the task in hand stops at 17:00 and resumes first at 09:00', () => {
    expect(r.steps.resume.wait.mean).toBeCloseTo(35 / 3, 9);
    expect(r.byType.paused.cycleTime.mean).toBeCloseTo(18, 9);
    expect(r.steps.resume.queueMean).toBeCloseTo(70 / 336, 9);
  });

  it('time-averages the items in the system by type and overall', () => {
    expect(r.byType.late.wipMean).toBeCloseTo(74 / 336, 9);
    expect(r.byType.paused.wipMean).toBeCloseTo(108 / 336, 9);
    expect(r.overall.wipMean).toBeCloseTo(182 / 336, 9);
  });

  it('pays open hours plus overtime, and counts overtime as busy but not available', () => {
    const round = (x: number) => Number(x.toFixed(9));
    const pool = (id: string) => {
      const p = r.pools[id];
      return {
        busy: round(p.busyHours),
        paid: round(p.paidHours),
        overtime: round(p.overtimeHours),
        utilisation: round(p.utilisation),
        tasks: p.tasks,
        cost: round(p.cost),
      };
    };
    expect(pool('finisher')).toEqual({ busy: 6, paid: 81, overtime: 1, utilisation: 0.075, tasks: 6, cost: 4050 });
    expect(pool('pauser')).toEqual({ busy: 6, paid: 80, overtime: 0, utilisation: 0.075, tasks: 6, cost: 4000 });
  });

  it('gives the same figures for every seed and replication', () => {
    expect(figures(runs[1])).toBe(figures(r));
  });

  it('closes on a holiday: the queue waits a day longer, paid and available hours lose 8 (variant holiday)', () => {
    const h = replicate(loadValidationModel('shift-end', 'holiday'), 1, THEORY_SEED)[0];
    expect(h.steps.overtime.wait.mean).toBeCloseTo(116 / 6, 9);
    expect(h.byType.late.cycleTime.mean).toBeCloseTo(122 / 6, 9);
    expect(h.steps.resume.wait.mean).toBeCloseTo(118 / 6, 9);
    expect(h.byType.paused.cycleTime.mean).toBeCloseTo(30, 9);
    expect([h.pools.finisher.paidHours, h.pools.pauser.paidHours].map((x) => Number(x.toFixed(9)))).toEqual([73, 72]);
    expect(h.pools.finisher.utilisation).toBeCloseTo(6 / 72, 9);
    expect(h.pools.pauser.utilisation).toBeCloseTo(6 / 72, 9);
  });
});
