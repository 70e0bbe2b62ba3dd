import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { loadValidationModel, THEORY_SEED } from './theoryChecks.js';
import {
  expectAtEachStation,
  expectLittleAtStationsAndNetwork,
  expectNear,
  expectNetworkWL,
  replicate,
  windowHours,
} from '../support/index.js';
import { jackson } from './theory.js';

// gamma = 6.4/h into a (M/M/1, mu 10) then b (M/M/2, mu 6), back to a with p = 0.2: both stations see 8/h.
const p = 0.2;
const exact = jackson(
  [6.4, 0],
  [
    [0, 1],
    [p, 0],
  ],
  [
    { mu: 10, c: 1 },
    { mu: 6, c: 2 },
  ],
);
const ids = ['a', 'b'] as const;
const pools = { a: 'server-a', b: 'server-b' };

describe('scenarios/validation/jackson-feedback.yaml (two stations, feedback p = 0.2)', () => {
  const model = loadValidationModel('jackson-feedback');
  let runs: RunResult[];
  beforeAll(() => {
    runs = replicate(model, 20, THEORY_SEED);
  });

  it('compiles the loop gate to a probabilistic route back to a with p = 0.2', () => {
    const gate = model.nodes.find((n) => n.id === 'loop');
    const a = model.nodes.findIndex((n) => n.id === 'a');
    expect(gate?.kind).toBe('gate');
    expect(gate?.next?.kind).toBe('probabilistic');
    if (gate?.next?.kind !== 'probabilistic') return;
    expect(gate.next.branches.find((b) => b.to === a)?.p).toBeCloseTo(p, 12);
  });

  it('each station is visited at the effective rate gamma/(1 - p) = 8/h', () => {
    expectAtEachStation(runs, ids, 'visits/h', (r, id) => r.steps[id].arrivals / windowHours(r), exact.lambda, 0.02);
  });

  it('each station waits as an M/M/c queue at its effective rate: Wq = 0.4, 0.133333 h per visit', () => {
    const wq = exact.stations.map((st) => st.wq);
    const lq = exact.stations.map((st) => st.lq);
    expectAtEachStation(runs, ids, 'Wq', (r, id) => r.steps[id].wait.mean, wq, 0.1);
    expectAtEachStation(runs, ids, 'Lq', (r, id) => r.steps[id].queueMean, lq, 0.1);
  });

  it('each pool is busy rho = 0.8, 0.666667 of the time', () => {
    const rho = exact.stations.map((st) => st.rho);
    expectAtEachStation(runs, ids, 'utilisation', (r, id) => r.pools[pools[id]].utilisation, rho, 0.02);
  });

  it('an item spends 1.25 visits x 0.8 h = 1.0 h in the network, L = 6.4', () => {
    expectNetworkWL(runs, exact, 0.07);
  });

  it("obeys Little's law per station (per visit) and for the network (per item)", () => {
    expectLittleAtStationsAndNetwork(runs, ids, 0.02);
  });

  it("time in step per visit is each station's M/M/c sojourn at its effective rate, W = Wq + 1/mu", () => {
    const w = exact.stations.map((st) => st.w);
    expectAtEachStation(runs, ids, 'time in step', (r, id) => r.steps[id].timeInStep.mean, w, 0.06);
  });

  it('total queue wait per item is visits per item x Wq summed over stations: 1.25 x (0.4 + 0.133333) = 0.666667 h', () => {
    const perItem = ids.reduce((s, _, j) => s + (exact.lambda[j] / 6.4) * exact.stations[j].wq, 0);
    expectNear(
      runs.map((r) => r.overall.queueWait.mean),
      { figure: 'queue wait per item', exact: perItem, relTol: 0.08 },
    );
  });
});
