// Closed-form results of classic queueing systems, used as the truth the engine is checked against.
// Rates are per hour, times in hours. Sources: Kleinrock, Queueing Systems vol. 1 (M/M/1, M/M/c,
// M/M/c/K, Pollaczek–Khinchine); Cobham (1954) for non-preemptive priorities; Jackson (1957) for
// open networks. Every function returns the same shape so that tests read alike. Systems without a
// closed form are solved exactly as Markov chains (ctmc.ts).
import { stationary } from './ctmc.js';

export interface QueueFigures {
  /** Mean wait in queue (hours). */
  wq: number;
  /** Mean time in system (hours). */
  w: number;
  /** Mean number waiting. */
  lq: number;
  /** Mean number in system. */
  l: number;
  /** Server utilisation: busy servers / servers. */
  rho: number;
}

/** M/M/1 with arrival rate lambda and service rate mu. */
export function mm1(lambda: number, mu: number): QueueFigures {
  return mmc(lambda, mu, 1);
}

/** Erlang C: probability that an arrival to an M/M/c queue waits, offered load a = lambda/mu. */
export function erlangC(c: number, a: number): number {
  const rho = a / c;
  if (rho >= 1) throw new RangeError(`erlangC: unstable (rho = ${rho})`);
  // Sum a^k/k! iteratively, which stays accurate for the small c used here.
  let term = 1;
  let sum = 0;
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const top = term / (1 - rho); // a^c / c! / (1 - rho)
  return top / (sum + top);
}

/** M/M/c with c servers of rate mu each. */
export function mmc(lambda: number, mu: number, c: number): QueueFigures {
  const a = lambda / mu;
  const wq = erlangC(c, a) / (c * mu - lambda);
  const w = wq + 1 / mu;
  return { wq, w, lq: lambda * wq, l: lambda * w, rho: a / c };
}

/**
 * M/G/1 by Pollaczek–Khinchine: Wq = lambda E[S^2] / (2 (1 - rho)), with E[S^2] = mean^2 (1 + cv^2).
 * cv = 0 is M/D/1, cv = 1 gives back M/M/1.
 */
export function mg1(lambda: number, meanService: number, cv: number): QueueFigures {
  const rho = lambda * meanService;
  if (rho >= 1) throw new RangeError(`mg1: unstable (rho = ${rho})`);
  const es2 = meanService * meanService * (1 + cv * cv);
  const wq = (lambda * es2) / (2 * (1 - rho));
  const w = wq + meanService;
  return { wq, w, lq: lambda * wq, l: lambda * w, rho };
}

export interface LossQueueFigures extends QueueFigures {
  /** Probability that an arrival finds the system full (PASTA) and is turned away. */
  blocking: number;
  /** Rate of accepted arrivals. */
  lambdaEff: number;
}

/**
 * M/M/c/K: c servers of rate mu, at most K customers in the system (K - c waiting places).
 * Waits and times in system are those of accepted customers (Little with lambdaEff).
 */
export function mmck(lambda: number, mu: number, c: number, k: number): LossQueueFigures {
  if (k < c) throw new RangeError('mmck: K must be at least c');
  const a = lambda / mu;
  const p: number[] = [1];
  for (let n = 1; n <= k; n++) p.push(p[n - 1] * (n <= c ? a / n : a / c));
  const total = p.reduce((s, x) => s + x, 0);
  const pn = p.map((x) => x / total);
  const l = pn.reduce((s, x, n) => s + n * x, 0);
  const lq = pn.reduce((s, x, n) => s + Math.max(0, n - c) * x, 0);
  const blocking = pn[k];
  const lambdaEff = lambda * (1 - blocking);
  return { wq: lq / lambdaEff, w: l / lambdaEff, lq, l, rho: lambdaEff / (c * mu), blocking, lambdaEff };
}

export interface PriorityClass {
  lambda: number;
  meanService: number;
  /** Coefficient of variation of the service time (1 for exponential). */
  cv: number;
}

/**
 * Non-preemptive priority M/G/1 (Cobham): classes in priority order, highest first.
 * Wq_k = W0 / ((1 - sigma_{k-1}) (1 - sigma_k)), W0 = sum lambda_i E[S_i^2] / 2, sigma_k = rho_1 + ... + rho_k.
 */
export function cobham(classes: PriorityClass[]): QueueFigures[] {
  const w0 = classes.reduce((s, c) => s + (c.lambda * c.meanService ** 2 * (1 + c.cv ** 2)) / 2, 0);
  let sigma = 0;
  return classes.map((c) => {
    const rho = c.lambda * c.meanService;
    const before = sigma;
    sigma += rho;
    if (sigma >= 1) throw new RangeError('cobham: unstable');
    const wq = w0 / ((1 - before) * (1 - sigma));
    const w = wq + c.meanService;
    return { wq, w, lq: c.lambda * wq, l: c.lambda * w, rho };
  });
}

