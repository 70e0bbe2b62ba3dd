import { highWord, lowWord, withHighWord } from './floatWords.js';

// e^x, a line-by-line port of fdlibm's e_exp.c (Sun Microsystems, 1993; the algorithm behind V8's
// Math.exp). Only IEEE arithmetic, so every JavaScript engine gives the same bits (see log.ts).
// exp takes the common case, 2^-28 <= |x| < 708 (x not 1), in code small enough for V8 to inline
// into the samplers' loops (whole, fdlibm's function is over V8's 460-byte limit); every other x
// goes through expAll, fdlibm's function unchanged. Both give the same bits on the common case.

const halF = [0.5, -0.5];
const twom1000 = 9.3326361850321887899e-302; // 2^-1000
const o_threshold = 7.09782712893383973096e2; // 0x40862E42 FEFA39EF
const u_threshold = -7.4513321910194110842e2; // 0xc0874910 D52D3051
const ln2HI = [6.9314718036912381649e-1, -6.9314718036912381649e-1];
const ln2LO = [1.90821492927058770002e-10, -1.90821492927058770002e-10];
const invln2 = 1.442695040888963387; // 0x3ff71547 652b82fe
const P1 = 1.66666666666666019037e-1; // 0x3FC55555 5555553E
const P2 = -2.77777777770155933842e-3; // 0xBF66C16C 16BEBD93
const P3 = 6.61375632143793436117e-5; // 0x3F11566A AF25DE2C
const P4 = -1.6533902205465251539e-6; // 0xBEBBBD41 C5D26BF1
const P5 = 4.13813679705723846039e-8; // 0x3E663769 72BEA4D0

// The rare path's result passes through this cell, so that it does not box the common path's (log.ts).
const RARE_RESULT = new Float64Array(1);

export function exp(x: number): number {
  const hx0 = highWord(x);
  const hx = hx0 & 0x7fffffff;
  // 0x40862000: |x| >= 708, where fdlibm checks overflow and k may reach the subnormal scaling.
  if (hx >= 0x40862000 || hx < 0x3e300000 || x === 1) {
    RARE_RESULT[0] = expAll(x);
    return RARE_RESULT[0];
  }
  const xsb = (hx0 >>> 31) & 1;
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (hx > 0x3fd62e42) {
    if (hx < 0x3ff0a2b2) {
      hi = x - ln2HI[xsb];
      lo = ln2LO[xsb];
      k = 1 - xsb - xsb;
    } else {
      k = (invln2 * x + halF[xsb]) | 0;
      const t = k;
      hi = x - t * ln2HI[0];
      lo = t * ln2LO[0];
    }
    x = hi - lo;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2.0) - x);
  const y = 1 - (lo - (x * c) / (2.0 - c) - hi);
  return withHighWord(y, highWord(y) + (k << 20));
}

/** fdlibm's e_exp.c for every x. */
function expAll(x: number): number {
  let hx = highWord(x);
  const xsb = (hx >>> 31) & 1;
  hx &= 0x7fffffff;
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (hx >= 0x40862e42) {
    // |x| >= 709.78...
    if (hx >= 0x7ff00000) {
      if (((hx & 0xfffff) | lowWord(x)) !== 0) return x + x; // NaN
      return xsb === 0 ? x : 0.0;
    }
    if (x > o_threshold) return Infinity;
    if (x < u_threshold) return 0;
  }
  if (hx > 0x3fd62e42) {
    // |x| > 0.5 ln2
    if (hx < 0x3ff0a2b2) {
      // and |x| < 1.5 ln2. The algorithm gets the last bit of e^1 wrong; V8 special-cases it too.
      if (x === 1) return 2.718281828459045;
      hi = x - ln2HI[xsb];
      lo = ln2LO[xsb];
      k = 1 - xsb - xsb;
    } else {
      k = (invln2 * x + halF[xsb]) | 0;
      const t = k;
      hi = x - t * ln2HI[0];
      lo = t * ln2LO[0];
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    // |x| < 2^-28
    return 1 + x;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2.0) - x);
  const y = 1 - (lo - (x * c) / (2.0 - c) - hi);
  if (k >= -1021) return withHighWord(y, highWord(y) + (k << 20));
  return withHighWord(y, highWord(y) + ((k + 1000) << 20)) * twom1000;
}
