import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interval } from '../../src/experiments/interval.js';
import { paretoFront } from '../../src/experiments/pareto.js';
import { shardJobs, shardSize } from '../../src/experiments/shardRange.js';

const sample = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 40 });

describe('laws', () => {
  it('interval(xs): lo <= mean <= hi, half >= 0, and the half-width ignores a shift of every sample', () => {
    fc.assert(
      fc.property(sample, fc.integer({ min: -1000, max: 1000 }), (xs, shift) => {
        const a = interval(xs);
        const b = interval(xs.map((x) => x + shift));
        expect(a.lo).toBeLessThanOrEqual(a.mean);
        expect(a.mean).toBeLessThanOrEqual(a.hi);
        expect(a.half).toBeGreaterThanOrEqual(0);
        expect(b.half).toBeCloseTo(a.half, 3);
      }),
    );
  });

  it('shardJobs(total, k, n) for k = 1..n covers 0..total exactly once, in parts of shardSize that differ by at most one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 64 }), (total, n) => {
        const count = new Array(total).fill(0);
        for (let k = 1; k <= n; k++) {
          const jobs = shardJobs(total, k, n);
          expect(jobs.length).toBe(shardSize(total, k, n));
          expect(jobs.length).toBeLessThanOrEqual(Math.ceil(total / n));
          expect(jobs.length).toBeGreaterThanOrEqual(Math.floor(total / n));
          for (const j of jobs) count[j]++;
        }
        expect(count.every((c) => c === 1)).toBe(true);
      }),
    );
  });

  it('paretoFront: no point on the front is dominated, every point off it is', () => {
    const point = fc.record({ a: fc.integer({ min: 0, max: 5 }), b: fc.integer({ min: 0, max: 5 }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 12 }), (points) => {
        const objectives = [
          { key: 'a', direction: 'min' as const },
          { key: 'b', direction: 'min' as const },
        ];
        const front = new Set(paretoFront(points, objectives));
        const dominates = (p: { a: number; b: number }, q: { a: number; b: number }) =>
          p.a <= q.a && p.b <= q.b && (p.a < q.a || p.b < q.b);
        points.forEach((q, i) => expect(front.has(i)).toBe(!points.some((p) => dominates(p, q))));
      }),
    );
  });
});
