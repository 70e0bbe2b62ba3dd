// Tiny scenarios written inside the tests, run for a few fixed-seed replications, and compared with
// exact answers. A simulated figure passes when the exact value lies inside the 99% Student-t
// interval of the replication values AND the relative error stays under a stated bound: the first
// catches bias, the second stops a wide interval from hiding a poor estimate. 99% rather than 95%
// because each file makes a dozen such claims on fixed seeds; at 95% one of them would be expected
// to fail by chance alone.
import { expect } from 'vitest';
import { simulate } from '../../src/core/index.js';
import type { Model } from '../../src/core/model/model.js';
import type { RunResult } from '../../src/core/report/runResult.js';
import type { TraceRecord } from '../../src/core/sim/traceRecord.js';
import { loadScenario } from '../../src/scenario/index.js';

/** Compiles scenario text (YAML), failing the test with the loader's issues if it does not load. */
export function compile(text: string, file = 'semantics.yaml'): Model {
  const loaded = loadScenario({ file, text });
  if (!loaded.ok) throw new Error(`${file} does not load:\n${JSON.stringify(loaded.issues, null, 2)}`);
  return loaded.model;
}

export function replicate(model: Model, replications: number, seed: string | number = 'semantics'): RunResult[] {
  return Array.from({ length: replications }, (_, replication) => simulate(model, { seed, replication }));
}

/** Runs one replication and returns every trace record the engine emitted, in order. */
export function trace(model: Model, seed: string | number = 'semantics', replication = 0): { run: RunResult; records: TraceRecord[] } {
  const records: TraceRecord[] = [];
  const run = simulate(model, { seed, replication, monitor: (r: TraceRecord) => records.push(r) });
  return { run, records };
}

export function windowHours(run: RunResult): number {
  return run.horizon - run.warmup;
}

/** Two-sided Student-t quantiles t_{df, 0.995}, df = 1..30 (Abramowitz & Stegun, table 26.10). */
const T995 = [
  63.657, 9.925, 5.841, 4.604, 4.032, 3.707, 3.499, 3.355, 3.25, 3.169, 3.106, 3.055, 3.012, 2.977, 2.947,
  2.921, 2.898, 2.878, 2.861, 2.845, 2.831, 2.819, 2.807, 2.797, 2.787, 2.779, 2.771, 2.763, 2.756, 2.75,
];

export interface Interval {
  mean: number;
  half: number;
}

export function interval99(values: readonly number[]): Interval {
  const n = values.length;
  if (n < 2 || n > 31) throw new RangeError(`interval99: need 2..31 replications, got ${n}`);
  const mean = values.reduce((s, x) => s + x, 0) / n;
  const variance = values.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
  return { mean, half: T995[n - 2] * Math.sqrt(variance / n) };
}

/** Asserts that `exact` lies in the 99% interval of `values` and that the mean is within relTol of it. */
export function expectNear(figure: string, values: readonly number[], exact: number, relTol: number): void {
  const { mean, half } = interval99(values);
  const relError = Math.abs(mean - exact) / Math.abs(exact);
  const said = `${figure}: simulated ${fmt(mean)} ± ${fmt(half)} (99%, ${values.length} replications), exact ${fmt(exact)}, relative error ${(100 * relError).toFixed(2)}% (bound ${(100 * relTol).toFixed(1)}%)`;
  expect(Math.abs(mean - exact) <= half, `${said}: exact value outside the interval`).toBe(true);
  expect(relError <= relTol, `${said}: relative error too large`).toBe(true);
}

function fmt(x: number): string {
  return Number(x.toPrecision(5)).toString();
}
