import { beforeAll, describe, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { loadValidationModel, THEORY_SEED } from './theoryChecks.js';
import { expectLittleAtStations, expectNear, replicate } from '../support/index.js';
import { mg1 } from './theory.js';

// Two Poisson streams of 4/h with exponential services of mean 0.05 h and 0.15 h, one server, FCFS:
// M/G/1 with E[S] = 0.1 h and E[S^2] = (2 x 0.05^2 + 2 x 0.15^2) / 2 = 0.025 h^2, i.e. cv^2 = 1.5.
const exact = mg1(8, 0.1, Math.sqrt(0.025 / 0.01 - 1));

describe('scenarios/validation/shared-server.yaml (one agent serving two steps, FCFS across them)', () => {
  const model = loadValidationModel('shared-server');
  let runs: RunResult[];
  beforeAll(() => {
    runs = replicate(model, 20, THEORY_SEED);
  });

  it('makes both steps wait as one FCFS queue: Wq = 0.5 h at quick and at slow', () => {
    for (const step of ['quick', 'slow']) {
      expectNear(
        runs.map((r) => r.steps[step].wait.mean),
        { figure: `Wq at ${step}`, exact: exact.wq, relTol: 0.08 },
      );
      expectNear(
        runs.map((r) => r.steps[step].queueMean),
        { figure: `Lq at ${step}`, exact: 4 * exact.wq, relTol: 0.08 },
      );
    }
  });

  it('gives each type its own time in system: urgent 0.55 h, routine 0.65 h', () => {
    expectNear(
      runs.map((r) => r.byType.urgent.cycleTime.mean),
      { figure: 'W urgent', exact: exact.wq + 0.05, relTol: 0.08 },
    );
    expectNear(
      runs.map((r) => r.byType.routine.cycleTime.mean),
      { figure: 'W routine', exact: exact.wq + 0.15, relTol: 0.08 },
    );
  });

  it("splits the agent's utilisation 0.8 into 0.2 at quick and 0.6 at slow", () => {
    expectNear(
      runs.map((r) => r.pools.server.utilisation),
      { figure: 'pool utilisation', exact: 0.8, relTol: 0.015 },
    );
    expectNear(
      runs.map((r) => r.steps.quick.utilisation),
      { figure: 'utilisation at quick', exact: 0.2, relTol: 0.015 },
    );
    expectNear(
      runs.map((r) => r.steps.slow.utilisation),
      { figure: 'utilisation at slow', exact: 0.6, relTol: 0.015 },
    );
  });

  it("obeys Little's law at each step", () => {
    expectLittleAtStations(runs, ['quick', 'slow'], 0.02);
  });
});
