// Golden summaries of the bundled scenarios: a NO-REGRESSION SNAPSHOT, not a check of correctness
// (test/theory and test/semantics check correctness against exact answers). Each bundled file,
// its base design and every variant, runs for a few fixed-seed replications; the rounded summary
// (see summarise.ts) must equal test/golden/<name>.summary.json.
//
// On a mismatch the new summary is written next to the old one as <name>.summary-changed.json.
// Review it:     diff test/golden/<name>.summary.json test/golden/<name>.summary-changed.json
// If the change is intended (an engine fix, a scenario edit), accept every changed summary with:
//                UPDATE_GOLDEN=1 npx vitest run test/golden
// and commit the .summary.json files with a message saying why the numbers moved.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/index.js';
import { bundledScenarios, goldenDir, loadBundled } from '../support/index.js';
import { normalise, summarise } from './summarise.js';

const SEED = 'golden';
const REPLICATIONS = 2;
const update = process.env.UPDATE_GOLDEN === '1';

function summaryOf(file: string): string {
  const base = loadBundled(file);
  if (!base.ok) throw new Error(`does not load:\n${JSON.stringify(base.issues, null, 2)}`);
  const designs: Record<string, unknown> = {};
  for (const design of ['base', ...base.variants]) {
    const loaded = design === 'base' ? base : loadBundled(file, design);
    if (!loaded.ok) throw new Error(`variant ${design} does not load:\n${JSON.stringify(loaded.issues, null, 2)}`);
    const runs = Array.from({ length: REPLICATIONS }, (_, replication) =>
      simulate(loaded.model, { seed: SEED, replication }),
    );
    designs[design] = summarise(runs);
  }
  const summary = {
    note: 'no-regression snapshot (test/golden/summaries.test.ts), not a statement of truth',
    seed: SEED,
    designs,
  };
  return JSON.stringify(normalise(summary as never), null, 2) + '\n';
}

describe('golden summaries of the bundled scenarios (no-regression snapshots)', () => {
  for (const scenario of bundledScenarios()) {
    it(`${scenario.shown} matches test/golden/${scenario.name}.summary.json`, () => {
      const golden = join(goldenDir, `${scenario.name}.summary.json`);
      const changed = join(goldenDir, `${scenario.name}.summary-changed.json`);
      const actual = summaryOf(scenario.file);
      if (update) {
        writeFileSync(golden, actual);
        rmSync(changed, { force: true });
        return;
      }
      const expected = existsSync(golden) ? readFileSync(golden, 'utf8') : null;
      if (expected === actual) {
        rmSync(changed, { force: true });
        return;
      }
      writeFileSync(changed, actual);
      const what = expected === null ? `has no golden summary yet` : `no longer matches its golden summary`;
      expect.fail(
        `${scenario.shown} ${what}.\n` +
          `  New summary written to test/golden/${scenario.name}.summary-changed.json.\n` +
          `  Review:  diff test/golden/${scenario.name}.summary.json test/golden/${scenario.name}.summary-changed.json\n` +
          `  Accept (if the change is intended):  UPDATE_GOLDEN=1 npx vitest run test/golden`,
      );
    });
  }
});
