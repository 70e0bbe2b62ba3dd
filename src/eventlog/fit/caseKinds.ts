// A stage of fitting, after the flow: two kinds of case. In many logs a share of the cases is
// handled in one sitting (every activity within minutes) and the rest take days; receipt.csv's case
// durations have a mode at two minutes and another at a week, with few between five and fifteen
// hours. Fitted as one kind, each step's durations mix both, and the model draws them
// independently: a case that was quick at one step is as likely as any to be slow at the next, so
// the median case takes hours instead of minutes. When the log's case durations (first to last
// event, closed cases, log10 of hours) are a mixture of two well-separated normal humps, the fit
// makes each an item type of its own, with its own arrivals, routing and durations. The mixture is
// fitted by EM from Otsu's split; well separated means Ashman's D of the two components at least 3,
// each component at least 10% of the cases, and at least 100 closed cases. (A mixture of two
// normals needs D above 2 to have a dip at all; EM on one skewed hump, 400 synthetic logs of 500
// cases, reached D 2.26 at most, so 3 keeps such logs whole, while two humps 4.4 standard
// deviations apart gave D 3.56 or more.) A case is of the quick kind when its duration is below the
// point where the two weighted components cross.

import type { CaseView } from './activityInstances.js';

/** Fewest closed cases a split is tried on. */
export const LEAST_CASES = 100;
/** Smallest share of the closed cases either kind must have. */
export const LEAST_SHARE = 0.1;
/** Ashman's D at least this: the two groups are apart, not one skewed group. */
export const LEAST_SEPARATION = 3;

export interface CaseKinds {
  /** Cases done within this many hours of their first event are quick ones. */
  thresholdHours: number;
  /** Per case: true for the quick kind (an open case by its age at the end of the fit). */
  quick: boolean[];
  /** Ashman's D of the two fitted components (log10 hours). */
  separation: number;
  /** Closed cases of each kind (on either side of the threshold). */
  quickCases: number;
  otherCases: number;
  /** Median duration of each kind's closed cases, hours. */
  quickMedianHours: number;
  otherMedianHours: number;
}

const HOUR_MS = 3_600_000;
/** Case durations are taken on a log scale from one second up: a one-event case lasts 0. */
const FLOOR_HOURS = 1 / 3600;

/**
 * caseKinds(cases, open, end): the split described above, or null when the log's case durations do
 * not fall in two separate groups (then the fit keeps one kind).
 */
export function caseKinds(cases: readonly CaseView[], open: readonly boolean[], end: number): CaseKinds | null {
  const logHours = (c: CaseView, to: number) => Math.log10(Math.max(FLOOR_HOURS, (to - c.first) / HOUR_MS));
  const closed: number[] = [];
  cases.forEach((c, i) => {
    if (!open[i]) closed.push(logHours(c, c.last));
  });
  if (closed.length < LEAST_CASES) return null;
  closed.sort((a, b) => a - b);
  const mix = twoNormals(closed);
  if (mix === null) return null;
  const [lo, hi] = mix;
  if (Math.min(lo.weight, hi.weight) < LEAST_SHARE) return null;
  const separation = (Math.SQRT2 * (hi.mean - lo.mean)) / Math.sqrt(lo.sd * lo.sd + hi.sd * hi.sd);
  if (!(separation >= LEAST_SEPARATION)) return null;
  const threshold = crossing(lo, hi);
  const low = closed.filter((x) => x <= threshold);
  const high = closed.filter((x) => x > threshold);
  if (Math.min(low.length, high.length) < LEAST_SHARE * closed.length) return null;
  return {
    thresholdHours: 10 ** threshold,
    quick: cases.map((c, i) => logHours(c, open[i] ? end : c.last) <= threshold),
    separation,
    quickCases: low.length,
    otherCases: high.length,
    quickMedianHours: 10 ** low[Math.floor((low.length - 1) / 2)],
    otherMedianHours: 10 ** high[Math.floor((high.length - 1) / 2)],
  };
}

export interface NormalComponent {
  weight: number;
  mean: number;
  sd: number;
}

