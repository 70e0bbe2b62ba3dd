// The tests' one Student-t table, and the mean with its confidence interval across independent
// replications, with an assertion that an exact value lies inside it. Kept apart from src/experiments so
// the theory suite does not depend on the code it helps to check.
import { expect } from 'vitest';

/** Two-sided Student-t quantiles t_{df, 1 - alpha/2}, df = 1..30 (Abramowitz & Stegun, table 26.10). */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11,
  2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];
const T995 = [
  63.657, 9.925, 5.841, 4.604, 4.032, 3.707, 3.499, 3.355, 3.25, 3.169, 3.106, 3.055, 3.012, 2.977, 2.947, 2.921, 2.898,
  2.878, 2.861, 2.845, 2.831, 2.819, 2.807, 2.797, 2.787, 2.779, 2.771, 2.763, 2.756, 2.75,
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

export interface ExactCheck {
  /** What the figure is, for the failure message. */
  figure: string;
  exact: number;
  /** Largest relative error |mean - exact| / exact accepted. */
  relTol: number;
  /** 0.99 unless stated: a file makes a dozen such claims on fixed seeds, and at 95% one would miss by chance. */
  level?: Level;
}

/**
 * Asserts that `exact` lies in the confidence interval of the replication values AND that the relative
 * error is under relTol: the first catches bias, the second stops a wide interval from hiding a poor
 * estimate. OPSIM_TEST_LOG=1 prints every check, passing or not.
 */
export function expectNear(values: readonly number[], check: ExactCheck): Interval {
  const level = check.level ?? 0.99;
  const ci = meanCi(values, level);
  const relError = Math.abs(ci.mean - check.exact) / Math.abs(check.exact);
  const said =
    `${check.figure}: simulated ${fmt(ci.mean)} ± ${fmt(ci.halfWidth)} (${level * 100}% CI over ` +
    `${ci.n} replications), exact ${fmt(check.exact)}, relative error ${(relError * 100).toFixed(2)}% ` +
    `(bound ${(check.relTol * 100).toFixed(1)}%)`;
  if (process.env.OPSIM_TEST_LOG) console.log(said);
  expect(ci.lo <= check.exact && check.exact <= ci.hi, `${said}: exact value outside the interval`).toBe(true);
  expect(relError <= check.relTol, `${said}: relative error too large`).toBe(true);
  return ci;
}

export function fmt(x: number): string {
  return Number(x.toPrecision(5)).toString();
}
