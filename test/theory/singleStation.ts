// The checks every single-station validation system shares: the scenario compiles to the stated
// system; Wq, W, Lq, L, utilisation and throughput match theory; Little's law holds on the
// simulated numbers. Each system's test file states its parameters and exact figures.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dist } from '../../src/core/model/model.js';
import type { RunResult } from '../../src/core/report/runResult.js';
import { arrivalRatePerHour, stationOf } from './modelShape.js';
import { loadValidationModel, THEORY_SEED } from './theoryChecks.js';
import { expectLittle, expectNear, replicate, windowHours } from '../support/index.js';
import type { QueueFigures } from './theory.js';

export interface SingleStationSpec {
  /** File name under scenarios/validation, without .yaml; its one item type is `job` and its step `queue`. */
  file: string;
  system: string;
  /** The pool serving `queue`. */
  pool: string;
  lambda: number;
  servers: number;
  service: Dist;
  exact: QueueFigures;
  replications: number;
  /** Exact quantiles, where known: of the wait in queue and of the time in system. */
  percentiles?: { wait?: Quantiles; time?: Quantiles; relTol: number };
  /** Relative error bounds: for waits and times (Wq, W, Lq, L) and for utilisation and throughput. */
  relTol: { wait: number; time: number; rate: number };
}

export interface Quantiles {
  p50: number;
  p90: number;
  p95: number;
}

export function describeSingleStation(spec: SingleStationSpec): void {
  const { exact, relTol } = spec;
  describe(`scenarios/validation/${spec.file}.yaml (${spec.system})`, () => {
    const model = loadValidationModel(spec.file);
    let runs: RunResult[];
    beforeAll(() => {
      runs = replicate(model, spec.replications, THEORY_SEED);
    });

    it(`compiles to Poisson ${spec.lambda}/h arrivals at ${spec.servers} server(s) with ${spec.service.kind} service`, () => {
      expect(arrivalRatePerHour(model, 'job')).toBeCloseTo(spec.lambda, 12);
      const station = stationOf(model, 'queue');
      expect(station.servers).toBe(spec.servers);
      expect(station.service.job.kind).toBe(spec.service.kind);
      for (const [key, value] of Object.entries(spec.service)) {
        if (typeof value === 'number')
          expect((station.service.job as Record<string, unknown>)[key]).toBeCloseTo(value, 12);
      }
    });

    it(`mean wait in queue Wq = ${round(exact.wq)} h`, () => {
      expectNear(
        runs.map((r) => r.steps.queue.wait.mean),
        { figure: 'Wq', exact: exact.wq, relTol: relTol.wait },
      );
    });

    it(`mean time in system W = ${round(exact.w)} h`, () => {
      expectNear(
        runs.map((r) => r.overall.cycleTime.mean),
        { figure: 'W', exact: exact.w, relTol: relTol.time },
      );
    });

    it(`mean number waiting Lq = ${round(exact.lq)} and in system L = ${round(exact.l)}`, () => {
      expectNear(
        runs.map((r) => r.steps.queue.queueMean),
        { figure: 'Lq', exact: exact.lq, relTol: relTol.wait },
      );
      expectNear(
        runs.map((r) => r.overall.wipMean),
        { figure: 'L', exact: exact.l, relTol: relTol.time },
      );
    });

    it(`utilisation rho = ${round(exact.rho)}, at the step and in the pool`, () => {
      expectNear(
        runs.map((r) => r.pools[spec.pool].utilisation),
        { figure: 'pool utilisation', exact: exact.rho, relTol: relTol.rate },
      );
      expectNear(
        runs.map((r) => r.steps.queue.utilisation),
        { figure: 'step utilisation', exact: exact.rho, relTol: relTol.rate },
      );
    });

    it(`throughput lambda = ${spec.lambda * 168} per week`, () => {
      expectNear(
        runs.map((r) => r.overall.throughputPerWeek),
        { figure: 'throughput/week', exact: spec.lambda * 168, relTol: relTol.rate },
      );
    });

    const { relTol: quantileTol = 0, ...quantiles } = spec.percentiles ?? {};
    for (const [figure, exactQ] of Object.entries(quantiles)) {
      it(`${figure === 'wait' ? 'wait in queue' : 'time in system'} percentiles p50, p90, p95 = ${[exactQ.p50, exactQ.p90, exactQ.p95].map(round).join(', ')} h`, () => {
        for (const q of ['p50', 'p90', 'p95'] as const) {
          const pick = (r: RunResult) => (figure === 'wait' ? r.steps.queue.wait[q] : r.overall.cycleTime[q]);
          expectNear(runs.map(pick), { figure: `${figure} ${q}`, exact: exactQ[q], relTol: quantileTol });
        }
      });
    }

    it("obeys Little's law on the simulated numbers: Lq = lambda Wq, L = lambda W", () => {
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
      expectLittle(
        runs,
        'the system',
        (r) => ({ l: r.overall.wipMean, lambda: r.overall.arrived / windowHours(r), w: r.overall.cycleTime.mean }),
        0.02,
      );
    });
  });
}

function round(x: number): number {
  return Number(x.toPrecision(6));
}
