// Runs a bundled validation scenario for a few replications with fixed seeds, and checks a
// simulated figure against its exact value: the value must lie inside the confidence interval of
// the replication means AND the relative error must stay under a stated bound. The first catches
// bias, the second keeps a wide interval from hiding a bad estimate.
//
// Why 99% rather than 95%: the suite makes about 100 interval checks on some 20 systems. With a
// correct engine each 95% interval misses 1 time in 20, so every change that redraws the random
// numbers would fail one or two checks by chance (tried: seeds 1 and 7 passed, seed 13 missed in
// three systems, each time with relative errors well inside the bounds). At 99% that drops to
// about one chance miss in three reseeds, while the relative-error bounds still hold the estimates
// close to the truth. Pass `level: 0.95` to a check that should be stricter.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { simulate } from '../../src/core/index.js';
import type { Model } from '../../src/core/model/model.js';
import type { RunResult } from '../../src/core/report/runResult.js';
import { loadScenario } from '../../src/scenario/index.js';
import { meanCi, type Interval, type Level } from './confidence.js';

const scenarioDir = fileURLToPath(new URL('../../scenarios/validation/', import.meta.url));

export function loadValidationModel(name: string, variant?: string): Model {
  const file = `${scenarioDir}${name}.yaml`;
  const loaded = loadScenario({ file, text: readFileSync(file, 'utf8') }, { variant });
  if (!loaded.ok) throw new Error(`${name}.yaml does not load:\n${JSON.stringify(loaded.issues, null, 2)}`);
  return loaded.model;
}

/**
 * Seeds are fixed, so the suite is deterministic. To tell a chance miss (each 99% interval misses
 * 1 time in 100 when the engine is right) from a real bias, rerun with OPSIM_VALIDATION_SEED=<another seed>.
 */
export function replicate(model: Model, replications: number, seed: string | number = process.env.OPSIM_VALIDATION_SEED ?? 1): RunResult[] {
  return Array.from({ length: replications }, (_, replication) => simulate(model, { seed, replication }));
}

/** Length of the observation window, in hours. */
export function windowHours(run: RunResult): number {
  return run.horizon - run.warmup;
}

export interface TheoryCheck {
  /** What the figure is, for the failure message. */
  figure: string;
  exact: number;
  /** Largest relative error |mean - exact| / exact accepted. */
  relTol: number;
  level?: Level;
}

/** Asserts that `exact` lies in the confidence interval of `values` and that the relative error is under relTol. */
export function expectNearTheory(values: readonly number[], check: TheoryCheck): Interval {
  const level = check.level ?? 0.99;
  const ci = meanCi(values, level);
  const relError = Math.abs(ci.mean - check.exact) / Math.abs(check.exact);
  const said =
    `${check.figure}: simulated ${fmt(ci.mean)} ± ${fmt(ci.halfWidth)} (${level * 100}% CI over ` +
    `${ci.n} replications), exact ${fmt(check.exact)}, relative error ${(relError * 100).toFixed(2)}% ` +
    `(bound ${(check.relTol * 100).toFixed(1)}%)`;
  if (process.env.OPSIM_VALIDATION_LOG) console.log(said);
  expect(ci.lo <= check.exact && check.exact <= ci.hi, `${said}: exact value outside the interval`).toBe(true);
  expect(relError <= check.relTol, `${said}: relative error too large`).toBe(true);
  return ci;
}

/** Little's law on the simulated numbers of each replication: L = lambda W, within relTol on the replication means. */
export function expectLittle(runs: readonly RunResult[], figure: string, pick: (r: RunResult) => { l: number; lambda: number; w: number }, relTol: number): void {
  const l = runs.map((r) => pick(r).l);
  const lw = runs.map((r) => pick(r).lambda * pick(r).w);
  const meanL = l.reduce((s, x) => s + x, 0) / l.length;
  const meanLw = lw.reduce((s, x) => s + x, 0) / lw.length;
  const relError = Math.abs(meanL - meanLw) / meanLw;
  if (process.env.OPSIM_VALIDATION_LOG) console.log(`Little ${figure}: L ${fmt(meanL)} lambda W ${fmt(meanLw)} gap ${(relError * 100).toFixed(3)}%`);
  expect(relError <= relTol, `Little's law for ${figure}: L = ${fmt(meanL)}, lambda W = ${fmt(meanLw)}, relative gap ${(relError * 100).toFixed(2)}% (bound ${(relTol * 100).toFixed(1)}%)`).toBe(true);
}

function fmt(x: number): string {
  return Number(x.toPrecision(5)).toString();
}
