import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStream, simulate, StreamSeeds } from '../../src/core/index.js';
import { bundledScenarios, loadBundled } from '../support/bundledScenarios.js';
import { exp } from '../support/index.js';
import { reviewModel } from '../support/index.js';

describe('randomness streams', () => {
  it('a monitor observes without changing the result', () => {
    const seen: unknown[] = [];
    const a = simulate(reviewModel(), { seed: 9, replication: 1, monitor: (r) => seen.push(r) });
    const b = simulate(reviewModel(), { seed: 9, replication: 1 });
    expect(seen.length).toBeGreaterThan(1000);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('changing one step’s service time leaves the arrival times unchanged (common random numbers)', () => {
    const arrivals = (reviewMean: number) => {
      const m = reviewModel();
      const review = m.nodes[3];
      if (review.kind === 'step') review.servers[0].service = [exp(reviewMean)];
      const times: number[] = [];
      simulate(m, { seed: 5, replication: 0, monitor: (r) => r.event === 'arrive' && times.push(r.t) });
      return times;
    };
    const a = arrivals(0.5);
    const b = arrivals(0.9);
    expect(a.length).toBeGreaterThan(100);
    expect(b).toEqual(a);
  });

  it('a stream seeded from kept states draws what a fresh one draws, and never moves the kept state', () => {
    const seeds = new StreamSeeds();
    for (const name of ['a', 'server:x:y:time', 'a']) {
      const kept = createStream('s', 3, name, seeds);
      const fresh = createStream('s', 3, name);
      for (let i = 0; i < 50; i++) expect(kept()).toBe(fresh());
    }
  });

  it('runs that keep seeded states, in any order of designs and replications, give the results of fresh runs', () => {
    const designs = bundledScenarios()
      .filter((b) => b.shown.startsWith('scenarios/company/'))
      .map((b) => loadBundled(b.file))
      .flatMap((l) => (l.ok ? [{ ...l.model, horizon: 48, warmup: 0, traceEvery: 0 }] : []));
    expect(designs.length).toBeGreaterThan(1);
    const fresh = new Map<string, string>();
    const resultOf = (d: number, r: number) => {
      const key = `${d}/${r}`;
      if (!fresh.has(key)) fresh.set(key, JSON.stringify(simulate(designs[d], { seed: 7, replication: r })));
      return fresh.get(key);
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(designs.length - 1), fc.nat(3)), { minLength: 1, maxLength: 12 }),
        (jobs) => {
          const seeds = new StreamSeeds();
          for (const [d, r] of jobs)
            expect(JSON.stringify(simulate(designs[d], { seed: 7, replication: r, seeds }))).toBe(resultOf(d, r));
        },
      ),
      { numRuns: 15 },
    );
  });
});
