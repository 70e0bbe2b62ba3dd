import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/index.js';
import { constant, exit, fixed, itemType, model, pool, step } from '../support/index.js';
import { traceOf } from '../support/index.js';

describe('simulate(model, { monitor })', () => {
  it('records a batch served FIFO by one server with constant service, a freed server reused at once', () => {
    const m = model({
      horizon: 7,
      itemTypes: [itemType('job', 1, { arrivals: { kind: 'batch', first: 0, every: 100, size: 3 } })],
      pools: [pool('bot', 1)],
      nodes: [exit('done'), step('work', [{ pool: 0, service: constant(2) }], fixed(0))],
    });
    expect(traceOf(m)).toEqual([
      '0 arrive #0 work',
      '0 start #0 work bot',
      '0 arrive #1 work',
      '0 enqueue #1 work',
      '0 arrive #2 work',
      '0 enqueue #2 work',
      '2 finish #0 work bot',
      '2 start #1 work bot',
      '2 exit #0 done done',
      '4 finish #1 work bot',
      '4 start #2 work bot',
      '4 exit #1 done done',
      '6 finish #2 work bot',
      '6 exit #2 done done',
    ]);
  });

  it('reports the closed-form waits of constant batches: item k of a batch waits k service times', () => {
    const m = model({
      horizon: 100,
      itemTypes: [itemType('job', 1, { arrivals: { kind: 'batch', first: 0, every: 10, size: 4 } })],
      pools: [pool('bot', 1)],
      nodes: [exit('done'), step('work', [{ pool: 0, service: constant(2) }], fixed(0))],
    });
    const r = simulate(m, { seed: 1, replication: 0 });
    // Waits 0, 2, 4, 6 in every batch of 10 batches: mean 3; cycle times 2, 4, 6, 8: mean 5.
    expect(r.steps.work.wait.mean).toBe(3);
    expect(r.overall.cycleTime.mean).toBe(5);
    expect(r.overall.done).toBe(40);
    expect(r.pools.bot.utilisation).toBeCloseTo(0.8, 12);
    expect(r.steps.work.queueMean).toBeCloseTo((3 * 2 + 2 * 2 + 1 * 2) / 10, 12);
  });

  it('counts only what happens from the warm-up on, and totals over the whole run', () => {
    const m = model({
      horizon: 100,
      warmup: 45,
      itemTypes: [itemType('job', 1, { arrivals: { kind: 'batch', first: 0, every: 10, size: 4 } })],
      pools: [pool('bot', 1)],
      nodes: [exit('done'), step('work', [{ pool: 0, service: constant(2) }], fixed(0))],
    });
    const r = simulate(m, { seed: 1, replication: 0 });
    // Window [45, 100): batches at 50..90 arrive (20 items); the batch of 40 still finishes two at 46 and 48.
    expect([r.overall.arrived, r.overall.done, r.totals.arrived, r.totals.done]).toEqual([20, 22, 40, 40]);
    // Starts in the window: 46 (wait 6) and four per batch from 50 (waits 0, 2, 4, 6).
    expect(r.steps.work.wait.mean).toBeCloseTo((6 + 5 * 12) / 21, 12);
    expect(r.pools.bot.busyHours).toBeCloseTo(3 + 5 * 8, 12);
    expect(r.pools.bot.utilisation).toBeCloseTo(43 / 55, 12);
    expect(r.overall.throughputPerWeek).toBeCloseTo(22 / (55 / 168), 9);
  });

  it('sends items past a full queue to the overflow node, or turns them away as blocked', () => {
    const base = {
      horizon: 1,
      itemTypes: [itemType('job', 2, { arrivals: { kind: 'batch' as const, first: 0, every: 100, size: 4 } })],
      pools: [pool('bot', 1)],
    };
    const overflowing = model({
      ...base,
      nodes: [
        exit('done'),
        exit('spill', 'rejected'),
        step('work', [{ pool: 0, service: constant(5) }], fixed(0), { queueCapacity: 1, overflow: 1 }),
      ],
    });
    const r1 = simulate(overflowing, { seed: 1, replication: 0 });
    expect([r1.steps.work.overflowed, r1.totals.rejected, r1.totals.inSystemAtEnd]).toEqual([2, 2, 2]);
    const blocking = model({
      ...base,
      nodes: [
        exit('done'),
        exit('spill', 'rejected'),
        step('work', [{ pool: 0, service: constant(5) }], fixed(0), { queueCapacity: 1 }),
      ],
    });
    const r2 = simulate(blocking, { seed: 1, replication: 0 });
    expect([r2.steps.work.blocked, r2.totals.blocked, r2.overall.blocked, r2.totals.inSystemAtEnd]).toEqual([
      2, 2, 2, 2,
    ]);
  });
});
