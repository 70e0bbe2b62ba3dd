import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/index.js';
import { constant, exit, fixed, itemType, model, pool, step } from '../support/index.js';
import { traceOf } from '../support/index.js';
import type { Model, ForumNode } from '../../src/core/index.js';

function forumModel(schedule: ForumNode['schedule'], perSession: number, over: Partial<Model> = {}): Model {
  return model({
    horizon: 400,
    itemTypes: [itemType('proposal', 1, { arrivals: { kind: 'batch', first: 0, every: 1000, size: 3 } })],
    pools: [pool('coo', 1, { kind: 'executive', costPerBusyHour: 100 })],
    nodes: [
      exit('done'),
      {
        id: 'review',
        kind: 'forum',
        fn: -1,
        rework: null,
        next: fixed(0),
        schedule,
        perSession,
        chair: 0,
        hoursPerDecision: 0.5,
      },
    ],
    ...over,
  });
}

describe('forums', () => {
  it('hold items until a session and decide up to perSession, oldest first', () => {
    const lines = traceOf(forumModel({ kind: 'periodic', first: 10, every: 168 }, 2)).filter((l) =>
      l.includes('decide'),
    );
    expect(lines).toEqual(['10 decide #0 review coo', '10 decide #1 review coo', '178 decide #2 review coo']);
    const r = simulate(forumModel({ kind: 'periodic', first: 10, every: 168 }, 2), { seed: 1, replication: 0 });
    expect([
      r.steps.review.completions,
      r.steps.review.wait.mean,
      r.executives.coo.hoursConsumed,
      r.cost.total,
      r.totals.escalations,
    ]).toEqual([3, (10 + 10 + 178) / 3, 1.5, 150, 3]);
  });

  it('dated sessions sit at exactly the listed times, those before the horizon', () => {
    const m = forumModel({ kind: 'dated', times: [58, 730, 1400] }, Infinity, {
      horizon: 1000,
      itemTypes: [itemType('proposal', 1, { arrivals: { kind: 'batch', first: 0, every: 500, size: 3 } })],
    });
    expect(
      traceOf(m)
        .filter((l) => l.includes('decide'))
        .map((l) => l.split(' ')[0]),
    ).toEqual(['58', '58', '58', '730', '730', '730']);
  });
});

describe('initial work in progress and series', () => {
  it('places items in service first, then waiting ones, with cycle times counted from -age', () => {
    const m = model({
      horizon: 10,
      traceEvery: 2,
      itemTypes: [itemType('job', 1, { arrivals: { kind: 'poisson', ratePerHour: 0 } })],
      pools: [pool('p', 1)],
      nodes: [exit('done'), step('work', [{ pool: 0, service: constant(3) }], fixed(0))],
      initialWip: [
        { type: 0, node: 1, state: 'waiting', count: 1, ageHours: 1 },
        { type: 0, node: 1, state: 'inService', count: 1, ageHours: 4 },
      ],
    });
    expect(traceOf(m)).toEqual([
      '0 arrive #0 work',
      '0 start #0 work p',
      '0 arrive #1 work',
      '0 enqueue #1 work',
      '3 finish #0 work p',
      '3 start #1 work p',
      '3 exit #0 done done',
      '6 finish #1 work p',
      '6 exit #1 done done',
    ]);
    const r = simulate(m, { seed: 1, replication: 0 });
    expect(r.overall.cycleTime.mean).toBe((7 + 7) / 2);
    expect(r.series).toEqual({ t: [0, 2, 4, 6, 8], wip: [2, 2, 1, 0, 0], queues: { work: [1, 1, 0, 0, 0] } });
  });
});
