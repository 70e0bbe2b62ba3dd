import { beforeAll, describe, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { loadValidationModel, THEORY_SEED } from './theoryChecks.js';
import { expectNear, replicate } from '../support/index.js';
import { overflowPair } from './theory.js';

// lambda = 8/h at an M/M/1 station holding 3 in all (mu = 10/h), overflow to an M/M/1 station (mu = 6/h).
const exact = overflowPair(8, 10, 3, 6);

describe('scenarios/validation/overflow.yaml (full queue overflows to a second station)', () => {
  const model = loadValidationModel('overflow');
  let runs: RunResult[];
  beforeAll(() => {
    runs = replicate(model, 20, THEORY_SEED);
  });

  it(`sends ${exact.overflow.toFixed(6)} of arrivals on to the second station`, () => {
    expectNear(
      runs.map((r) => r.steps.first.overflowed / r.steps.first.arrivals),
      { figure: 'overflow share', exact: exact.overflow, relTol: 0.04 },
    );
    expectNear(
      runs.map((r) => r.steps.second.arrivals / r.steps.first.arrivals),
      { figure: 'arrivals at second', exact: exact.overflow, relTol: 0.04 },
    );
  });

  it('holds and busies the first station as the chain says', () => {
    expectNear(
      runs.map((r) => r.steps.first.queueMean),
      { figure: 'Lq first', exact: exact.first.lq, relTol: 0.04 },
    );
    expectNear(
      runs.map((r) => r.steps.first.wait.mean),
      { figure: 'Wq first', exact: exact.first.wq, relTol: 0.04 },
    );
    expectNear(
      runs.map((r) => r.pools['server-1'].utilisation),
      { figure: 'utilisation first', exact: exact.first.rho, relTol: 0.015 },
    );
  });

  it('makes the bursty overflow wait 3.5 times longer than Poisson arrivals would at the second station', () => {
    expectNear(
      runs.map((r) => r.steps.second.wait.mean),
      { figure: 'Wq second', exact: exact.second.wq, relTol: 0.1 },
    );
    expectNear(
      runs.map((r) => r.steps.second.queueMean),
      { figure: 'Lq second', exact: exact.second.lq, relTol: 0.1 },
    );
    expectNear(
      runs.map((r) => r.pools['server-2'].utilisation),
      { figure: 'utilisation second', exact: exact.second.rho, relTol: 0.04 },
    );
  });

  it(`keeps a job ${exact.w.toFixed(6)} h in the system on average`, () => {
    expectNear(
      runs.map((r) => r.overall.cycleTime.mean),
      { figure: 'W', exact: exact.w, relTol: 0.04 },
    );
    expectNear(
      runs.map((r) => r.overall.wipMean),
      { figure: 'L', exact: exact.l, relTol: 0.04 },
    );
  });
});
