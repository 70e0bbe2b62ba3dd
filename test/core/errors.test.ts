import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/index.js';
import { reviewModel } from '../support/index.js';
import { constant, exit, fixed, itemType, model, pool, step } from '../support/index.js';
import { traceOf } from '../support/index.js';

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

describe('detection at a review step', () => {
  it('sends caught items back, counts rework tasks, and lets uncaught errors escape as defects', () => {
    // build always errs; review catches with probability 0.5 (seeded); one rework round allowed.
    const m = model({
      horizon: 50,
      itemTypes: [
        itemType('change', 1, { arrivals: { kind: 'batch', first: 0, every: 1000, size: 2 }, defectCost: 100 }),
      ],
      pools: [pool('coder', 1, { errorRate: [1] }), pool('reviewer', 1)],
      nodes: [
        exit('done'),
        step('build', [{ pool: 0, service: constant(1) }], fixed(3)),
        exit('reject', 'rejected'),
        step('review', [{ pool: 1, service: constant(1) }], fixed(0), {
          rework: { detect: 0.5, to: 1, maxRounds: 1, exceeded: 2 },
        }),
      ],
    });
    const trace = traceOf(m, 4);
    const r = simulate(m, { seed: 4, replication: 0 });
    // Whatever the draws, each item ends done with a defect or rejected after one round, and the books balance.
    expect(r.totals.done).toBe(0);
    expect(r.totals.doneWithDefect + r.totals.rejected).toBe(2);
    expect(r.quality.escapedDefectCost).toBe(100 * r.quality.errorsEscaped);
    expect(r.totals.errorsMade).toBe(r.totals.errorsCaught + r.totals.errorsEscaped + r.totals.errorsDiscarded);
    expect(trace.filter((l) => l.includes(' caught ')).length).toBe(r.quality.errorsCaught);
    expect(r.quality.reworkRounds).toBe(trace.filter((l) => l.endsWith('rework')).length);
    expect(
      trace
        .filter((l) => l.includes(' exit '))
        .map((l) => l.split(' ').pop())
        .sort(),
    ).toEqual(
      [...Array(r.totals.doneWithDefect).fill('doneWithDefect'), ...Array(r.totals.rejected).fill('rejected')].sort(),
    );
  });
});
