// Mean and Student-t confidence interval across independent replications. Kept local so the
// validation suite does not depend on the code it helps to check (src/experiments).

/** Two-sided Student-t quantiles t_{df, 1 - alpha/2}, df = 1..30 (Abramowitz & Stegun, table 26.10). */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];
const T995 = [
  63.657, 9.925, 5.841, 4.604, 4.032, 3.707, 3.499, 3.355, 3.25, 3.169, 3.106, 3.055, 3.012, 2.977, 2.947,
  2.921, 2.898, 2.878, 2.861, 2.845, 2.831, 2.819, 2.807, 2.797, 2.787, 2.779, 2.771, 2.763, 2.756, 2.75,
];

export type Level = 0.95 | 0.99;

export function tQuantile(df: number, level: Level): number {
  if (!Number.isInteger(df) || df < 1 || df > 30) throw new RangeError(`tQuantile: df ${df} outside 1..30`);
  return (level === 0.95 ? T975 : T995)[df - 1];
}

export interface Interval {
  mean: number;
  halfWidth: number;
  lo: number;
  hi: number;
  n: number;
}

export function meanCi(values: readonly number[], level: Level = 0.95): Interval {
  const n = values.length;
  if (n < 2) throw new RangeError('meanCi: need at least two replications');
  const mean = values.reduce((s, x) => s + x, 0) / n;
  const variance = values.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
  const halfWidth = tQuantile(n - 1, level) * Math.sqrt(variance / n);
  return { mean, halfWidth, lo: mean - halfWidth, hi: mean + halfWidth, n };
}
