import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { arrivalRatePerHour, stationOf } from './modelShape.js';
import { loadValidationModel, THEORY_SEED } from './theoryChecks.js';
import { expectLittlePerType, expectNear, replicate } from '../support/index.js';
import { cobham } from './theory.js';

// urgent: 4/h, exponential mean 0.05 h; routine: 4/h, exponential mean 0.15 h; urgent first, non-preemptive.
const [urgent, routine] = cobham([
  { lambda: 4, meanService: 0.05, cv: 1 },
  { lambda: 4, meanService: 0.15, cv: 1 },
]);

describe('scenarios/validation/priority-mm1.yaml (non-preemptive priority M/M/1, Cobham)', () => {
  const model = loadValidationModel('priority-mm1');
  let runs: RunResult[];
  beforeAll(() => {
    runs = replicate(model, 20, THEORY_SEED);
  });

  it('compiles to two Poisson classes at one server, urgent ranked first', () => {
    expect(arrivalRatePerHour(model, 'urgent')).toBeCloseTo(4, 12);
    expect(arrivalRatePerHour(model, 'routine')).toBeCloseTo(4, 12);
    expect(stationOf(model, 'queue')).toEqual({
      servers: 1,
      service: {
        routine: { kind: 'exponential', mean: expect.closeTo(0.15, 12) },
        urgent: { kind: 'exponential', mean: expect.closeTo(0.05, 12) },
      },
    });
    const step = model.nodes.find((n) => n.id === 'queue');
    const rankOf = (id: string) =>
      step?.kind === 'step' && step.discipline.kind === 'priorityByType'
        ? step.discipline.rank[model.itemTypes.findIndex((t) => t.id === id)]
        : NaN;
    expect(rankOf('urgent')).toBeLessThan(rankOf('routine'));
  });

  it('urgent jobs spend W = 0.125 + 0.05 = 0.175 h in the system', () => {
    expectNear(
      runs.map((r) => r.byType.urgent.cycleTime.mean),
      { figure: 'W urgent', exact: urgent.w, relTol: 0.05 },
    );
  });

  it('routine jobs spend W = 0.625 + 0.15 = 0.775 h in the system', () => {
    expectNear(
      runs.map((r) => r.byType.routine.cycleTime.mean),
      { figure: 'W routine', exact: routine.w, relTol: 0.1 },
    );
  });

  it('the mean wait over all jobs is (0.125 + 0.625)/2 = 0.375 h, below first come first served (0.5 h)', () => {
    expectNear(
      runs.map((r) => r.steps.queue.wait.mean),
      { figure: 'Wq all', exact: (urgent.wq + routine.wq) / 2, relTol: 0.1 },
    );
  });

  it('each class holds L = lambda_k W_k in the system: 0.7 urgent, 3.1 routine', () => {
    expectNear(
      runs.map((r) => r.byType.urgent.wipMean),
      { figure: 'L urgent', exact: urgent.l, relTol: 0.05 },
    );
    expectNear(
      runs.map((r) => r.byType.routine.wipMean),
      { figure: 'L routine', exact: routine.l, relTol: 0.1 },
    );
  });

  it('the server is busy rho = 0.8 of the time', () => {
    expectNear(
      runs.map((r) => r.pools.server.utilisation),
      { figure: 'utilisation', exact: 0.8, relTol: 0.02 },
    );
  });

  it('the by-attribute variants (a constant rank per type, highest or lowest first) serve exactly as priority by type', () => {
    const figures = (r: RunResult) => JSON.stringify({ ...r, model: null });
    for (const variant of ['by-attribute', 'by-attribute-ascending']) {
      const byAttribute = replicate(loadValidationModel('priority-mm1', variant), 3, THEORY_SEED);
      expect(byAttribute.map(figures), variant).toEqual(runs.slice(0, 3).map(figures));
    }
  });

  it("obeys Little's law per class", () => {
    expectLittlePerType(runs, ['urgent', 'routine'], 0.02);
  });

  it("the step's waits by item type are Cobham's per-class waits: Wq = 0.125 h urgent, 0.625 h routine", () => {
    expectNear(
      runs.map((r) => r.steps.queue.waitByType.urgent),
      { figure: 'Wq urgent at the step', exact: urgent.wq, relTol: 0.05 },
    );
    expectNear(
      runs.map((r) => r.steps.queue.waitByType.routine),
      { figure: 'Wq routine at the step', exact: routine.wq, relTol: 0.1 },
    );
  });

  it("each class's total queue wait per item is its one wait at the step", () => {
    expectNear(
      runs.map((r) => r.byType.urgent.queueWait.mean),
      { figure: 'queue wait per urgent item', exact: urgent.wq, relTol: 0.05 },
    );
    expectNear(
      runs.map((r) => r.byType.routine.queueWait.mean),
      { figure: 'queue wait per routine item', exact: routine.wq, relTol: 0.1 },
    );
  });
});
