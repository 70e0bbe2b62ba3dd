// A fixed-seed batch of the fuzzer in every `npm test`: no case of a bad class (crash, hang, runaway
// memory, unclear message, non-finite figure, item without an outcome). Long runs: `npm run fuzz`.
import { expect, test } from 'vitest';
import { BAD } from './classify.js';
import { formatFuzzReport, runFuzz } from './runFuzz.js';

test('fuzz: 2,000 mutated and generated scenario files (seed 2026) give no bad outcome', () => {
  const report = runFuzz({ cases: 2000, seed: 2026 });
  const bad = Object.fromEntries(BAD.map((k) => [k, report.counts[k]]));
  expect(bad, formatFuzzReport(report)).toEqual(Object.fromEntries(BAD.map((k) => [k, 0])));
  // The batch must exercise both doors: files refused and files that run.
  expect(report.counts['rejected with a clear error']).toBeGreaterThan(200);
  expect(report.counts['accepted and simulated'] + report.counts['stopped by a guard with a message']).toBeGreaterThan(
    200,
  );
}, 300_000);
