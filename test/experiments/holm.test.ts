import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { holmAdjust } from '../../src/experiments/holm.js';
import { pairedDifference } from '../../src/experiments/pairedDifference.js';
import { tQuantile975 } from '../../src/experiments/studentT.js';
import { incompleteBeta, tTwoSidedP } from '../../src/experiments/studentTDistribution.js';

describe('tTwoSidedP(t, df)', () => {
  it('gives 0.05 at the tabulated 97.5% quantile for every df from 1 to 200', () => {
    for (let df = 1; df <= 200; df++) expect(tTwoSidedP(tQuantile975(df), df)).toBeCloseTo(0.05, 9);
  });
  it('is 1 at t = 0, symmetric, and 0 at infinity', () => {
    expect(tTwoSidedP(0, 4)).toBe(1);
    expect(tTwoSidedP(-2.5, 7)).toBe(tTwoSidedP(2.5, 7));
    expect(tTwoSidedP(Infinity, 3)).toBe(0);
  });
  it('matches closed forms: df = 1 is Cauchy, df = 2 is 1 - t / sqrt(2 + t^2)', () => {
    for (const t of [0.1, 0.5, 1, 3, 10, 100]) {
      expect(tTwoSidedP(t, 1)).toBeCloseTo(1 - (2 / Math.PI) * Math.atan(t), 12);
      expect(tTwoSidedP(t, 2)).toBeCloseTo(1 - t / Math.sqrt(2 + t * t), 12);
    }
  });
  it('incompleteBeta(x, 1, 1) is x', () => {
    for (const x of [0, 0.2, 0.5, 0.9, 1]) expect(incompleteBeta(x, 1, 1)).toBeCloseTo(x, 13);
  });
});

describe('holmAdjust(p)', () => {
  it('multiplies the i-th smallest by m - i, keeps the running maximum and the input order', () => {
    const a = holmAdjust([0.01, 0.04, 0.03, 0.005]);
    [0.03, 0.06, 0.06, 0.02].forEach((x, i) => expect(a[i]).toBeCloseTo(x, 15));
  });
  it('caps at 1 and leaves a family of one alone', () => {
    expect(holmAdjust([0.6, 0.7])).toEqual([1, 1]);
    expect(holmAdjust([0.02])).toEqual([0.02]);
    expect(holmAdjust([])).toEqual([]);
  });

  // The guarantee itself: under "no difference anywhere", the chance that a family of 30 paired tests
  // (5 replications each) flags even one is at most 5% with Holm, and far above it without.
  it('keeps the family-wise false-alarm rate at 5% where uncorrected flags raise it near 80%', () => {
    const rng = seedrandom('holm-fwer');
    const normal = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
    const families = 2000;
    let anyRaw = 0;
    let anyHolm = 0;
    for (let f = 0; f < families; f++) {
      const p: number[] = [];
      for (let k = 0; k < 30; k++) {
        const base = [0, 0, 0, 0, 0].map(normal);
        const variant = base.map((b) => b + normal());
        p.push(pairedDifference(variant, base).p);
      }
      if (p.some((x) => x <= 0.05)) anyRaw++;
      if (holmAdjust(p).some((x) => x <= 0.05)) anyHolm++;
    }
    // Binomial(2000, 0.05) exceeds 0.05 + 3.1 standard errors (0.0651) with probability below 0.001.
    expect(anyHolm / families).toBeLessThan(0.0651);
    expect(anyRaw / families).toBeGreaterThan(0.7);
  });
});
