import { exp, log } from '../../core/index.js';

/**
 * screeningConstant(alphaPerTest, n0): h² of the triangular continuation region of
 *   S.-H. Kim and B. L. Nelson (2001), "A fully sequential procedure for indifference-zone selection
 *   in simulation", ACM TOMACS 11(3), 251–273,
 * with c = 1: η = ½[(2α)^(−2/(n0−1)) − 1] and h² = 2η(n0 − 1), where α is the error allowed to ONE
 * sequential test (KN give each of the k − 1 comparisons with the best α/(k − 1); a feasibility check
 * gets its Bonferroni share). The bound behind it (Fabian 1974) needs normal observations, which
 * replication averages over a long horizon are close to.
 *
 * exp and log are the fdlibm ports of src/core/math, so the constant, and with it every elimination,
 * is the same to the bit in Node and in every browser.
 */
export function screeningConstant(alphaPerTest: number, n0: number): number {
  if (!(alphaPerTest > 0 && alphaPerTest < 0.5))
    throw new RangeError(`screeningConstant: error per test must be in (0, 0.5), got ${alphaPerTest}`);
  if (!(Number.isInteger(n0) && n0 >= 2))
    throw new RangeError(`screeningConstant: first stage must be a whole number >= 2, got ${n0}`);
  const eta = 0.5 * (exp((-2 / (n0 - 1)) * log(2 * alphaPerTest)) - 1);
  return 2 * eta * (n0 - 1);
}

/**
 * halfWidthOfSum(h2, s2, zone, r): R(r) = max{0, h²S²/(2·zone) − zone·r/2}, the half-width, on the
 * scale of a sum of r observations, of the triangle that a running sum of differences must leave
 * to decide (KN's W_il(r) = R(r)/r on the scale of means). It closes at r = h²S²/zone².
 */
export function halfWidthOfSum(h2: number, s2: number, zone: number, r: number): number {
  const R = (h2 * s2) / (2 * zone) - (zone * r) / 2;
  return R > 0 ? R : 0;
}

/** Sample variance (divisor n − 1) of values; 0 for fewer than two. */
export function sampleVariance(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  let squares = 0;
  for (const v of values) squares += (v - mean) * (v - mean);
  return squares / (n - 1);
}
