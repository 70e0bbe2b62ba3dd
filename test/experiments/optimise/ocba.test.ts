import { describe, expect, it } from 'vitest';
import { ocbaAllocation } from '../../../src/experiments/optimise/ocba.js';

describe('ocbaAllocation(means, sds, counts, increment)', () => {
  it('gives the whole increment, more to close and noisy rivals than to clear losers', () => {
    const add = ocbaAllocation([10, 10.5, 15, 30], [2, 2, 2, 2], [5, 5, 5, 5], 40);
    expect(add.reduce((s, x) => s + x, 0)).toBe(40);
    expect(add[1]).toBeGreaterThan(add[2]);
    expect(add[2]).toBeGreaterThanOrEqual(add[3]);
    expect(add[0]).toBeGreaterThan(0);
  });

  it('follows N_i/N_j = (σ_i/δ_i)² / (σ_j/δ_j)² between non-best designs once the budget is large', () => {
    const add = ocbaAllocation([0, 1, 2], [1, 1, 1], [0, 0, 0], 100000);
    expect(add[1] / add[2]).toBeCloseTo(4, 1);
    // N_b = σ_b sqrt(N_1² + N_2²)
    expect(add[0] / Math.hypot(add[1], add[2])).toBeCloseTo(1, 2);
  });

  it('asks for nothing when no design varies', () => {
    expect(ocbaAllocation([1, 2], [0, 0], [5, 5], 10)).toEqual([0, 0]);
  });
});
