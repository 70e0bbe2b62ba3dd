import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Float64Arena, PercentileSketch, TimeWeighted, Welford } from '../../src/core/index.js';

describe('PercentileSketch', () => {
  it('quantile(q) is within 1% of the exact nearest-rank quantile', () => {
    fc.assert(
      fc.property(
        // Up to several of the sketch's 128-value buffers (size 'max': fast-check's default size keeps
        // arrays short, and a law that never fills a buffer never counts one).
        fc.array(fc.double({ min: 1e-5, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 600, size: 'max' }),
        fc.constantFrom(0.01, 0.5, 0.9, 0.95, 1),
        (xs, q) => {
          const s = new PercentileSketch();
          xs.forEach((x) => s.add(x));
          const sorted = [...xs].sort((a, b) => a - b);
          const exact = sorted[Math.max(1, Math.ceil(q * xs.length)) - 1];
          expect(Math.abs(s.quantile(q) - exact)).toBeLessThanOrEqual(exact * 0.01 + 1e-12);
        },
      ),
    );
  });

  it('counts zeros exactly and keeps the exact mean', () => {
    const s = new PercentileSketch();
    [0, 0, 0, 10].forEach((x) => s.add(x));
    expect([s.quantile(0.5), s.quantile(0.75), s.mean, s.n]).toEqual([0, 0, 2.5, 4]);
  });

  it('gives the same figures however its values come (add or next + addNext) and its buffer is counted: read mid-stream or not, merged with values pending', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constant(0),
            fc.double({ min: 1e-7, max: 1e7, noNaN: true }),
            fc.double({ min: 1e-3, max: 10, noNaN: true }),
          ),
          // Several buffers' worth (fast-check's default size would keep arrays short).
          { minLength: 129, maxLength: 700, size: 'max' },
        ),
        fc.nat(700),
        (xs, cut) => {
          const plain = new PercentileSketch();
          const read = new PercentileSketch();
          const left = new PercentileSketch();
          const right = new PercentileSketch();
          let sum = 0;
          xs.forEach((x, i) => {
            sum += x;
            plain.add(x);
            // As the event loop's hot paths add (see addNext), every other value.
            if (i % 2 === 1) {
              read.next = x;
              read.addNext();
            } else read.add(x);
            if (i % 97 === 0) expect(read.n).toBe(i + 1); // counts what is buffered so far
            (i < cut ? left : right).add(x);
          });
          left.merge(right);
          const figures = (s: PercentileSketch) => [
            s.n,
            s.sum,
            s.mean,
            ...[0.01, 0.5, 0.9, 0.95, 1].map((q) => s.quantile(q)),
          ];
          expect(plain.n).toBe(xs.length);
          expect(plain.sum).toBe(sum); // added in order, as the event loop adds them
          expect(figures(read)).toEqual(figures(plain));
          // Against the exact nearest-rank quantiles (0 below the sketch's range, which starts at 2^-20).
          const sorted = [...xs].sort((a, b) => a - b);
          for (const q of [0.01, 0.5, 0.9, 0.95, 1]) {
            const exact = sorted[Math.max(1, Math.ceil(q * xs.length)) - 1];
            const expected = exact < 2 ** -20 ? 0 : exact;
            expect(Math.abs(plain.quantile(q) - expected)).toBeLessThanOrEqual(expected * 0.01 + 1e-12);
          }
          expect(figures(left).slice(0, 1).concat(figures(left).slice(3))).toEqual(
            figures(plain).slice(0, 1).concat(figures(plain).slice(3)),
          );
        },
      ),
    );
  });

  it('gives the same figures with its arrays from an arena, beside other sketches sharing it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.double({ min: 0, max: 1e7, noNaN: true }), { maxLength: 400 }), {
          minLength: 1,
          maxLength: 12,
          size: 'max',
        }),
        (sets) => {
          // A small block, so that sketches and their rows cross from one block to the next.
          const arena = new Float64Arena(300);
          const shared = sets.map(() => new PercentileSketch(arena));
          const own = sets.map(() => new PercentileSketch());
          // Values added in turns, so that rows are taken from the arena in an interleaved order.
          const longest = Math.max(...sets.map((xs) => xs.length));
          for (let i = 0; i < longest; i++)
            sets.forEach((xs, k) => {
              if (i < xs.length) (shared[k].add(xs[i]), own[k].add(xs[i]));
            });
          const figures = (s: PercentileSketch) => [
            s.n,
            s.sum,
            ...[0, 0.1, 0.5, 0.9, 0.99, 1].map((q) => s.quantile(q)),
          ];
          sets.forEach((_, k) => expect(figures(shared[k])).toEqual(figures(own[k])));
        },
      ),
    );
  });

  it('merge(other) gives the sketch of both sets of values', () => {
    const a = new PercentileSketch();
    const b = new PercentileSketch();
    const both = new PercentileSketch();
    [1, 2, 3].forEach((x) => (a.add(x), both.add(x)));
    [0, 40, 50].forEach((x) => (b.add(x), both.add(x)));
    a.merge(b);
    expect([a.n, a.mean, a.quantile(0.5), a.quantile(0.9)]).toEqual([
      both.n,
      both.mean,
      both.quantile(0.5),
      both.quantile(0.9),
    ]);
  });
});

describe('Float64Arena', () => {
  it('hands out zeroed arrays that never overlap, in blocks, and a larger one whole', () => {
    const arena = new Float64Arena(10);
    const a = arena.take(4);
    const b = arena.take(4);
    const c = arena.take(4); // does not fit what is left of the first block
    const big = arena.take(25);
    for (const v of [a, b, c, big]) expect([...v].every((x) => x === 0)).toBe(true);
    expect([a.length, b.length, c.length, big.length]).toEqual([4, 4, 4, 25]);
    a.fill(1);
    b.fill(2);
    c.fill(3);
    expect([a[3], b[0], b[3], c[0]]).toEqual([1, 2, 2, 3]);
    expect(a.buffer).toBe(b.buffer);
    expect(c.buffer).not.toBe(a.buffer);
  });
});

describe('TimeWeighted', () => {
  it('averages a step function from its start time on, ignoring earlier area', () => {
    const w = new TimeWeighted(10);
    w.set(0, 5); // before the start: sets the level only
    w.set(12, 1); // [10, 12) at 5
    w.add(16, 2); // [12, 16) at 1, then 3
    expect(w.integral(20)).toBe(10 + 4 + 12);
    expect(w.mean(20)).toBe(2.6);
  });
});

describe('Welford', () => {
  it('gives the sample mean and variance', () => {
    const w = new Welford();
    [2, 4, 4, 4, 5, 5, 7, 9].forEach((x) => w.add(x));
    expect([w.mean, w.variance]).toEqual([5, 32 / 7]);
  });
});
