import { highWord, lowWord } from './floatWords.js';

// Natural logarithm, a port of fdlibm's e_log.c (Sun Microsystems, 1993; the same algorithm as
// V8's and SpiderMonkey's Math.log). It uses only IEEE arithmetic, which every JavaScript engine
// must round identically, so a run draws the same numbers in every browser; Math.log itself is
// "implementation-approximated" by the spec and may differ in the last bit.
// Normal positive numbers take the short path below, small enough for V8 to inline into the
// samplers; zero, negatives, subnormals, infinities and NaN go through logSpecial.

const ln2_hi = 6.9314718036912381649e-1; // 0x3fe62e42 fee00000
const ln2_lo = 1.90821492927058770002e-10; // 0x3dea39ef 35793c76
const two54 = 1.8014398509481984e16; // 0x43500000 00000000
const Lg1 = 6.66666666666673513e-1; // 3FE55555 55555593
const Lg2 = 3.999999999940941908e-1; // 3FD99999 9997FA04
const Lg3 = 2.857142874366239149e-1; // 3FD24924 94229359
const Lg4 = 2.222219843214978396e-1; // 3FCC71C5 1D8E78AF
const Lg5 = 1.818357216161805012e-1; // 3FC74664 96CB03DE
const Lg6 = 1.531383769920937332e-1; // 3FC39A09 D078C69F
const Lg7 = 1.479819860511658591e-1; // 3FC2F112 DF3E5244

// 2^-k for k in [-1100, 1100]: scaling by it is exact, and replaces fdlibm's rewrite of the high word.
const POW2_BIAS = 1100;
const POW2_NEG = new Float64Array(2 * POW2_BIAS + 1);
// Built by halving and doubling (exact) rather than with **, whose accuracy the spec leaves open.
POW2_NEG[POW2_BIAS] = 1;
for (let k = 1; k <= POW2_BIAS; k++) {
  POW2_NEG[POW2_BIAS + k] = POW2_NEG[POW2_BIAS + k - 1] / 2;
  POW2_NEG[POW2_BIAS - k] = POW2_NEG[POW2_BIAS - k + 1] * 2;
}

// The rare paths' results pass through this cell. A value returned by a call V8 does not inline is
// tagged, and where it met the common path's raw double V8 boxed every result, common or not:
// one heap number per draw (engine CPU time -3 to -5% on M/M/20 and the tandem once gone).
const RARE_RESULT = new Float64Array(1);

export function log(x: number): number {
  const hx0 = highWord(x);
  if (hx0 < 0x00100000 || hx0 >= 0x7ff00000) {
    RARE_RESULT[0] = logSpecial(x, hx0);
    return RARE_RESULT[0];
  }
  return logNormalised(x, hx0, 0);
}

/** fdlibm's body for a normal positive x with high word hx; k0 is the exponent already taken out (subnormals). */
function logNormalised(x: number, hx: number, k0: number): number {
  let k = k0 + (hx >> 20) - 1023;
  hx &= 0x000fffff;
  let i = (hx + 0x95f64) & 0x100000;
  k += i >> 20; // 1 when the mantissa is above sqrt(2): x is normalised into [sqrt(2)/2, sqrt(2))
  // Exact: x * 2^-(its exponent + e), what fdlibm does by rewriting the high word.
  const f = x * POW2_NEG[k - k0 + POW2_BIAS] - 1.0;
  if ((0x000fffff & (2 + hx)) < 3) {
    // |f| < 2^-20
    RARE_RESULT[0] = logNearPowerOfTwo(f, k);
    return RARE_RESULT[0];
  }
  const s = f / (2.0 + f);
  const z = s * s;
  i = hx - 0x6147a;
  const w = z * z;
  const j = 0x6b851 - hx;
  const t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
  const t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
  i |= j;
  const R = t2 + t1;
  // fdlibm has separate k == 0 formulas here; with k = 0 these give the same bits (0 * c = 0,
  // 0 - y = -y and -(a - f) = f - a exactly; the result is never zero on this path), in less code.
  if (i > 0) {
    const hfsq = 0.5 * f * f;
    return k * ln2_hi - (hfsq - (s * (hfsq + R) + k * ln2_lo) - f);
  }
  return k * ln2_hi - (s * (f - R) - k * ln2_lo - f);
}

function logNearPowerOfTwo(f: number, k: number): number {
  if (f === 0) return k === 0 ? 0 : k * ln2_hi + k * ln2_lo;
  const R = f * f * (0.5 - 0.33333333333333333 * f);
  if (k === 0) return f - R;
  return k * ln2_hi - (R - k * ln2_lo - f);
}

function logSpecial(x: number, hx: number): number {
  if (hx >= 0x7ff00000) return x + x; // +Infinity or NaN (negative ones have hx < 0)
  if (((hx & 0x7fffffff) | lowWord(x)) === 0) return -Infinity;
  if (hx < 0) return NaN;
  // Subnormal: scale up by 2^54 and take those 54 off the exponent.
  const y = x * two54;
  return logNormalised(y, highWord(y), -54);
}
