// An experiment holds every replication's result until its report is made; the CLI refuses a job
// whose results would not fit the heap. The estimate is read from a run of no length, so it must
// count what a real replication holds: the same figures, per-period ones included.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/index.js';
import {
  BYTES_PER_FIGURE,
  BYTES_PER_RESULT,
  figureCount,
  heldResultsBytes,
  resultBytes,
} from '../../src/experiments/heldResults.js';
import { withPeriods } from '../../src/scenario/index.js';
import { bundledScenarios, loadBundled } from '../support/bundledScenarios.js';

describe('held results', () => {
  it('counts the figures of nested values', () => {
    expect(figureCount({ a: 1, b: [2, 'x', null, { c: true }], d: undefined, e: {} })).toBe(5);
    expect(figureCount(NaN)).toBe(1);
  });

  it('estimates from a run of no length the figures of a real replication, for every bundled scenario', () => {
    for (const { file, shown } of bundledScenarios()) {
      const loaded = loadBundled(file);
      if (!loaded.ok) continue;
      for (const kind of [undefined, 'week', 'month'] as const) {
        const model = withPeriods({ ...loaded.model, traceEvery: 0 }, loaded.doc.start, kind);
        const short = { ...model, horizon: Math.min(model.horizon, 6 * 168) };
        const sized = kind === undefined ? short : withPeriods(short, loaded.doc.start, kind);
        const real = simulate(sized, { seed: 'held', replication: 0 });
        expect(resultBytes(sized), `${shown} (${kind ?? 'no'} periods)`).toBe(
          BYTES_PER_RESULT + figureCount(real) * BYTES_PER_FIGURE,
        );
      }
    }
  });

  it('adds up designs and replications', () => {
    const loaded = loadBundled(bundledScenarios()[0].file);
    if (!loaded.ok) throw new Error('the first bundled scenario does not load');
    const one = resultBytes(loaded.model);
    expect(one).toBeGreaterThan(0);
    expect(heldResultsBytes([loaded.model, loaded.model], 10)).toBe(20 * one);
  });
});
