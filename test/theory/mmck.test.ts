import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { arrivalRatePerHour, stationOf } from './modelShape.js';
import { loadValidationModel, THEORY_SEED } from './theoryChecks.js';
import { expectLittle, expectNear, replicate, windowHours } from '../support/index.js';
import { mmck } from './theory.js';

// lambda = 8/h, c = 2, mu = 5/h, K = 6 (four waiting places): blocking 0.0759524.
const exact = mmck(8, 5, 2, 6);

describe('scenarios/validation/mmck.yaml (M/M/2/6 with blocking)', () => {
  const model = loadValidationModel('mmck');
  let runs: RunResult[];
  beforeAll(() => {
    runs = replicate(model, 20, THEORY_SEED);
  });

  it('compiles to two servers with four waiting places and no overflow route', () => {
    expect(arrivalRatePerHour(model, 'job')).toBeCloseTo(8, 12);
    expect(stationOf(model, 'queue')).toEqual({
      servers: 2,
      service: { job: { kind: 'exponential', mean: expect.closeTo(0.2, 12) } },
    });
    const step = model.nodes.find((n) => n.id === 'queue');
    expect(step?.kind === 'step' && { capacity: step.queueCapacity, overflow: step.overflow }).toEqual({
      capacity: 4,
      overflow: -1,
    });
  });

  it('turns away p_K = 0.0759524 of arrivals', () => {
    expectNear(
      runs.map((r) => r.steps.queue.blocked / r.steps.queue.arrivals),
      { figure: 'blocking (step)', exact: exact.blocking, relTol: 0.08 },
    );
    expectNear(
      runs.map((r) => r.overall.blocked / r.overall.arrived),
      { figure: 'blocking (outcomes)', exact: exact.blocking, relTol: 0.08 },
    );
  });

  it('accepted jobs wait Wq = 0.131802 h and spend W = 0.331802 h in the system', () => {
    expectNear(
      runs.map((r) => r.steps.queue.wait.mean),
      { figure: 'Wq', exact: exact.wq, relTol: 0.06 },
    );
    expectNear(
      runs.map((r) => r.overall.cycleTime.mean),
      { figure: 'W', exact: exact.w, relTol: 0.04 },
    );
  });

  it('holds Lq = 0.974327 waiting and L = 2.4528 in the system', () => {
    expectNear(
      runs.map((r) => r.steps.queue.queueMean),
      { figure: 'Lq', exact: exact.lq, relTol: 0.06 },
    );
    expectNear(
      runs.map((r) => r.overall.wipMean),
      { figure: 'L', exact: exact.l, relTol: 0.04 },
    );
  });

  it('keeps its servers busy lambda_eff/(c mu) = 0.739238 of the time', () => {
    expectNear(
      runs.map((r) => r.pools.servers.utilisation),
      { figure: 'utilisation', exact: exact.rho, relTol: 0.02 },
    );
  });

  it("obeys Little's law with the accepted rate", () => {
    const accepted = (r: RunResult) => (r.steps.queue.arrivals - r.steps.queue.blocked) / windowHours(r);
    expectLittle(
      runs,
      'the queue',
      (r) => ({ l: r.steps.queue.queueMean, lambda: accepted(r), w: r.steps.queue.wait.mean }),
      0.02,
    );
    expectLittle(
      runs,
      'the system',
      (r) => ({ l: r.overall.wipMean, lambda: accepted(r), w: r.overall.cycleTime.mean }),
      0.02,
    );
  });
});
