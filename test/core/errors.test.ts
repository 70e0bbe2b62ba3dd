import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/index.js';
import { reviewModel } from './reviewModel.js';

describe('errors and rework', () => {
  it('conserves errors: made = caught + escaped + discarded + open at the end', () => {
    for (const seed of [1, 2, 3]) {
      const t = simulate(reviewModel(), { seed, replication: 0 }).totals;
      expect(t.errorsMade).toBe(t.errorsCaught + t.errorsEscaped + t.errorsDiscarded + t.errorsOpen);
      expect([t.errorsCaught, t.errorsEscaped, t.errorsDiscarded].every((x) => x > 0)).toBe(true);
    }
  });

  it('counts done items with open errors as doneWithDefect, each error costing defectCost', () => {
    const r = simulate(reviewModel(), { seed: 1, replication: 0 });
    expect(r.quality.escapedDefectCost).toBe(500 * r.quality.errorsEscaped);
    expect(r.overall.doneWithDefect).toBeGreaterThan(0);
    expect(r.overall.doneWithDefect).toBeLessThanOrEqual(r.quality.errorsEscaped);
  });
});
