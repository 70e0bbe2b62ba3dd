import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { createStream, makeSampler, Welford, type Dist } from '../../src/core/index.js';
import { makeExclusiveSampler } from '../../src/core/distributions/index.js';
import { serverSamplers } from '../../src/core/sim/serverSamplers.js';

function moments(d: Dist, n = 40_000): { mean: number; cv: number; min: number } {
  const f = makeSampler(d, createStream(42, 0, `test:${d.kind}`));
  const w = new Welford();
  let min = Infinity;
  for (let i = 0; i < n; i++) {
    const x = f();
    w.add(x);
    if (x < min) min = x;
  }
  return { mean: w.mean, cv: w.sd / w.mean, min };
}

describe('makeSampler(dist, stream)', () => {
  const cases: [Dist, number, number][] = [
    [{ kind: 'exponential', mean: 2 }, 2, 1],
    [{ kind: 'uniform', min: 1, max: 3 }, 2, 1 / Math.sqrt(3) / 2],
    [{ kind: 'triangular', min: 0, mode: 1, max: 2 }, 1, Math.sqrt(1 / 6)],
    [{ kind: 'normal', mean: 10, sd: 2 }, 10, 0.2],
    [{ kind: 'lognormal', mean: 5, cv: 0.8 }, 5, 0.8],
    [{ kind: 'gamma', mean: 3, cv: 0.5 }, 3, 0.5],
    [{ kind: 'gamma', mean: 3, cv: 2 }, 3, 2],
    [{ kind: 'beta', a: 2, b: 6 }, 0.25, Math.sqrt((2 * 6) / (64 * 9)) / 0.25],
    [{ kind: 'empirical', values: [1, 2, 4], weights: [2, 1, 1] }, 2, Math.sqrt(1.5) / 2],
  ];
  for (const [d, mean, cv] of cases) {
    it(`${JSON.stringify(d)} has mean ${mean.toFixed(3)} and cv ${cv.toFixed(3)}`, () => {
      const m = moments(d);
      expect(m.mean).toBeGreaterThan(mean * 0.97);
      expect(m.mean).toBeLessThan(mean * 1.03);
      expect(m.cv).toBeGreaterThan(cv * 0.95);
      expect(m.cv).toBeLessThan(cv * 1.05);
      expect(m.min).toBeGreaterThanOrEqual(0);
    });
  }

  it('constant draws nothing from its stream', () => {
    let calls = 0;
    const f = makeSampler({ kind: 'constant', value: 3 }, () => (calls++, 0.5));
    expect([f(), f(), calls]).toEqual([3, 3, 0]);
  });

  it('normal truncated at 0 never returns a negative value', () => {
    const m = moments({ kind: 'normal', mean: 0.5, sd: 1 }, 5000);
    expect(m.min).toBeGreaterThanOrEqual(0);
    expect(m.mean).toBeGreaterThan(0.5);
  });

  it('createStream(seed, replication, name) is reproducible and independent per name', () => {
    const a = createStream(1, 0, 'x');
    const b = createStream(1, 0, 'x');
    const c = createStream(1, 0, 'y');
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
  });
});

describe('createStream(seed, replication, name)', () => {
  it("draws seedrandom's alea sequence for the same key, bit for bit", () => {
    for (const [seed, rep, name] of [
      [1, 0, 'x'],
      ['opsim', 7, 'service:a:b'],
    ] as const) {
      const ours = createStream(seed, rep, name);
      const theirs = seedrandom.alea(`${seed}/${rep}/${name}`);
      const a = Array.from({ length: 10_000 }, () => ours());
      const b = Array.from({ length: 10_000 }, () => theirs());
      expect(a).toEqual(b);
    }
  });
});

describe('makeExclusiveSampler(dist, stream)', () => {
  it('falls back to buffering the plain sampler on a stream not made by createStream (same numbers)', () => {
    let k = 0;
    const u = () => (k = (k * 16807 + 11) % 2147483647) / 2147483647;
    const d: Dist = { kind: 'gamma', mean: 2, cv: 1.3 };
    const plain = makeSampler(d, u);
    const first = Array.from({ length: 300 }, () => plain());
    k = 0;
    const exclusive = makeExclusiveSampler(d, u);
    expect(Array.from({ length: 300 }, () => exclusive())).toEqual(first);
  });

  it('draws the same numbers as makeSampler, in the same order, across batch boundaries', () => {
    const kinds = [
      { kind: 'exponential', mean: 0.7 },
      { kind: 'uniform', min: 1, max: 3 },
      { kind: 'normal', mean: 1, sd: 0.8 },
      { kind: 'normal', mean: -1, sd: 0.5 },
      { kind: 'constant', value: 4 },
      { kind: 'lognormal', mean: 2, cv: 0.9 },
      { kind: 'gamma', mean: 3, cv: 0.6 },
      { kind: 'gamma', mean: 3, cv: 1.5 },
      { kind: 'beta', a: 2, b: 5 },
      { kind: 'beta', a: 0.5, b: 0.7 },
      { kind: 'beta', a: 1.05, b: 4.2 },
    ] as Dist[];
    for (const d of kinds) {
      const plain = makeSampler(d, createStream('s', 3, 'x'));
      const exclusive = makeExclusiveSampler(d, createStream('s', 3, 'x'));
      const a = Array.from({ length: 1000 }, () => plain());
      const b = Array.from({ length: 1000 }, () => exclusive());
      expect(b).toEqual(a);
    }
  });
});

describe('serverSamplers(service, nT, stream)', () => {
  it('gives each task the number one plain sampler per item type would, in the order tasks start', () => {
    const services: Dist[][] = [
      [
        { kind: 'exponential', mean: 1 },
        { kind: 'exponential', mean: 1 },
        { kind: 'constant', value: 2 },
      ],
      [
        { kind: 'exponential', mean: 1 },
        { kind: 'exponential', mean: 2 },
      ],
      [
        { kind: 'uniform', min: 0, max: 1 },
        { kind: 'exponential', mean: 1 },
      ],
    ];
    for (const service of services) {
      const nT = service.length;
      const u = createStream('s', 0, 'service:x:p');
      const plain = service.map((d) => makeSampler(d, u));
      const batched = serverSamplers(service, nT, createStream('s', 0, 'service:x:p'));
      const order = Array.from({ length: 600 }, (_, i) => (i * 7 + (i >> 3)) % nT);
      expect(order.map((ty) => batched[ty]())).toEqual(order.map((ty) => plain[ty]()));
    }
  });
});
