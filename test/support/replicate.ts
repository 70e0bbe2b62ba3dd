// Replications with one seed convention: every suite passes its own fixed seed (so `npm test` is
// deterministic and suites do not share random numbers), and OPSIM_TEST_SEED replaces it for all of
// them at once, to tell a chance miss of a confidence interval from a real bias by rerunning.
import { simulate } from '../../src/core/index.js';
import type { Model } from '../../src/core/model/model.js';
import type { RunResult } from '../../src/core/report/runResult.js';
import type { TraceRecord } from '../../src/core/sim/traceRecord.js';

/** The seed a suite runs with: its own, unless OPSIM_TEST_SEED says otherwise. */
export function testSeed(suiteSeed: string | number): string | number {
  return process.env.OPSIM_TEST_SEED ?? suiteSeed;
}

/** Replications 0 .. n-1 of a model under one seed. */
export function replicate(model: Model, replications: number, suiteSeed: string | number): RunResult[] {
  const seed = testSeed(suiteSeed);
  return Array.from({ length: replications }, (_, replication) => simulate(model, { seed, replication }));
}

/** Runs one replication and returns every trace record the engine emitted, in order. */
export function trace(
  model: Model,
  suiteSeed: string | number,
  replication = 0,
): { run: RunResult; records: TraceRecord[] } {
  const records: TraceRecord[] = [];
  const run = simulate(model, { seed: testSeed(suiteSeed), replication, monitor: (r: TraceRecord) => records.push(r) });
  return { run, records };
}

/** The whole trace of a run as compact lines: "t event #item node [pool] [detail]". */
export function traceOf(model: Model, seed: string | number = 7): string[] {
  return trace(model, seed).records.map(
    (r) => `${r.t} ${r.event} #${r.item} ${r.node}${r.pool ? ' ' + r.pool : ''}${r.detail ? ' ' + r.detail : ''}`,
  );
}

/** Length of the observation window, in hours. */
export function windowHours(run: RunResult): number {
  return run.horizon - run.warmup;
}
