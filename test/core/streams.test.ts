import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/index.js';
import { exp } from '../support/index.js';
import { reviewModel } from '../support/index.js';

describe('randomness streams', () => {
  it('a monitor observes without changing the result', () => {
    const seen: unknown[] = [];
    const a = simulate(reviewModel(), { seed: 9, replication: 1, monitor: (r) => seen.push(r) });
    const b = simulate(reviewModel(), { seed: 9, replication: 1 });
    expect(seen.length).toBeGreaterThan(1000);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('changing one step’s service time leaves the arrival times unchanged (common random numbers)', () => {
    const arrivals = (reviewMean: number) => {
      const m = reviewModel();
      const review = m.nodes[3];
      if (review.kind === 'step') review.servers[0].service = [exp(reviewMean)];
      const times: number[] = [];
      simulate(m, { seed: 5, replication: 0, monitor: (r) => r.event === 'arrive' && times.push(r.t) });
      return times;
    };
    const a = arrivals(0.5);
    const b = arrivals(0.9);
    expect(a.length).toBeGreaterThan(100);
    expect(b).toEqual(a);
  });
});
