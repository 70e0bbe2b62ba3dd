import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/index.js';
import { mmc } from '../support/index.js';

/** Erlang C: probability of waiting in M/M/c, and the mean wait Wq. */
function erlangC(lambda: number, mu: number, c: number): { pWait: number; wq: number } {
  const a = lambda / mu;
  const rho = a / c;
  let sum = 0;
  let term = 1;
  for (let k = 0; k < c; k++) {
    if (k > 0) term *= a / k;
    sum += term;
  }
  const last = (term * a) / c / (1 - rho);
  const pWait = last / (sum + last);
  return { pWait, wq: pWait / (c * mu - lambda) };
}

describe('simulate(M/M/c)', () => {
  it('matches the Erlang C mean wait and the utilisation within sampling error', () => {
    const lambda = 16;
    const mu = 1;
    const c = 20;
    const r = simulate(mmc(lambda, mu, c, 20_000, 500), { seed: 1, replication: 0 });
    const { wq } = erlangC(lambda, mu, c);
    expect(r.steps.serve.wait.mean).toBeGreaterThan(wq * 0.85);
    expect(r.steps.serve.wait.mean).toBeLessThan(wq * 1.15);
    expect(r.pools.servers.utilisation).toBeCloseTo(lambda / mu / c, 2);
    expect(r.overall.cycleTime.mean).toBeCloseTo(wq + 1 / mu, 1);
    // Little's law on the whole system.
    expect(r.overall.wipMean).toBeCloseTo(lambda * r.overall.cycleTime.mean, 0);
  });
});
