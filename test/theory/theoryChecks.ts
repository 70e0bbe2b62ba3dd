// The theory suite's own helpers: its bundled systems with known answers (scenarios/validation/). Seeds,
// intervals, the exact-value assertion and Little's law come from test/support.
//
// Why the checks use 99% rather than 95%: the suite makes about 100 interval checks on some 20 systems.
// With a correct engine each 95% interval misses 1 time in 20, so every change that redraws the random
// numbers would fail one or two checks by chance (tried: seeds 1 and 7 passed, seed 13 missed in three
// systems, each time with relative errors well inside the bounds). At 99% that drops to about one chance
// miss in three reseeds, while the relative-error bounds still hold the estimates close to the truth.
// To tell a chance miss from a real bias, rerun with OPSIM_TEST_SEED=<another seed>.
import { fileURLToPath } from 'node:url';
import type { Model } from '../../src/core/model/model.js';
import { compileFile } from '../support/index.js';

const scenarioDir = fileURLToPath(new URL('../../scenarios/validation/', import.meta.url));

/** The theory suite's seed: every file passes it to `replicate`, so OPSIM_TEST_SEED moves them all. */
export const THEORY_SEED = 1;

export function loadValidationModel(name: string, variant?: string): Model {
  return compileFile(`${scenarioDir}${name}.yaml`, variant);
}
