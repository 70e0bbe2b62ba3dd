import { describe, expect, it } from 'vitest';
import { mser } from '../../src/experiments/mser.js';

describe('mser(series, 5)', () => {
  it('cuts a linear ramp followed by a flat level at the end of the ramp', () => {
    // 50 samples rising from 0 to 49 * 2 / 49, then 450 samples at 100 with a small deterministic wiggle.
    const series: number[] = [];
    for (let i = 0; i < 50; i++) series.push(2 * i);
    for (let i = 0; i < 450; i++) series.push(100 + ((i * 7) % 5) - 2);
    const r = mser(series);
    expect(r.batches).toBe(100);
    expect(r.truncatedBatches).toBe(10);
    expect(r.truncatedSamples).toBe(50);
  });
  it('deletes nothing from a stationary series', () => {
    const series = Array.from({ length: 100 }, (_, i) => 10 + ((i * 3) % 7) - 3);
    expect(mser(series).truncatedSamples).toBe(0);
  });
  it('drops a trailing partial batch and never deletes more than half', () => {
    const series = Array.from({ length: 23 }, (_, i) => 100 - i);
    const r = mser(series);
    expect(r.batches).toBe(4);
    expect(r.truncatedBatches).toBeLessThanOrEqual(2);
  });
});