/**
 * Pre-emptive-resume priority M/G/1: classes in priority order, highest first. A class sees only the
 * classes above it, so its time in system is its service stretched by their interruptions plus the
 * wait for the work found of its own and higher classes (Kleinrock, Queueing Systems II, 3.8; Harchol-Balter 32):
 * W_k = E[S_k] / (1 - sigma_{k-1}) + R_k / ((1 - sigma_{k-1}) (1 - sigma_k)), R_k = sum_{i<=k} lambda_i E[S_i^2] / 2.
 * `wq` is W - E[S]: all the time not in service, the interruptions included.
 */
export function preemptiveResume(classes: PriorityClass[]): QueueFigures[] {
  let sigma = 0;
  let r = 0;
  return classes.map((c) => {
    const rho = c.lambda * c.meanService;
    const before = sigma;
    sigma += rho;
    r += (c.lambda * c.meanService ** 2 * (1 + c.cv ** 2)) / 2;
    if (sigma >= 1) throw new RangeError('preemptiveResume: unstable');
    const w = c.meanService / (1 - before) + r / ((1 - before) * (1 - sigma));
    return { wq: w - c.meanService, w, lq: c.lambda * (w - c.meanService), l: c.lambda * w, rho };
  });
}

export interface JacksonStation {
  mu: number;
  c: number;
}

export interface JacksonFigures {
  /** Arrival rate at each station, solving lambda_j = gamma_j + sum_i lambda_i P[i][j]. */
  lambda: number[];
  /** Per-visit figures of each station (an M/M/c queue with its total arrival rate). */
  stations: QueueFigures[];
  /** Mean number in the whole network. */
  l: number;
  /** Mean time in the network of one external arrival (Little: L / sum of external rates). */
  w: number;
}

/**
 * Open Jackson network: external Poisson arrivals gamma[j], routing matrix P (row i: probabilities
 * of going to j after station i; the rest leaves). Traffic equations solved by fixed-point iteration,
 * which converges for any open network (spectral radius of P below 1).
 */
export function jackson(gamma: number[], routing: number[][], stations: JacksonStation[]): JacksonFigures {
  let lambda = gamma.slice();
  for (let iter = 0; iter < 10_000; iter++) {
    const next = gamma.map((g, j) => g + lambda.reduce((s, li, i) => s + li * routing[i][j], 0));
    const moved = next.reduce((m, x, j) => Math.max(m, Math.abs(x - lambda[j])), 0);
    lambda = next;
    if (moved < 1e-13) break;
  }
  const figures = stations.map((s, j) => mmc(lambda[j], s.mu, s.c));
  const l = figures.reduce((s, f) => s + f.l, 0);
  const external = gamma.reduce((s, g) => s + g, 0);
  return { lambda, stations: figures, l, w: l / external };
}

export interface AbandonFigures {
  /** Mean number waiting and in system. */
  lq: number;
  l: number;
  /** Busy servers / servers. */
  rho: number;
  /** Probability that an arrival abandons before service: theta Lq / lambda (each waiting customer leaves at rate theta). */
  abandon: number;
  /** Rate of customers served. */
  throughput: number;
}

/**
 * M/M/c+M (Erlang A, Palm's model): c servers of rate mu, exponential patience of rate theta. A
 * birth–death chain with death rate min(n, c) mu + max(0, n - c) theta, solved by summing the
 * stationary terms until they vanish (they fall geometrically once (n - c) theta exceeds lambda).
 */
export function erlangA(lambda: number, mu: number, c: number, theta: number): AbandonFigures {
  const p = [1];
  let total = 1;
  for (let n = 1; n < 1_000_000; n++) {
    const term = (p[n - 1] * lambda) / (Math.min(n, c) * mu + Math.max(0, n - c) * theta);
    p.push(term);
    total += term;
    if (n > c && term < 1e-18 * total) break;
  }
  const pn = p.map((x) => x / total);
  const l = pn.reduce((s, x, n) => s + n * x, 0);
  const lq = pn.reduce((s, x, n) => s + Math.max(0, n - c) * x, 0);
  const abandon = (theta * lq) / lambda;
  return { lq, l, rho: (l - lq) / c, abandon, throughput: lambda * (1 - abandon) };
}