/** Iterations of EM, and the change in log-likelihood per value below which it has converged. */
const EM_ROUNDS = 200;
const EM_TOLERANCE = 1e-9;
/** A component's sd is kept at least this (log10 hours): values all equal would make it 0. */
const LEAST_SD = 0.01;

/**
 * A mixture of two normals fitted to sorted values by EM, started from Otsu's split; the components
 * in order of their means. Null when the values are all equal.
 */
export function twoNormals(sorted: readonly number[]): [NormalComponent, NormalComponent] | null {
  const cut = otsuCut(sorted);
  if (cut === null) return null;
  const start = (xs: readonly number[], n: number): NormalComponent => {
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const v = xs.reduce((s, x) => s + (x - mean) * (x - mean), 0) / xs.length;
    return { weight: xs.length / n, mean, sd: Math.max(LEAST_SD, Math.sqrt(v)) };
  };
  let a = start(sorted.slice(0, cut.index), sorted.length);
  let b = start(sorted.slice(cut.index), sorted.length);
  let previous = -Infinity;
  for (let round = 0; round < EM_ROUNDS; round++) {
    let wa = 0;
    let sa = 0;
    let qa = 0;
    let wb = 0;
    let sb = 0;
    let qb = 0;
    let ll = 0;
    for (const x of sorted) {
      const pa = a.weight * density(x, a);
      const pb = b.weight * density(x, b);
      const total = pa + pb;
      if (!(total > 0)) continue;
      ll += Math.log(total);
      const r = pa / total;
      wa += r;
      sa += r * x;
      qa += r * x * x;
      wb += 1 - r;
      sb += (1 - r) * x;
      qb += (1 - r) * x * x;
    }
    if (wa === 0 || wb === 0) return null;
    const next = (w: number, s: number, q: number): NormalComponent => {
      const mean = s / w;
      return { weight: w / sorted.length, mean, sd: Math.max(LEAST_SD, Math.sqrt(Math.max(0, q / w - mean * mean))) };
    };
    a = next(wa, sa, qa);
    b = next(wb, sb, qb);
    if (Math.abs(ll - previous) < EM_TOLERANCE * sorted.length) break;
    previous = ll;
  }
  return a.mean <= b.mean ? [a, b] : [b, a];
}

function density(x: number, c: NormalComponent): number {
  const z = (x - c.mean) / c.sd;
  return Math.exp(-0.5 * z * z) / c.sd;
}

/** Where the weighted densities of lo and hi cross between their means (bisection); lo's mean + hi's mean over 2 if they do not. */
export function crossing(lo: NormalComponent, hi: NormalComponent): number {
  const diff = (x: number) => lo.weight * density(x, lo) - hi.weight * density(x, hi);
  let a = lo.mean;
  let b = hi.mean;
  if (!(diff(a) > 0 && diff(b) < 0)) return (a + b) / 2;
  for (let k = 0; k < 60; k++) {
    const m = (a + b) / 2;
    if (diff(m) > 0) a = m;
    else b = m;
  }
  return (a + b) / 2;
}

/**
 * Otsu's threshold of sorted values: the split into [0, index) and [index, n) with the largest
 * between-group variance, and a value halfway between the groups' nearest members. Null when all
 * values are equal.
 */
export function otsuCut(sorted: readonly number[]): { index: number; value: number } | null {
  const n = sorted.length;
  let total = 0;
  for (const x of sorted) total += x;
  let best = -1;
  let index = -1;
  let below = 0;
  for (let k = 1; k < n; k++) {
    below += sorted[k - 1];
    if (sorted[k] === sorted[k - 1]) continue;
    const w0 = k / n;
    const w1 = 1 - w0;
    const m0 = below / k;
    const m1 = (total - below) / (n - k);
    const between = w0 * w1 * (m0 - m1) * (m0 - m1);
    if (between > best) {
      best = between;
      index = k;
    }
  }
  return index < 0 ? null : { index, value: (sorted[index - 1] + sorted[index]) / 2 };
}
