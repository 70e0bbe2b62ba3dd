import { describe, expect, it } from 'vitest';
import { simulate, SimulationLimitError } from '../../src/core/index.js';
import { constant, exit, fixed, gate, itemType, mmc, model, pool, step } from '../support/index.js';

describe('simulate(model, { seed, replication })', () => {
  it('gives byte-identical JSON for the same seed and replication', () => {
    const m = mmc(3, 1, 4, 500, 50);
    const a = JSON.stringify(simulate(m, { seed: 'abc', replication: 2 }));
    const b = JSON.stringify(simulate(m, { seed: 'abc', replication: 2 }));
    expect(a).toBe(b);
  });

  it('gives a different run for another replication or seed', () => {
    const m = mmc(3, 1, 4, 500, 50);
    const a = simulate(m, { seed: 'abc', replication: 0 });
    const b = simulate(m, { seed: 'abc', replication: 1 });
    const c = simulate(m, { seed: 'abd', replication: 0 });
    expect(a.overall.cycleTime.mean).not.toBe(b.overall.cycleTime.mean);
    expect(a.overall.cycleTime.mean).not.toBe(c.overall.cycleTime.mean);
    expect([a.seed, a.replication, b.replication]).toEqual(['abc', 0, 1]);
  });

  it('runs a model that went through JSON (Infinity became null) the same as the original', () => {
    const m = mmc(3, 1, 4, 300);
    const viaJson = JSON.parse(JSON.stringify(m));
    expect(viaJson.nodes[1].queueCapacity).toBe(null);
    expect(JSON.stringify(simulate(viaJson, { seed: 1, replication: 0 }))).toBe(
      JSON.stringify(simulate(m, { seed: 1, replication: 0 })),
    );
  });

  it('collects statistics from the warm-up on and totals over the whole run', () => {
    const m = mmc(3, 1, 4, 500, 100);
    const r = simulate(m, { seed: 1, replication: 0 });
    expect(r.overall.arrived).toBeLessThan(r.totals.arrived);
    expect(r.totals.arrived).toBe(r.totals.done + r.totals.inSystemAtEnd);
  });
});

describe('simulate(model, { onCheckpoint })', () => {
  it('is called every 65,536 events with the sim time and the count', () => {
    const calls: [number, number][] = [];
    const r = simulate(mmc(10, 1, 12, 20_000), { seed: 1, replication: 0, onCheckpoint: (t, n) => calls.push([t, n]) });
    expect(calls.map(([, n]) => n)).toEqual(
      Array.from({ length: Math.floor(r.events / 65536) }, (_, k) => (k + 1) * 65536),
    );
    expect(calls.every(([t], k) => t > 0 && (k === 0 || t >= calls[k - 1][0]))).toBe(true);
  });
});

