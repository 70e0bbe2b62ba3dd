import { tQuantile975 } from './studentT.js';

/**
 * A mean across replications with its Student-t 95% confidence interval [lo, hi] = mean ± half; for a
 * design's figure that no replication made negative, lo is cut at 0 (figureInterval).
 */
export interface Interval {
  mean: number;
  half: number;
  lo: number;
  hi: number;
  n: number;
}

/**
 * interval(samples): mean and 95% CI of independent samples.
 * With fewer than two samples no spread can be estimated: half is 0 and lo = hi = mean, which reads
 * as "unknown", not "exact" (docs/report-format.md says so). When every sample is the same number the
 * mean is that number exactly, so identical designs give differences of exactly 0.
 */
/** A half-width below this share of the mean is rounding, not spread (doubles carry about 16 digits). */
const ROUNDING = 1e-12;

export function interval(samples: readonly number[]): Interval {
  const n = samples.length;
  if (n === 0) return { mean: 0, half: 0, lo: 0, hi: 0, n: 0 };
  const first = samples[0];
  if (n === 1 || allEqual(samples, first)) return { mean: first, half: 0, lo: first, hi: first, n };
  let sum = 0;
  for (const x of samples) sum += x;
  const mean = sum / n;
  let squares = 0;
  for (const x of samples) squares += (x - mean) * (x - mean);
  const half = tQuantile975(n - 1) * Math.sqrt(squares / (n - 1) / n);
  // Samples that differ only in their last bits (a mean of equal service times summed in another
  // order) have no spread a reader could use: "0.17 ± 5.8e-15" reads as a measurement. They are read
  // as equal, as samples equal to the bit are.
  if (half <= ROUNDING * Math.abs(mean)) return { mean, half: 0, lo: mean, hi: mean, n };
  return { mean, half, lo: mean - half, hi: mean + half, n };
}

/**
 * figureInterval(samples): a design's figure across replications, as interval(), with lo cut at 0
 * when no sample is negative. Counts, hours, costs and shares cannot be negative, and with few
 * replications of a skewed figure mean − half can be ("cost per done item $253, 95% CI −$173 to
 * $679"), which a COO reads as nonsense. The cut loses no coverage: a figure that cannot be negative
 * is never below 0, so the interval holds it exactly when the uncut one does. half stays the Student-t
 * half-width (the "± half" the tables print). Differences between designs use interval(), uncut.
 */
export function figureInterval(samples: readonly number[]): Interval {
  const ci = interval(samples);
  return ci.lo < 0 && noneNegative(samples) ? { ...ci, lo: 0 } : ci;
}

// Loops, not every(): a report computes thousands of intervals (aggregate.ts).
function allEqual(samples: readonly number[], x: number): boolean {
  for (let i = 0; i < samples.length; i++) if (samples[i] !== x) return false;
  return true;
}

function noneNegative(samples: readonly number[]): boolean {
  for (let i = 0; i < samples.length; i++) if (!(samples[i] >= 0)) return false;
  return true;
}

/**
 * scaleInterval(ci, k): the interval divided by k (a count over the window as a count per week). An
 * interval cut at 0 stays cut; one that is not keeps lo = mean − half to the bit: divided end by end,
 * lo / k came out a rounding above mean / k − half / k, and a table took "4.08 ± 0.46" for an
 * interval cut at 0 and printed "4.08 (3.62 to 4.54)".
 */
export function scaleInterval(ci: Interval, k: number): Interval {
  const mean = ci.mean / k;
  const half = ci.half / k;
  const cut = ci.lo > ci.mean - ci.half;
  return { mean, half, lo: cut ? ci.lo / k : mean - half, hi: mean + half, n: ci.n };
}
