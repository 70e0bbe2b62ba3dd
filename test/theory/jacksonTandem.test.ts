import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { arrivalRatePerHour, stationOf } from './modelShape.js';
import { loadValidationModel, THEORY_SEED } from './theoryChecks.js';
import {
  expectAtEachStation,
  expectLittleAtStationsAndNetwork,
  expectNear,
  expectNetworkWL,
  replicate,
} from '../support/index.js';
import { jackson } from './theory.js';

// a: M/M/1 mu 10, b: M/M/2 mu 5, c: M/M/1 mu 20, all fed at 8/h (Burke).
const stations = {
  a: { mu: 10, c: 1, pool: 'server-a' },
  b: { mu: 5, c: 2, pool: 'server-b' },
  c: { mu: 20, c: 1, pool: 'server-c' },
};
const ids = ['a', 'b', 'c'] as const;
const exact = jackson(
  [8, 0, 0],
  [
    [0, 1, 0],
    [0, 0, 1],
    [0, 0, 0],
  ],
  ids.map((id) => stations[id]),
);

describe('scenarios/validation/jackson-tandem.yaml (M/M/1 -> M/M/2 -> M/M/1)', () => {
  const model = loadValidationModel('jackson-tandem');
  let runs: RunResult[];
  beforeAll(() => {
    runs = replicate(model, 20, THEORY_SEED);
  });

  it('compiles to Poisson 8/h arrivals through three exponential stations', () => {
    expect(arrivalRatePerHour(model, 'job')).toBeCloseTo(8, 12);
    for (const id of ids) {
      expect(stationOf(model, id)).toEqual({
        servers: stations[id].c,
        service: { job: { kind: 'exponential', mean: expect.closeTo(1 / stations[id].mu, 12) } },
      });
    }
  });

  it('each station waits as an isolated M/M/c queue: Wq = 0.4, 0.355556, 0.033333 h', () => {
    const wq = exact.stations.map((st) => st.wq);
    expectAtEachStation(runs, ids, 'Wq', (r, id) => r.steps[id].wait.mean, wq, 0.1);
  });

  it('each station holds Lq = 3.2, 2.84444, 0.266667 waiting', () => {
    const lq = exact.stations.map((st) => st.lq);
    expectAtEachStation(runs, ids, 'Lq', (r, id) => r.steps[id].queueMean, lq, 0.1);
  });

  it('each pool is busy rho = 0.8, 0.8, 0.4 of the time', () => {
    const rho = exact.stations.map((st) => st.rho);
    expectAtEachStation(runs, ids, 'utilisation', (r, id) => r.pools[stations[id].pool].utilisation, rho, 0.02);
  });

  it('time in the network is the sum of the stations: W = 1.13889 h, L = 9.11111', () => {
    expectNetworkWL(runs, exact, 0.06);
  });

  it("obeys Little's law at every station and for the network", () => {
    expectLittleAtStationsAndNetwork(runs, ids, 0.02);
  });

  it("time in step per visit is each station's M/M/c sojourn W = Wq + 1/mu: 0.5, 0.555556, 0.083333 h", () => {
    const w = exact.stations.map((st) => st.w);
    expectAtEachStation(runs, ids, 'time in step', (r, id) => r.steps[id].timeInStep.mean, w, 0.06);
  });

  it('at the M/M/1 stations the sojourn is exponential with rate mu - lambda: p90 = ln 10 / (mu - lambda), p95 = ln 20 / (mu - lambda)', () => {
    for (const id of ['a', 'c'] as const) {
      const rate = stations[id].mu - 8;
      expectNear(
        runs.map((r) => r.steps[id].timeInStep.p90),
        { figure: `time in step p90 at ${id}`, exact: Math.log(10) / rate, relTol: 0.06 },
      );
      expectNear(
        runs.map((r) => r.steps[id].timeInStep.p95),
        { figure: `time in step p95 at ${id}`, exact: Math.log(20) / rate, relTol: 0.06 },
      );
    }
  });

  it("total queue wait per item is the sum of the stations' waits: 0.788889 h", () => {
    expectNear(
      runs.map((r) => r.overall.queueWait.mean),
      { figure: 'queue wait per item', exact: exact.stations.reduce((s, st) => s + st.wq, 0), relTol: 0.08 },
    );
  });
});
