// The formulas are the truth the engine is held to, so they are checked first against textbook
// values and against each other.
import { describe, expect, it } from 'vitest';
import { interval } from '../../src/experiments/index.js';
import { meanCi, tQuantile } from '../support/index.js';
import { stationary } from './ctmc.js';
import { cobham, erlangA, erlangC, jackson, mg1, mm1, mmc, mmck, overflowPair, preferredPools } from './theory.js';

describe('theory', () => {
  it('erlangC(c, a) matches published values and is a for one server', () => {
    expect(erlangC(5, 4)).toBeCloseTo(0.554113, 6);
    expect(erlangC(2, 1.6)).toBeCloseTo(0.711111, 6); // 6.4/9
    expect(erlangC(10, 8)).toBeCloseTo(0.40918, 5);
    expect(erlangC(1, 0.7)).toBeCloseTo(0.7, 12);
  });

  it('mm1(lambda, mu) gives rho/(mu - lambda) and 1/(mu - lambda)', () => {
    expect(mm1(8, 10)).toEqual({
      wq: expect.closeTo(0.4, 12),
      w: expect.closeTo(0.5, 12),
      lq: expect.closeTo(3.2, 12),
      l: expect.closeTo(4, 12),
      rho: 0.8,
    });
  });

  it('mg1(lambda, mean, 1) is M/M/1 and mg1(lambda, mean, 0) halves its wait', () => {
    const m = mm1(8, 10);
    expect(mg1(8, 0.1, 1).wq).toBeCloseTo(m.wq, 12);
    expect(mg1(8, 0.1, 0).wq).toBeCloseTo(m.wq / 2, 12);
  });

  it('mmck(lambda, mu, c, K) tends to M/M/c as K grows and is Erlang B when K = c', () => {
    const big = mmck(8, 2, 5, 400);
    const open = mmc(8, 2, 5);
    expect(big.wq).toBeCloseTo(open.wq, 9);
    expect(big.l).toBeCloseTo(open.l, 9);
    expect(big.blocking).toBeLessThan(1e-30);
    // Erlang B(2, 1.6) = (1.6^2/2) / (1 + 1.6 + 1.6^2/2) = 1.28/3.88
    expect(mmck(8, 5, 2, 2).blocking).toBeCloseTo(1.28 / 3.88, 12);
    expect(mmck(8, 5, 2, 6)).toMatchObject({
      blocking: expect.closeTo(0.0759524, 7),
      l: expect.closeTo(2.4528, 4),
      lq: expect.closeTo(0.974327, 6),
    });
  });

  it("cobham(classes) is M/G/1 for one class and obeys Kleinrock's conservation law", () => {
    expect(cobham([{ lambda: 7, meanService: 0.1, cv: 1.5 }])[0].wq).toBeCloseTo(mg1(7, 0.1, 1.5).wq, 12);
    const classes = cobham([
      { lambda: 4, meanService: 0.05, cv: 1 },
      { lambda: 4, meanService: 0.15, cv: 1 },
    ]);
    expect(classes.map((c) => c.wq)).toEqual([expect.closeTo(0.125, 12), expect.closeTo(0.625, 12)]);
    const fcfs = mg1(8, 0.1, Math.sqrt((0.5 * (2 * 0.05 ** 2 + 2 * 0.15 ** 2)) / 0.01 - 1));
    expect(classes.reduce((s, c) => s + c.rho * c.wq, 0)).toBeCloseTo(0.8 * fcfs.wq, 12);
  });

  it('jackson(gamma, P, stations) solves the traffic equations and adds the stations up', () => {
    const tandem = jackson(
      [8, 0],
      [
        [0, 1],
        [0, 0],
      ],
      [
        { mu: 10, c: 1 },
        { mu: 5, c: 2 },
      ],
    );
    expect(tandem.lambda).toEqual([8, 8]);
    expect(tandem.w).toBeCloseTo(mm1(8, 10).w + mmc(8, 5, 2).w, 12);
    const loop = jackson(
      [6.4, 0],
      [
        [0, 1],
        [0.2, 0],
      ],
      [
        { mu: 10, c: 1 },
        { mu: 6, c: 2 },
      ],
    );
    expect(loop.lambda[0]).toBeCloseTo(8, 10);
    expect(loop.w).toBeCloseTo(1.25 * (0.5 + 0.3), 10);
  });
});

