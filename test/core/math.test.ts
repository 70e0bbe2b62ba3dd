import { describe, expect, it } from 'vitest';
import { exp, log } from '../../src/core/math/index.js';
import { createStream } from '../../src/core/index.js';

// V8's Math.log and Math.exp are fdlibm ports too, so in Node the ports must agree bit for bit.
describe('log(x) and exp(x) (fdlibm ports)', () => {
  it('log(x) equals Math.log(x) bit for bit across magnitudes', () => {
    const u = createStream(1, 0, 'math');
    const xs = [
      1,
      2,
      0.5,
      Math.E,
      1e-300,
      1e-310,
      2.5e-320,
      5e-324,
      1e300,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      1 + 1e-12,
      1 - 1e-12,
      0.9999,
      1.0001,
    ];
    for (let i = 0; i < 20_000; i++)
      xs.push(u(), 1 - u(), 0.7 + 0.72 * u(), 1 + (u() - 0.5) * 1e-5, u() * 10 ** Math.floor(u() * 40 - 20));
    const mismatches = xs.filter((x) => !Object.is(log(x), Math.log(x)));
    expect(mismatches).toEqual([]);
  });

  it('exp(x) equals Math.exp(x) bit for bit across the range', () => {
    const u = createStream(2, 0, 'math');
    const xs = [
      0,
      -0,
      1,
      -1,
      0.3,
      -0.3,
      0.35,
      0.5,
      1.03,
      1e-30,
      -1e-30,
      2 ** -28,
      -(2 ** -28),
      3.7e-9,
      700,
      -700,
      709.7,
      709.78,
      709.79,
      -709.79,
      -709.9,
      -720,
      -744.4,
      -745,
      -745.2,
      5e-324,
      NaN,
      Infinity,
      -Infinity,
    ];
    for (let i = 0; i < 20_000; i++) xs.push((u() - 0.5) * 2, (u() - 0.5) * 100, (u() - 0.5) * 1400);
    const mismatches = xs.filter((x) => !Object.is(exp(x), Math.exp(x)));
    expect(mismatches).toEqual([]);
  });

  it('exp(x) equals Math.exp(x) bit for bit around the edges of its common path (|x| = 708, 2^-28, 1)', () => {
    const edges = [708, 2 ** -28, 1, 0.5 * Math.LN2, 1.5 * Math.LN2, 709.78, 707.9999999];
    const xs: number[] = [];
    for (const e of edges)
      for (let k = -50; k <= 50; k++) for (const s of [1, -1]) xs.push(s * e * (1 + k * 2 ** -40), s * (e + k * 1e-6));
    expect(xs.filter((x) => !Object.is(exp(x), Math.exp(x)))).toEqual([]);
  });

  it('handles the special values', () => {
    expect([log(0), log(-1), log(Infinity), exp(-Infinity), exp(Infinity), exp(800), exp(-800)]).toEqual([
      -Infinity,
      NaN,
      Infinity,
      0,
      Infinity,
      Infinity,
      0,
    ]);
  });
});
