import { describe, expect, it } from 'vitest';
import { pairedDifference } from '../../src/experiments/pairedDifference.js';
import { interval } from '../../src/experiments/interval.js';

describe('pairedDifference(variant, base)', () => {
  it('is the interval of per-replication differences', () => {
    const d = pairedDifference([11, 12, 14, 12, 12], [10, 10, 11, 10, 10]);
    expect(d).toMatchObject({ ...interval([1, 2, 3, 2, 2]), relative: 2 / 10.2, significant: true });
    // t = 2 / (0.7071 / sqrt 5) = 6.32 on 4 degrees of freedom.
    expect(d.p).toBeCloseTo(0.003203, 5);
    expect(d.pAdjusted).toBe(d.p);
  });
  it('finds identical designs exactly equal and not significant', () => {
    const d = pairedDifference([3, 5, 8], [3, 5, 8]);
    expect(d).toEqual({ mean: 0, half: 0, lo: 0, hi: 0, n: 3, relative: 0, p: 1, pAdjusted: 1, significant: false });
  });
  it('never calls an interval of no width significant, even away from 0', () => {
    expect(pairedDifference([4, 5, 6], [3, 4, 5])).toMatchObject({ mean: 1, half: 0, p: 1, significant: false });
    expect(pairedDifference([9], [3]).significant).toBe(false);
  });
  it('is not significant when the interval straddles 0', () => {
    expect(pairedDifference([1, -1, 2, -2], [0, 0, 0, 0]).significant).toBe(false);
  });
  it('has no relative change against a zero base', () => {
    expect(pairedDifference([1, 2], [0, 0]).relative).toBeNull();
  });
});

describe('withinPrecision(ci, target, scale) and precisionScale(key, headline)', () => {
  it('judges overall metrics against their mean, utilisation in points and executives against total escalations', async () => {
    const { withinPrecision, precisionScale, imprecise } = await import('../../src/experiments/precision.js');
    const headline = {
      cycleTime: { mean: 10, half: 0.4, lo: 9.6, hi: 10.4, n: 5 },
      escalationsPerWeek: { mean: 20, half: 0.5, lo: 19.5, hi: 20.5, n: 5 },
      'escalationsPerWeek:ceo': { mean: 0.2, half: 0.3, lo: -0.1, hi: 0.5, n: 5 },
      'utilisation:idle': { mean: 0.002, half: 0.004, lo: -0.002, hi: 0.006, n: 5 },
      'utilisation:busy': { mean: 0.9, half: 0.06, lo: 0.84, hi: 0.96, n: 5 },
    };
    expect(Object.keys(headline).map((k) => precisionScale(k, headline))).toEqual([10, 20, 20, 1, 1]);
    expect(imprecise([{ name: 'base', headline }], 0.05)).toEqual(['base/utilisation:busy']);
    expect(withinPrecision({ mean: 3, half: 0, lo: 3, hi: 3, n: 1 }, 0.05)).toBe(false);
    expect(withinPrecision({ mean: 0, half: 0, lo: 0, hi: 0, n: 2 }, 0.05)).toBe(true);
    // No replication had a value (a design that delivers nothing): nothing to wait for.
    expect(withinPrecision({ mean: 0, half: 0, lo: 0, hi: 0, n: 0 }, 0.05)).toBe(true);
  });
});
