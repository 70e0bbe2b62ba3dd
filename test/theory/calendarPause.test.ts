import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { loadValidationModel, THEORY_SEED } from './theoryChecks.js';
import { expectLittle, expectNear, replicate, windowHours } from '../support/index.js';
import { mm1 } from './theory.js';

// Arrivals and the clerk both live in weekday office hours, and tasks pause at 17:00: in open
// hours an M/M/1 queue at rho = 0.8, frozen between closing and opening.
const exact = mm1(8, 10);

describe('scenarios/validation/calendar-pause.yaml (M/M/1 in office hours, paused overnight)', () => {
  const model = loadValidationModel('calendar-pause');
  let runs: RunResult[];
  beforeAll(() => {
    runs = replicate(model, 20, THEORY_SEED);
  });

  it('brings 8/h in 40 open hours: 320 arrivals per week', () => {
    expectNear(
      runs.map((r) => (r.overall.arrived / windowHours(r)) * 168),
      { figure: 'arrivals/week', exact: 320, relTol: 0.02 },
    );
  });

  it('keeps the clerk busy rho = 0.8 of the open hours, paid 40 hours a week, with no overtime', () => {
    expectNear(
      runs.map((r) => r.pools.clerk.utilisation),
      { figure: 'utilisation', exact: exact.rho, relTol: 0.02 },
    );
    for (const r of runs) {
      expect(r.pools.clerk.overtimeHours).toBe(0);
      expect(r.pools.clerk.paidHours).toBeCloseTo((40 * windowHours(r)) / 168, 6);
    }
  });

  it('holds the M/M/1 numbers over all hours of the week: Lq = 3.2, L = 4', () => {
    expectNear(
      runs.map((r) => r.steps.queue.queueMean),
      { figure: 'Lq', exact: exact.lq, relTol: 0.1 },
    );
    expectNear(
      runs.map((r) => r.overall.wipMean),
      { figure: 'L', exact: exact.l, relTol: 0.1 },
    );
  });

  it("obeys Little's law in wall-clock time, nights included", () => {
    expectLittle(
      runs,
      'the system',
      (r) => ({ l: r.overall.wipMean, lambda: r.overall.arrived / windowHours(r), w: r.overall.cycleTime.mean }),
      0.02,
    );
  });
});