describe('guards', () => {
  it('throws SimulationLimitError naming limits.maxEvents, its value and the sim time', () => {
    const m = { ...mmc(3, 1, 4, 500), limits: { maxEvents: 100, maxWip: 1000 } };
    expect(() => simulate(m, { seed: 1, replication: 0 })).toThrow(SimulationLimitError);
    expect(() => simulate(m, { seed: 1, replication: 0 })).toThrow(
      /limits\.maxEvents = 100 .*simulated time \d+\.\d+ h/,
    );
  });

  it('throws SimulationLimitError on a zero-time routing cycle between gates', () => {
    const m = model({
      horizon: 10,
      itemTypes: [itemType('job', 1, { arrivals: { kind: 'batch', first: 1, every: 100, size: 1 } })],
      nodes: [exit('done'), gate('a', fixed(2)), gate('b', fixed(1))],
    });
    expect(() => simulate(m, { seed: 1, replication: 0 })).toThrow(SimulationLimitError);
    expect(() => simulate(m, { seed: 1, replication: 0 })).toThrow(/Routing cycle: item 0 \(job\).*simulated time 1 h/);
  });

  it('refuses a horizon or warm-up that is not a finite number of hours, naming the field', () => {
    expect(() => simulate({ ...mmc(1, 1, 1, 10), horizon: Infinity }, { seed: 1, replication: 0 })).toThrow(
      /horizon must be a finite number of hours >= 0, got Infinity/,
    );
    expect(() => simulate({ ...mmc(1, 1, 1, 10), warmup: -1 }, { seed: 1, replication: 0 })).toThrow(
      /warmup must be a finite number of hours >= 0, got -1/,
    );
  });

  it('stops an overloaded model at limits.maxWip, naming the limit, the time and the longest queue', () => {
    // 100 arrivals an hour, one server finishing one an hour: the queue grows without end.
    const m = { ...mmc(100, 1, 1, 1e6), limits: { maxEvents: 1e9, maxWip: 500 } };
    expect(() => simulate(m, { seed: 1, replication: 0 })).toThrow(SimulationLimitError);
    expect(() => simulate(m, { seed: 1, replication: 0 })).toThrow(
      /Work-in-progress limit reached: more than limits\.maxWip = 500 items in the system at simulated time \d+\.\d+ h .*The longest queues: 'serve' \(499 waiting\)/,
    );
  });

  it('allows exactly maxWip items in the system, including small limits and initial work in progress', () => {
    const burst = (size: number, maxWip: number, initial = 0) =>
      model({
        horizon: 1000,
        limits: { maxEvents: 1e6, maxWip },
        itemTypes: [itemType('job', 1, { arrivals: { kind: 'batch', first: 0.5, every: 0, size } })],
        pools: [pool('bot', 1)],
        nodes: [exit('done'), step('work', [{ pool: 0, service: constant(1) }], fixed(0))],
        initialWip: initial > 0 ? [{ type: 0, node: 1, state: 'waiting', count: initial, ageHours: 0 }] : [],
      });
    expect(simulate(burst(300, 300), { seed: 1, replication: 0 }).totals.done).toBe(300);
    expect(() => simulate(burst(300, 299), { seed: 1, replication: 0 })).toThrow(
      /more than limits\.maxWip = 299 items/,
    );
    expect(simulate(burst(5, 5), { seed: 1, replication: 0 }).totals.done).toBe(5);
    expect(() => simulate(burst(5, 4), { seed: 1, replication: 0 })).toThrow(/maxWip = 4 /);
    // Initial work in progress counts: 3 at time 0 (the first in service until 1 h), then a batch of 3 at 0.5 h.
    expect(() => simulate(burst(3, 5, 3), { seed: 1, replication: 0 })).toThrow(/maxWip = 5 /);
    expect(simulate(burst(3, 6, 3), { seed: 1, replication: 0 }).totals.done).toBe(6);
  });

  it('names where the events went when maxEvents trips: the busiest steps and the rework rule sending items back', () => {
    // Every task errs and the gate catches every error: each job goes round 'work' up to 1,000 times.
    const loop = (warmup: number) =>
      model({
        horizon: 1000,
        warmup,
        limits: { maxEvents: 5000, maxWip: 1000 },
        itemTypes: [itemType('job', 2, { arrivals: { kind: 'poisson', ratePerHour: 10 } })],
        pools: [pool('bot', 100, { errorRate: [1] })],
        nodes: [
          gate('check', fixed(1), { rework: { detect: 1, to: 2, maxRounds: 1000, exceeded: 1 } }),
          exit('done'),
          step('work', [{ pool: 0, service: constant(0.1) }], fixed(0)),
        ],
      });
    expect(() => simulate(loop(0), { seed: 1, replication: 0 })).toThrow(
      /Event limit reached: more than limits\.maxEvents = 5000 .* Most service starts: 'work' \(\d+\)\. The \d+ items in the system were sent back for rework \d+ times, most by 'check' \(\d+\)\. Raise it/,
    );
    // Before the warm-up nothing is counted: where the items are stands in.
    expect(() => simulate(loop(500), { seed: 1, replication: 0 })).toThrow(
      /Most items in the system are at 'work' \(\d+\)\. The \d+ items .* most by 'check'/,
    );
  });

  it('lets a loop through a step that takes time run until maxEvents', () => {
    const m = model({
      horizon: 1e9,
      limits: { maxEvents: 1000, maxWip: 1000 },
      itemTypes: [itemType('job', 1, { arrivals: { kind: 'batch', first: 0, every: 1e9, size: 1 } })],
      pools: [pool('bot', 1)],
      nodes: [exit('done'), step('spin', [{ pool: 0, service: constant(1) }], fixed(1))],
    });
    expect(() => simulate(m, { seed: 1, replication: 0 })).toThrow(/maxEvents = 1000/);
  });
});
