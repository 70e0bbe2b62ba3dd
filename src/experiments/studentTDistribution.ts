// Two-sided p-value of Student's t, for the multiple-comparison control in holm.ts.
// Built from the fdlibm ports in src/core/math (never Math.log/Math.exp), so a p-value, and with it
// every "significant" flag of a report, has the same bits in Node and in every browser.
//
// P(|T| >= t) = I_x(df/2, 1/2) with x = df / (df + t^2): the regularised incomplete beta function
// (Abramowitz & Stegun 26.7.1), evaluated by its continued fraction (Press et al., Numerical Recipes,
// 3rd ed., 6.4, Lentz's method) and ln Gamma by Lanczos' approximation (Numerical Recipes 6.1, g = 7, n = 9).
import { exp, log } from '../core/index.js';

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.91893853320467274178;

/** ln Gamma(x) for x > 0 (relative error about 1e-15). */
export function logGamma(x: number): number {
  if (x < 0.5) return log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < 9; i++) sum += LANCZOS[i] / (z + i);
  const t = z + 7.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * log(t) - t + log(sum);
}

/** I_x(a, b), the regularised incomplete beta function, for a, b > 0 and 0 <= x <= 1. */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * log(x) + b * log(1 - x));
  // The continued fraction converges fast for x < (a + 1) / (a + b + 2); use the symmetry otherwise.
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a;
  return 1 - (front * betaFraction(1 - x, b, a)) / b;
}

function betaFraction(x: number, a: number, b: number): number {
  const TINY = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return h;
}

/** P(|T| >= |t|) for Student's t with df >= 1 degrees of freedom; 1 at t = 0, 0 at t = ±Infinity. */
export function tTwoSidedP(t: number, df: number): number {
  if (!(df >= 1)) throw new RangeError(`tTwoSidedP: degrees of freedom must be >= 1, got ${df}`);
  if (Number.isNaN(t)) return 1;
  if (!Number.isFinite(t)) return 0;
  const p = incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return Math.min(1, Math.max(0, p));
}
