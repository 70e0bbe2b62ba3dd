import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { loadValidationModel, THEORY_SEED } from './theoryChecks.js';
import { expectLittle, expectNear, replicate, windowHours } from '../support/index.js';
import { jackson } from './theory.js';

// gamma = 6.4/h, one agent mu = 10/h with error rate e = 0.25, gate detects with d = 0.8 and sends back:
// a Jackson network with feedback p = e d = 0.2.
const e = 0.25;
const d = 0.8;
const loop = e * d;
const exact = jackson([6.4], [[loop]], [{ mu: 10, c: 1 }]);

describe('scenarios/validation/rework-loop.yaml (rework as feedback, e = 0.25, d = 0.8)', () => {
  const model = loadValidationModel('rework-loop');
  let runs: RunResult[];
  beforeAll(() => {
    runs = replicate(model, 20, THEORY_SEED);
  });

  it('compiles the check gate to detection 0.8 sending caught items back to work', () => {
    const work = model.nodes.findIndex((n) => n.id === 'work');
    const check = model.nodes.find((n) => n.id === 'check');
    expect(check?.rework).toMatchObject({ detect: 0.8, to: work, maxRounds: 1000 });
    expect(model.pools.find((p) => p.id === 'worker')?.errorRate).toEqual([e]);
  });

  it('the step is visited gamma/(1 - e d) = 8 times per hour and busy 0.8 of the time', () => {
    expectNear(
      runs.map((r) => r.steps.work.arrivals / windowHours(r)),
      { figure: 'visits/h', exact: exact.lambda[0], relTol: 0.02 },
    );
    expectNear(
      runs.map((r) => r.pools.worker.utilisation),
      { figure: 'utilisation', exact: exact.stations[0].rho, relTol: 0.02 },
    );
  });

  it('each visit waits Wq = 0.4 h, as an M/M/1 queue at the effective rate', () => {
    expectNear(
      runs.map((r) => r.steps.work.wait.mean),
      { figure: 'Wq', exact: exact.stations[0].wq, relTol: 0.1 },
    );
    expectNear(
      runs.map((r) => r.steps.work.queueMean),
      { figure: 'Lq', exact: exact.stations[0].lq, relTol: 0.1 },
    );
  });

  it('an item spends 1.25 visits x 0.5 h = 0.625 h in the system', () => {
    // Done and done-with-defect items both count in the cycle time; the overall figure covers both.
    expectNear(
      runs.map((r) => r.overall.cycleTime.mean),
      { figure: 'W', exact: exact.w, relTol: 0.08 },
    );
    expectNear(
      runs.map((r) => r.overall.wipMean),
      { figure: 'L', exact: exact.l, relTol: 0.08 },
    );
  });

  it('per item: e/(1 - e d) = 0.3125 errors made, e d/(1 - e d) = 0.25 caught and reworked', () => {
    const perItem = (pick: (r: RunResult) => number) =>
      runs.map((r) => pick(r) / (r.overall.done + r.overall.doneWithDefect));
    expectNear(
      perItem((r) => r.quality.errorsMade),
      { figure: 'errors made per item', exact: e / (1 - loop), relTol: 0.04 },
    );
    expectNear(
      perItem((r) => r.quality.errorsCaught),
      { figure: 'errors caught per item', exact: loop / (1 - loop), relTol: 0.04 },
    );
    expectNear(
      perItem((r) => r.quality.reworkRounds),
      { figure: 'rework rounds per item', exact: loop / (1 - loop), relTol: 0.04 },
    );
  });

  it('e (1 - d)/(1 - e d) = 0.0625 of items leave with an escaped defect, each costing its defectCost', () => {
    expectNear(
      runs.map((r) => r.overall.doneWithDefect / (r.overall.done + r.overall.doneWithDefect)),
      { figure: 'escaped share', exact: (e * (1 - d)) / (1 - loop), relTol: 0.08 },
    );
    for (const r of runs) expect(r.quality.escapedDefectCost).toBeCloseTo(100 * r.quality.errorsEscaped, 6);
  });

  it('charges one rework task per round caught, and every task and escaped defect to the total', () => {
    for (const r of runs) {
      const c = r.cost;
      // Rounds are counted when caught, their tasks when done: the few that straddle the window edges
      // (a handful, out of about 2,700 rounds per replication) may fall on either side.
      expect(Math.abs(c.byCause.rework - r.quality.reworkRounds)).toBeLessThanOrEqual(10);
      expect(c.byCause.agentTasks + c.byCause.rework).toBeCloseTo(r.pools.worker.tasks, 9);
      expect(c.total).toBeCloseTo(r.pools.worker.tasks + 100 * r.quality.errorsEscaped, 9);
    }
  });

  it("obeys Little's law for the system", () => {
    expectLittle(
      runs,
      'the system',
      (r) => ({ l: r.overall.wipMean, lambda: r.overall.arrived / windowHours(r), w: r.overall.cycleTime.mean }),
      0.02,
    );
  });
});
