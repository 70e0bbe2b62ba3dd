import { beforeAll, describe, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { loadValidationModel, THEORY_SEED } from './theoryChecks.js';
import { expectLittle, expectNear, replicate, windowHours } from '../support/index.js';
import { preferredPools } from './theory.js';

// lambda = 12/h; fast: 1 server, mu = 10/h, preferred; slow: 2 servers, mu = 3/h each.
const exact = preferredPools(12, [
  { mu: 10, c: 1 },
  { mu: 3, c: 2 },
]);

describe('scenarios/validation/preferred-pools.yaml (fast agent first, two slow servers second)', () => {
  const model = loadValidationModel('preferred-pools');
  let runs: RunResult[];
  beforeAll(() => {
    runs = replicate(model, 20, THEORY_SEED);
  });

  it(`waits Wq = ${exact.wq.toFixed(6)} h and spends W = ${exact.w.toFixed(6)} h in the system`, () => {
    expectNear(
      runs.map((r) => r.steps.queue.wait.mean),
      { figure: 'Wq', exact: exact.wq, relTol: 0.08 },
    );
    expectNear(
      runs.map((r) => r.overall.cycleTime.mean),
      { figure: 'W', exact: exact.w, relTol: 0.04 },
    );
  });

  it(`holds Lq = ${exact.lq.toFixed(5)} waiting and L = ${exact.l.toFixed(5)} in the system`, () => {
    expectNear(
      runs.map((r) => r.steps.queue.queueMean),
      { figure: 'Lq', exact: exact.lq, relTol: 0.08 },
    );
    expectNear(
      runs.map((r) => r.overall.wipMean),
      { figure: 'L', exact: exact.l, relTol: 0.04 },
    );
  });

  it('busies the preferred pool and the second pool as the chain says, and splits the tasks likewise', () => {
    expectNear(
      runs.map((r) => r.pools.fast.utilisation),
      { figure: 'utilisation fast', exact: exact.poolRho[0], relTol: 0.015 },
    );
    expectNear(
      runs.map((r) => r.pools.slow.utilisation),
      { figure: 'utilisation slow', exact: exact.poolRho[1], relTol: 0.015 },
    );
    expectNear(
      runs.map((r) => r.pools.fast.tasks / r.steps.queue.completions),
      { figure: 'share fast', exact: exact.share[0], relTol: 0.015 },
    );
  });

  it("obeys Little's law", () => {
    expectLittle(
      runs,
      'the queue',
      (r) => ({
        l: r.steps.queue.queueMean,
        lambda: r.steps.queue.arrivals / windowHours(r),
        w: r.steps.queue.wait.mean,
      }),
      0.02,
    );
  });
});
