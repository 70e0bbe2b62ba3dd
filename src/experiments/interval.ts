import { tQuantile975 } from './studentT.js';

/** A mean across replications with its Student-t 95% confidence interval [lo, hi] = mean ± half. */
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
export function interval(samples: readonly number[]): Interval {
  const n = samples.length;
  if (n === 0) return { mean: 0, half: 0, lo: 0, hi: 0, n: 0 };
  const first = samples[0];
  if (n === 1 || samples.every((x) => x === first)) return { mean: first, half: 0, lo: first, hi: first, n };
  let sum = 0;
  for (const x of samples) sum += x;
  const mean = sum / n;
  let squares = 0;
  for (const x of samples) squares += (x - mean) * (x - mean);
  const half = tQuantile975(n - 1) * Math.sqrt(squares / (n - 1) / n);
  return { mean, half, lo: mean - half, hi: mean + half, n };
}
