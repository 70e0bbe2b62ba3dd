import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/index.js';
import { reviewModel } from '../support/index.js';
import { calendar, constant, exit, fixed, gate, itemType, model, officeWeek, pool, step } from '../support/index.js';
import { traceOf } from '../support/index.js';

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
const NONE = {
  labour: 0,
  idleLabour: 0,
  agentTasks: 0,
  rework: 0,
  escapedDefects: 0,
  lostWork: 0,
  delay: 0,
  slaPenalties: 0,
};

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
      byCause: { ...NONE, labour: 500, idleLabour: 3500, agentTasks: 20 },
      byType: {
        order: { total: 4020, perDone: 402, byCause: { ...NONE, labour: 500, idleLabour: 3500, agentTasks: 20 } },
      },
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
    expect(r.cost.byCause).toEqual({ ...NONE, agentTasks: 1, rework: 1 });
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
    expect(sum({ ...r.cost.byCause })).toBeCloseTo(r.cost.total, 6);
    expect(sum(r.cost.byFunction)).toBeCloseTo(r.cost.total, 6);
    expect(sum(r.cost.byKind) + r.cost.byCause.escapedDefects).toBeCloseTo(r.cost.total, 6);
  });

  it('splits a pool by item type: tasks and busy hours to the type served, idle hours by busy share', () => {
    // One rep (10 an hour, paid all 10 hours). Two small items at 0 take [0,1] and [1,2]; the big one
    // arrives at 0.5 and is served [2,3]; an impatient one arrives at 0.5 and gives up at 0.75.
    const batch = (first: number, size: number) => ({ kind: 'batch' as const, first, every: 1000, size });
    const m = model({
      horizon: 10,
      functions: ['ops'],
      itemTypes: [
        itemType('big', 1, { arrivals: batch(0.5, 1), delayCostPerHour: 5 }),
        itemType('impatient', 1, { arrivals: batch(0.5, 1), patience: constant(0.25), abandonCost: 100 }),
        itemType('small', 1, { arrivals: batch(0, 2) }),
      ],
      pools: [pool('rep', 1, { kind: 'human', costPerPaidHour: 10 }, 3)],
      nodes: [exit('done'), step('work', [{ pool: 0, service: [1, 1, 1].map(constant) }], fixed(0), { fn: 0 })],
    });
    const r = simulate(m, { seed: 1, replication: 0 });
    // 3 busy hours of 10 paid: 30 worked, 70 idle, split 1:2 by busy hours. The big item is in the
    // system 0.5 to 3: 2.5 hours at 5. The impatient one is lost: 100.
    expect(r.cost.byType.big).toEqual({
      total: 10 + 70 / 3 + 12.5,
      perDone: 10 + 70 / 3 + 12.5,
      byCause: { ...NONE, labour: 10, idleLabour: 70 / 3, delay: 12.5 },
    });
    expect(r.cost.byType.impatient).toEqual({ total: 100, perDone: 0, byCause: { ...NONE, lostWork: 100 } });
    expect(r.cost.byType.small.byCause).toEqual({ ...NONE, labour: 20, idleLabour: (70 * 2) / 3 });
    expect(r.cost.byType.small.perDone).toBeCloseTo((20 + 140 / 3) / 2, 12);
    expect(r.cost.byCause).toEqual({ ...NONE, labour: 30, idleLabour: 70, lostWork: 100, delay: 12.5 });
    expect(r.cost.total).toBe(212.5);
    // Lost work goes to the function where it was lost, delay to no function.
    expect(r.cost.byFunction).toEqual({ '(none)': 12.5, ops: 200 });
    expect(r.cost.byKind).toEqual({ agent: 0, human: 100, executive: 0 });
  });

  it('charges an SLA breach penalty to the step breached and the item type', () => {
    // Two items at 0, one server for an hour each: the second waits past the 0.5-hour SLA and leaves.
    const m = model({
      horizon: 10,
      functions: ['ops'],
      itemTypes: [itemType('ticket', 1, { arrivals: { kind: 'batch', first: 0, every: 1000, size: 2 } })],
      pools: [pool('bot', 1, { costPerTask: 1 })],
      nodes: [
        exit('done'),
        step('work', [{ pool: 0, service: constant(1) }], fixed(0), {
          fn: 0,
          sla: { limit: 0.5, to: 2, calendar: -1, penalty: 300 },
        }),
        exit('late', 'rejected'),
      ],
    });
    const r = simulate(m, { seed: 1, replication: 0 });
    expect(r.steps.work.slaEscalations).toBe(1);
    expect(r.cost.byCause).toEqual({ ...NONE, agentTasks: 1, slaPenalties: 300 });
    expect(r.cost.byType.ticket).toEqual({
      total: 301,
      perDone: 301,
      byCause: { ...NONE, agentTasks: 1, slaPenalties: 300 },
    });
    expect(r.cost.byFunction).toEqual({ '(none)': 0, ops: 301 });
  });
});
