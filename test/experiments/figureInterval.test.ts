// A design's figure (a count, hours, a cost, a share) is never negative, but with few replications of
// a skewed one mean − half can be: a COO read "cost per done item $253 (95% CI −$173 to $679)". Its
// interval's lo is cut at 0. The cut must lose no coverage, and differences must stay uncut.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureInterval, interval, pairedDifference, scaleInterval } from '../../src/experiments/index.js';

describe('figureInterval', () => {
  it('cuts lo at 0 for samples none of which is negative, and keeps mean, half and hi', () => {
    const xs = [0, 0, 0, 10];
    const t = interval(xs);
    expect(t.lo).toBeLessThan(0); // 2.5 - 3.182 * 5 / 2
    expect(figureInterval(xs)).toEqual({ ...t, lo: 0 });
    // A figure some replication made negative is signed: left as it is.
    expect(figureInterval([-1, 0, 0, 10])).toEqual(interval([-1, 0, 0, 10]));
    // Nothing to cut.
    expect(figureInterval([4, 5, 6])).toEqual(interval([4, 5, 6]));
    expect(figureInterval([])).toEqual(interval([]));
  });

  it('holds a value that cannot be negative exactly when the uncut interval does (same coverage)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (xs, truth) => {
          const cut = figureInterval(xs);
          const t = interval(xs);
          expect(cut.lo).toBeGreaterThanOrEqual(0);
          expect(cut.lo <= truth && truth <= cut.hi).toBe(t.lo <= truth && truth <= t.hi);
        },
      ),
      { seed: 20261205, numRuns: 500 },
    );
  });

  it('leaves differences between designs uncut: a difference can be negative', () => {
    // Every paired difference is 0 or above, and the interval still reaches below 0.
    const d = pairedDifference([1, 2, 3, 5], [1, 2, 3, 4]);
    expect(d.lo).toBeLessThan(0);
  });
});

describe('scaleInterval (a count in the window as a count per week)', () => {
  const cut = (ci: { lo: number; mean: number; half: number }) => ci.lo > ci.mean - ci.half;

  it('keeps an uncut interval uncut to the bit, and a cut one cut at 0', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 12 }),
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        (xs, weeks) => {
          const ci = figureInterval(xs);
          const scaled = scaleInterval(ci, weeks);
          expect(cut(scaled)).toBe(cut(ci));
          expect(scaled.mean).toBe(ci.mean / weeks);
          expect(scaled.half).toBe(ci.half / weeks);
          if (cut(ci)) expect(scaled.lo).toBe(0);
        },
      ),
    );
  });

  it('no longer prints a whole interval as cut: 4.08 ± 0.46, not 4.08 (3.62 to 4.54)', () => {
    // Divided end by end, lo / 1.5 comes out a rounding above mean / 1.5 − half / 1.5 for these counts.
    const done = interval([35, 46, 33, 48, 31, 50, 30, 50]);
    expect(done.lo / 1.5).toBeGreaterThan(done.mean / 1.5 - done.half / 1.5);
    const scaled = scaleInterval(done, 1.5);
    expect(scaled.lo).toBe(scaled.mean - scaled.half);
  });
});