/** Quantile q of the wait in queue of M/M/c: P(Wq > t) = C(c, a) e^{-(c mu - lambda) t}; 0 when q <= 1 - C. */
export function mmcWaitQuantile(lambda: number, mu: number, c: number, q: number): number {
  const C = erlangC(c, lambda / mu);
  return 1 - q >= C ? 0 : Math.log(C / (1 - q)) / (c * mu - lambda);
}

/** Quantile q of the time in system of M/M/1 (FIFO), which is exponential with rate mu - lambda. */
export function mm1SojournQuantile(lambda: number, mu: number, q: number): number {
  return -Math.log(1 - q) / (mu - lambda);
}

export interface PreferredPoolsFigures extends QueueFigures {
  /** Per pool, in order of preference: busy servers / servers. */
  poolRho: number[];
  /** Per pool: share of all tasks it serves. */
  share: number[];
}

/**
 * One queue served by pools in order of preference (opsim's rule): an arrival takes a free server
 * of the first pool that has one, else waits; a server that frees takes the head of the queue.
 * Pool i has c_i servers of exponential rate mu_i. Solved as a CTMC on (queue, busy per pool),
 * the queue truncated at `maxQueue` (choose it where the tail is negligible).
 * `rho` is the busy fraction of all servers together.
 */
export function preferredPools(
  lambda: number,
  pools: { mu: number; c: number }[],
  maxQueue = 150,
): PreferredPoolsFigures {
  type S = number[]; // [queue, busy_1, ..., busy_k]
  const chain = stationary<S>(
    [0, ...pools.map(() => 0)],
    (s) => s.join(','),
    (s) => {
      const moves: [S, number][] = [];
      const free = pools.findIndex((p, i) => s[i + 1] < p.c);
      if (free >= 0) moves.push([s.map((x, j) => (j === free + 1 ? x + 1 : x)), lambda]);
      else if (s[0] < maxQueue) moves.push([[s[0] + 1, ...s.slice(1)], lambda]);
      pools.forEach((p, i) => {
        const busy = s[i + 1];
        if (busy === 0) return;
        moves.push([s[0] > 0 ? [s[0] - 1, ...s.slice(1)] : s.map((x, j) => (j === i + 1 ? x - 1 : x)), busy * p.mu]);
      });
      return moves;
    },
  );
  const lq = chain.expect((s) => s[0]);
  const busy = pools.map((_, i) => chain.expect((s) => s[i + 1]));
  const l = lq + busy.reduce((a, b) => a + b, 0);
  const servers = pools.reduce((a, p) => a + p.c, 0);
  return {
    wq: lq / lambda,
    w: l / lambda,
    lq,
    l,
    rho: busy.reduce((a, b) => a + b, 0) / servers,
    poolRho: busy.map((b, i) => b / pools[i].c),
    share: busy.map((b, i) => (b * pools[i].mu) / lambda),
  };
}

export interface OverflowFigures {
  /** Share of arrivals that find the first station full and overflow to the second. */
  overflow: number;
  first: QueueFigures;
  /** Second station, fed only by the overflow (a bursty, non-Poisson stream). */
  second: QueueFigures;
  /** Mean time in the system over all arrivals. */
  w: number;
  l: number;
}

/**
 * Poisson arrivals at an M/M/1 station with room for `k` in all (k - 1 waiting); an arrival that
 * finds it full goes to a second single-server station with an unbounded queue (truncated at maxSecond).
 */
export function overflowPair(lambda: number, mu1: number, k: number, mu2: number, maxSecond = 100): OverflowFigures {
  const chain = stationary<[number, number]>(
    [0, 0],
    (s) => `${s[0]},${s[1]}`,
    ([a, b]) => [
      [a < k ? [a + 1, b] : [a, b + 1], a < k || b < maxSecond ? lambda : 0],
      [[a - 1, b], a > 0 ? mu1 : 0],
      [[a, b - 1], b > 0 ? mu2 : 0],
    ],
  );
  const overflow = chain.expect(([a]) => (a === k ? 1 : 0));
  const l1 = chain.expect(([a]) => a);
  const lq1 = chain.expect(([a]) => Math.max(0, a - 1));
  const l2 = chain.expect(([, b]) => b);
  const lq2 = chain.expect(([, b]) => Math.max(0, b - 1));
  const lambda1 = lambda * (1 - overflow);
  const lambda2 = lambda * overflow;
  return {
    overflow,
    first: { wq: lq1 / lambda1, w: l1 / lambda1, lq: lq1, l: l1, rho: chain.expect(([a]) => (a > 0 ? 1 : 0)) },
    second: { wq: lq2 / lambda2, w: l2 / lambda2, lq: lq2, l: l2, rho: chain.expect(([, b]) => (b > 0 ? 1 : 0)) },
    w: (l1 + l2) / lambda,
    l: l1 + l2,
  };
}
