// The theory suite's own helpers: its bundled systems with known answers (scenarios/validation/), and
// Little's law on simulated figures. Seeds, intervals and the exact-value assertion come from test/support.
//
// Why the checks use 99% rather than 95%: the suite makes about 100 interval checks on some 20 systems.
// With a correct engine each 95% interval misses 1 time in 20, so every change that redraws the random
// numbers would fail one or two checks by chance (tried: seeds 1 and 7 passed, seed 13 missed in three
// systems, each time with relative errors well inside the bounds). At 99% that drops to about one chance
// miss in three reseeds, while the relative-error bounds still hold the estimates close to the truth.
// To tell a chance miss from a real bias, rerun with OPSIM_TEST_SEED=<another seed>.
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Model } from '../../src/core/model/model.js';
import type { RunResult } from '../../src/core/report/runResult.js';
import { compileFile, fmt } from '../support/index.js';

const scenarioDir = fileURLToPath(new URL('../../scenarios/validation/', import.meta.url));

/** The theory suite's seed: every file passes it to `replicate`, so OPSIM_TEST_SEED moves them all. */
export const THEORY_SEED = 1;

export function loadValidationModel(name: string, variant?: string): Model {
  return compileFile(`${scenarioDir}${name}.yaml`, variant);
}

/** Little's law on the simulated numbers of each replication: L = lambda W, within relTol on the replication means. */
export function expectLittle(
  runs: readonly RunResult[],
  figure: string,
  pick: (r: RunResult) => { l: number; lambda: number; w: number },
  relTol: number,
): void {
  const l = runs.map((r) => pick(r).l);
  const lw = runs.map((r) => pick(r).lambda * pick(r).w);
  const meanL = l.reduce((s, x) => s + x, 0) / l.length;
  const meanLw = lw.reduce((s, x) => s + x, 0) / lw.length;
  const relError = Math.abs(meanL - meanLw) / meanLw;
  if (process.env.OPSIM_TEST_LOG)
    console.log(`Little ${figure}: L ${fmt(meanL)} lambda W ${fmt(meanLw)} gap ${(relError * 100).toFixed(3)}%`);
  expect(
    relError <= relTol,
    `Little's law for ${figure}: L = ${fmt(meanL)}, lambda W = ${fmt(meanLw)}, relative gap ${(relError * 100).toFixed(2)}% (bound ${(relTol * 100).toFixed(1)}%)`,
  ).toBe(true);
}
