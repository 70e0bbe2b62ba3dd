import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { arrivalRatePerHour, stationOf } from './modelShape.js';
import { loadValidationModel, THEORY_SEED } from './theoryChecks.js';
import { expectNear, replicate } from '../support/index.js';
import { erlangA } from './theory.js';

// lambda = 6/h, c = 3, mu = 2/h, exponential patience of mean 1 h (theta = 1/h).
const exact = erlangA(6, 2, 3, 1);

describe('scenarios/validation/mmc-abandon.yaml (M/M/3+M, Erlang A)', () => {
  const model = loadValidationModel('mmc-abandon');
  let runs: RunResult[];
  beforeAll(() => {
    runs = replicate(model, 20, THEORY_SEED);
  });

  it('compiles to three exponential servers and exponential patience of mean 1 h', () => {
    expect(arrivalRatePerHour(model, 'job')).toBeCloseTo(6, 12);
    expect(stationOf(model, 'queue')).toEqual({
      servers: 3,
      service: { job: { kind: 'exponential', mean: expect.closeTo(0.5, 12) } },
    });
    expect(model.itemTypes[0].patience).toEqual({ kind: 'exponential', mean: expect.closeTo(1, 12) });
  });

  it('theta Lq / lambda = 0.187268 of arrivals abandon', () => {
    expectNear(
      runs.map((r) => r.overall.abandoned / r.overall.arrived),
      { figure: 'abandonment (outcomes)', exact: exact.abandon, relTol: 0.05 },
    );
    expectNear(
      runs.map((r) => r.steps.queue.abandoned / r.steps.queue.arrivals),
      { figure: 'abandonment (step)', exact: exact.abandon, relTol: 0.05 },
    );
  });

  it('holds Lq = 1.12361 waiting and L = 3.56180 in the system', () => {
    expectNear(
      runs.map((r) => r.steps.queue.queueMean),
      { figure: 'Lq', exact: exact.lq, relTol: 0.06 },
    );
    expectNear(
      runs.map((r) => r.overall.wipMean),
      { figure: 'L', exact: exact.l, relTol: 0.03 },
    );
  });

  it('serves 4.87639 per hour with its servers busy 0.812732 of the time', () => {
    expectNear(
      runs.map((r) => r.overall.throughputPerWeek),
      { figure: 'throughput/week', exact: exact.throughput * 168, relTol: 0.02 },
    );
    expectNear(
      runs.map((r) => r.pools.servers.utilisation),
      { figure: 'utilisation', exact: exact.rho, relTol: 0.02 },
    );
  });
});
