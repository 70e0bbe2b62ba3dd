// Stage 4 of fitting: a service-time distribution per activity, chosen among opsim's built-in
// families by the Kolmogorov-Smirnov distance D = max |F_n(x) - F(x)| between the sample's
// empirical CDF and the fitted CDF (smallest D wins). Every candidate keeps the sample's mean, since
// the mean is what loads the queues: exponential and gamma by moments; lognormal with the sample's
// median (exp of the mean log) and mean, so sigma^2 = 2 ln(mean / median) (maximum likelihood's
// sigma when the mean is below the median); constant when every duration is the same. Gamma's CDF is the regularised incomplete gamma function (Numerical
// Recipes 6.2, series and continued fraction); the normal CDF uses erfc (Numerical Recipes 6.2).

export type FittedDist =
  | { dist: 'constant'; value: number }
  | { dist: 'exponential'; mean: number }
  | { dist: 'gamma'; mean: number; cv: number }
  | { dist: 'lognormal'; mean: number; cv: number };

export interface DurationFit {
  chosen: FittedDist;
  /** KS distance of each family tried, in the order tried. */
  ks: { family: FittedDist['dist']; d: number }[];
  n: number;
  mean: number;
  cv: number;
}

function lnGamma(x: number): number {
  const c = [
    76.18009172947146, -86.50532032941677, 24.01409824083091, -1.231739572450155, 0.1208650973866179e-2,
    -0.5395239384953e-5,
  ];
  let y = x;
  const tmp0 = x + 5.5;
  const tmp = tmp0 - (x + 0.5) * Math.log(tmp0);
  let ser = 1.000000000190015;
  for (const cj of c) ser += cj / ++y;
  return -tmp + Math.log((2.5066282746310005 * ser) / x);
}

/** P(a, x): the regularised lower incomplete gamma function. */
export function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const gln = lnGamma(a);
  if (x < a + 1) {
    let ap = a;
    let sum = 1 / a;
    let del = sum;
    for (let n = 0; n < 500; n++) {
      del *= x / ++ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * 1e-12) break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - gln);
  }
  let b = x + 1 - a;
  let c = 1 / 1e-300;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 500; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < 1e-300) d = 1e-300;
    c = b + an / c;
    if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-12) break;
  }
  return 1 - Math.exp(-x + a * Math.log(x) - gln) * h;
}

function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

export function cdfOf(d: FittedDist, x: number): number {
  if (x <= 0) return d.dist === 'constant' && d.value <= 0 ? 1 : 0;
  switch (d.dist) {
    case 'constant':
      return x >= d.value ? 1 : 0;
    case 'exponential':
      return 1 - Math.exp(-x / d.mean);
    case 'gamma': {
      const k = 1 / (d.cv * d.cv);
      return gammaP(k, (x * k) / d.mean);
    }
    case 'lognormal': {
      const s2 = Math.log(1 + d.cv * d.cv);
      const mu = Math.log(d.mean) - s2 / 2;
      return normalCdf((Math.log(x) - mu) / Math.sqrt(s2));
    }
  }
}

/** D = sup |F_n - F| over the sorted sample. */
export function ksDistance(sorted: readonly number[], d: FittedDist): number {
  const n = sorted.length;
  let worst = 0;
  for (let i = 0; i < n; i++) {
    const f = cdfOf(d, sorted[i]);
    worst = Math.max(worst, Math.abs(f - i / n), Math.abs((i + 1) / n - f));
  }
  return worst;
}

/** Fits durations (hours, all > 0); null when there are none. */
export function fitDurations(hours: readonly number[]): DurationFit | null {
  const xs = hours.filter((x) => x > 0 && Number.isFinite(x)).sort((a, b) => a - b);
  const n = xs.length;
  if (n === 0) return null;
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  const variance = n > 1 ? xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1) : 0;
  const cv = Math.sqrt(variance) / mean;
  if (n < 3 || cv < 0.01) return { chosen: { dist: 'constant', value: mean }, ks: [], n, mean, cv };
  const logs = xs.map(Math.log);
  const mu = logs.reduce((s, x) => s + x, 0) / n;
  const s2 = logs.reduce((s, x) => s + (x - mu) ** 2, 0) / n;
  const candidates: FittedDist[] = [
    { dist: 'exponential', mean },
    { dist: 'gamma', mean, cv: Math.min(Math.max(cv, 0.01), 30) },
    {
      dist: 'lognormal',
      mean,
      cv: Math.min(Math.sqrt(Math.expm1(Math.log(mean) > mu ? 2 * (Math.log(mean) - mu) : s2)), 30),
    },
  ];
  const ks = candidates.map((c) => ({ family: c.dist, d: ksDistance(xs, c) }));
  let best = 0;
  for (let i = 1; i < ks.length; i++) if (ks[i].d < ks[best].d - 1e-12) best = i;
  return { chosen: candidates[best], ks, n, mean, cv };
}
