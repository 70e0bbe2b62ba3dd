import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/index.js';
import { reviewModel } from '../support/index.js';
import { calendar, constant, exit, fixed, gate, itemType, model, officeWeek, pool, step } from '../support/index.js';
import { traceOf } from '../support/index.js';

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

describe('cost breakdown', () => {
  it('charges agents per task and busy hour and humans per paid hour, split by function', () => {
    const m = model({
      horizon: 168,
      functions: ['ops', 'sales'],
      calendars: [calendar('office', officeWeek)],
      itemTypes: [itemType('order', 2, { arrivals: { kind: 'batch', first: 0, every: 1000, size: 10 } })],
      pools: [
        pool('bot', 1, { costPerTask: 1, costPerBusyHour: 2 }),
        pool('reps', 2, { kind: 'human', calendar: 0, costPerPaidHour: 50 }),
      ],
      nodes: [
        exit('done'),
        step('fulfil', [{ pool: 0, service: constant(0.5) }], fixed(0), { fn: 0 }),
        step('sell', [{ pool: 1, service: constant(1) }], fixed(1), { fn: 1 }),
      ],
    });
    const r = simulate(m, { seed: 1, replication: 0 });
    expect(r.cost).toEqual({
      total: 4020,
      perOutcome: 402,
      perDone: 402,
      byFunction: { '(none)': 0, ops: 20, sales: 4000 },
      byKind: { agent: 20, human: 4000, executive: 0 },
      // 10 busy hours of 80 paid: 500 worked, 3,500 idle.
      byCause: { labour: 500, idleLabour: 3500, agentTasks: 20, rework: 0, escapedDefects: 0 },
    });
  });

  it('attributes tasks done in rework rounds to rework cost', () => {
    // Every build has an error, the check always catches it: one rework round, then 'exceeded' rejects.
    const m = model({
      horizon: 10,
      itemTypes: [itemType('feature', 1, { arrivals: { kind: 'batch', first: 0, every: 1000, size: 1 } })],
      pools: [pool('bot', 1, { costPerTask: 1, errorRate: [1] })],
      nodes: [
        exit('done'),
        step('build', [{ pool: 0, service: constant(1) }], fixed(2)),
        gate('check', fixed(0), { rework: { detect: 1, to: 1, maxRounds: 1, exceeded: 3 } }),
        exit('reject', 'rejected'),
      ],
    });
    expect(traceOf(m)).toEqual([
      '0 arrive #0 build',
      '0 start #0 build bot',
      '1 finish #0 build bot',
      '1 error #0 build bot',
      '1 caught #0 check rework',
      '1 start #0 build bot',
      '2 finish #0 build bot',
      '2 error #0 build bot',
      '2 caught #0 check exceeded',
      '2 exit #0 reject rejected',
    ]);
    const r = simulate(m, { seed: 1, replication: 0 });
    expect(r.cost.byCause).toEqual({ labour: 0, idleLabour: 0, agentTasks: 1, rework: 1, escapedDefects: 0 });
    expect(r.quality).toEqual({
      errorsMade: 2,
      errorsCaught: 2,
      errorsEscaped: 0,
      reworkRounds: 1,
      errorsDiscarded: 0,
      escapedDefectCost: 0,
    });
  });

  it('sums by cause and by function to the total, by kind to the total less escaped defects', () => {
    const r = simulate(reviewModel(), { seed: 3, replication: 0 });
    expect(r.cost.byCause.rework).toBeGreaterThan(0);
    expect(r.cost.byCause.escapedDefects).toBeGreaterThan(0);
    expect(sum(r.cost.byCause)).toBeCloseTo(r.cost.total, 6);
    expect(sum(r.cost.byFunction)).toBeCloseTo(r.cost.total, 6);
    expect(sum(r.cost.byKind) + r.cost.byCause.escapedDefects).toBeCloseTo(r.cost.total, 6);
  });
});
