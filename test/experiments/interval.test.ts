import { describe, expect, it } from 'vitest';
import { interval } from '../../src/experiments/interval.js';
import { tQuantile975 } from '../../src/experiments/studentT.js';

describe('tQuantile975(df)', () => {
  it('matches published t tables', () => {
    expect(tQuantile975(1)).toBeCloseTo(12.706, 3);
    expect(tQuantile975(9)).toBeCloseTo(2.262, 3);
    expect(tQuantile975(30)).toBeCloseTo(2.042, 3);
    expect(tQuantile975(120)).toBeCloseTo(1.97993, 5);
    expect(tQuantile975(1e6)).toBeCloseTo(1.959966, 6);
  });
  it('hands over from the table to the expansion without a jump', () => {
    expect(tQuantile975(101)).toBeCloseTo(1.983731002955606, 9);
  });
  it('rejects df < 1', () => {
    expect(() => tQuantile975(0)).toThrow(/degrees of freedom/);
  });
});

describe('interval(samples)', () => {
  it('gives mean ± t(0.975, n-1) * s / sqrt(n)', () => {
    // mean 5, sample variance 2.5, n = 5: half = 2.7764451052 * sqrt(0.5)
    const ci = interval([3, 4, 5, 6, 7]);
    const half = 2.7764451052 * Math.sqrt(0.5);
    expect(ci).toEqual({ mean: 5, half, lo: 5 - half, hi: 5 + half, n: 5 });
  });
  it('collapses to the value with one sample (half 0, documented as unknown)', () => {
    expect(interval([4.2])).toEqual({ mean: 4.2, half: 0, lo: 4.2, hi: 4.2, n: 1 });
  });
  it('keeps the exact value when every sample is equal', () => {
    expect(interval([0.1, 0.1, 0.1])).toEqual({ mean: 0.1, half: 0, lo: 0.1, hi: 0.1, n: 3 });
  });
  it('reads samples that differ only in their last bits as equal, and a real spread as spread', () => {
    // 0.1 + 0.2 and 0.3 are one ulp apart: rounding, not a measurement.
    const ci = interval([0.1 + 0.2, 0.3, 0.3]);
    expect(ci.half).toBe(0);
    expect(ci.lo).toBe(ci.mean);
    expect(ci.hi).toBe(ci.mean);
    expect(interval([0.3, 0.3 * (1 + 1e-9), 0.3]).half).toBeGreaterThan(0);
  });
  it('is all zeros for no samples', () => {
    expect(interval([])).toEqual({ mean: 0, half: 0, lo: 0, hi: 0, n: 0 });
  });
});
