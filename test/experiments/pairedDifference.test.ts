import { describe, expect, it } from 'vitest';
import { pairedDifference } from '../../src/experiments/pairedDifference.js';
import { interval } from '../../src/experiments/interval.js';

describe('pairedDifference(variant, base)', () => {
  it('is the interval of per-replication differences', () => {
    const d = pairedDifference([11, 12, 14, 12, 12], [10, 10, 11, 10, 10]);
    expect(d).toEqual({ ...interval([1, 2, 3, 2, 2]), relative: 2 / 10.2, significant: true });
  });
  it('finds identical designs exactly equal and not significant', () => {
    const d = pairedDifference([3, 5, 8], [3, 5, 8]);
    expect(d).toEqual({ mean: 0, half: 0, lo: 0, hi: 0, n: 3, relative: 0, significant: false });
  });
  it('is not significant when the interval straddles 0', () => {
    expect(pairedDifference([1, -1, 2, -2], [0, 0, 0, 0]).significant).toBe(false);
  });
  it('has no relative change against a zero base', () => {
    expect(pairedDifference([1, 2], [0, 0]).relative).toBeNull();
  });
});