describe('theory (abandonment)', () => {
  it('erlangA(lambda, mu, c, theta) is M/M/c when nobody abandons and M/M/infinity when patience runs as fast as service', () => {
    const patient = erlangA(5, 2, 3, 1e-9);
    const open = mmc(5, 2, 3);
    expect(patient.lq).toBeCloseTo(open.lq, 5);
    expect(patient.abandon).toBeLessThan(1e-8);
    // theta = mu: every customer leaves at rate mu whatever it is doing, so N is Poisson(lambda/mu).
    expect(erlangA(8, 10, 1, 10).l).toBeCloseTo(0.8, 12);
  });

  it('erlangA(6, 2, 3, 1): a fully loaded M/M/3 kept stable by impatience', () => {
    const f = erlangA(6, 2, 3, 1);
    expect(f).toEqual({
      lq: expect.closeTo(1.123606, 6),
      l: expect.closeTo(3.561803, 6),
      rho: expect.closeTo(0.812732, 6),
      abandon: expect.closeTo(0.187268, 6),
      throughput: expect.closeTo(4.876394, 6),
    });
    // Flow balance: served rate = busy servers x mu.
    expect(f.throughput).toBeCloseTo(f.rho * 3 * 2, 12);
  });
});

describe('stationary(initial, key, transitions)', () => {
  it('solves M/M/c/K as the closed form does', () => {
    const [lambda, mu, c, K] = [8, 5, 2, 6];
    const chain = stationary(0, String, (n: number): [number, number][] => [
      [n + 1, n < K ? lambda : 0],
      [n - 1, Math.min(n, c) * mu],
    ]);
    const exact = mmck(lambda, mu, c, K);
    expect(chain.states.length).toBe(K + 1);
    expect(chain.expect((n) => n)).toBeCloseTo(exact.l, 10);
    expect(chain.expect((n) => (n === K ? 1 : 0))).toBeCloseTo(exact.blocking, 10);
  });

  it('solves a truncated M/M/1 with its geometric tail', () => {
    const chain = stationary(0, String, (n: number): [number, number][] => [
      [n + 1, n < 400 ? 8 : 0],
      [n - 1, n > 0 ? 10 : 0],
    ]);
    expect(chain.expect((n) => n)).toBeCloseTo(mm1(8, 10).l, 9);
  });
});

describe('theory (Markov chains)', () => {
  it('preferredPools(lambda, pools) is M/M/c when every pool serves at the same rate', () => {
    const split = preferredPools(8, [
      { mu: 2, c: 2 },
      { mu: 2, c: 3 },
    ]);
    const whole = mmc(8, 2, 5);
    expect(split.wq).toBeCloseTo(whole.wq, 9);
    expect(split.l).toBeCloseTo(whole.l, 9);
    expect(split.share[0] + split.share[1]).toBeCloseTo(1, 9);
  });

  it('overflowPair(lambda, mu1, K, mu2) blocks the first station as M/M/1/K does, and its truncation does not show', () => {
    const pair = overflowPair(8, 10, 3, 6);
    expect(pair.overflow).toBeCloseTo(mmck(8, 10, 1, 3).blocking, 10);
    expect(pair.first.l).toBeCloseTo(mmck(8, 10, 1, 3).l, 10);
    expect(pair.second.wq).toBeCloseTo(overflowPair(8, 10, 3, 6, 200).second.wq, 10);
    // The second station is busy exactly as much as the work it receives: rho = lambda * overflow / mu2.
    expect(pair.second.rho).toBeCloseTo((8 * pair.overflow) / 6, 10);
  });
});

describe('confidence', () => {
  it('meanCi(values) is mean ± t_{n-1} s/sqrt(n)', () => {
    // mean 3, sample sd sqrt(2.5), n = 5: half-width 2.776 * sqrt(0.5)
    expect(meanCi([1, 2, 3, 4, 5])).toEqual({
      mean: 3,
      halfWidth: expect.closeTo(2.776 * Math.sqrt(0.5), 9),
      lo: expect.closeTo(3 - 1.96293, 4),
      hi: expect.closeTo(3 + 1.96293, 4),
      n: 5,
    });
    expect(meanCi([1, 2, 3, 4, 5], 0.99).halfWidth).toBeCloseTo(4.604 * Math.sqrt(0.5), 9);
  });

  it('meanCi(values) agrees with src/experiments interval(values), computed independently, for 2 to 31 replications', () => {
    const values = Array.from({ length: 31 }, (_, i) => Math.sin(i + 1) * 10 + i / 7);
    for (let n = 2; n <= 31; n++) {
      const mine = meanCi(values.slice(0, n));
      const theirs = interval(values.slice(0, n));
      expect(theirs.mean).toBeCloseTo(mine.mean, 12);
      // The table here has 3 decimals; the experiments' quantiles are exact to many more.
      expect(Math.abs(theirs.half - mine.halfWidth) / mine.halfWidth, `n = ${n}`).toBeLessThan(3e-4);
    }
  });

  it('tQuantile(df, level) refuses degrees of freedom outside its table', () => {
    expect(tQuantile(9, 0.95)).toBe(2.262);
    expect(() => tQuantile(31, 0.95)).toThrow(RangeError);
  });
});
