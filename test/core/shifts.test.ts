import { describe, expect, it } from 'vitest';
import { simulate, type Model } from '../../src/core/index.js';
import { calendar, constant, exit, fixed, itemType, model, officeWeek, pool, step } from '../support/index.js';
import { traceOf } from '../support/index.js';

/** One 10-hour task arriving Monday 00:00 for one office worker (Mon–Fri 09–17). */
function tenHourTask(shiftEnd: 'finish' | 'pause', holidays: number[] = []): Model {
  return model({
    horizon: 168,
    calendars: [calendar('office', officeWeek, { holidays })],
    itemTypes: [itemType('task', 1, { arrivals: { kind: 'batch', first: 0, every: 1000, size: 1 } })],
    pools: [pool('clerk', 1, { kind: 'human', calendar: 0, shiftEnd, costPerPaidHour: 10 })],
    nodes: [exit('done'), step('work', [{ pool: 0, service: constant(10) }], fixed(0))],
  });
}

describe('shifts', () => {
  it('pause: work stops at closing and resumes at the next opening with the time left', () => {
    expect(traceOf(tenHourTask('pause'))).toEqual([
      '0 arrive #0 work',
      '0 enqueue #0 work',
      '9 start #0 work clerk',
      '17 pause #0 work clerk',
      '33 resume #0 work clerk',
      '35 finish #0 work clerk',
      '35 exit #0 done done',
    ]);
    const r = simulate(tenHourTask('pause'), { seed: 1, replication: 0 });
    expect([r.pools.clerk.busyHours, r.pools.clerk.overtimeHours, r.pools.clerk.paidHours, r.pools.clerk.cost]).toEqual(
      [10, 0, 40, 400],
    );
  });

  it('pause: a task due exactly at closing completes then, not the next morning', () => {
    const m = tenHourTask('pause');
    m.nodes[1] = step('work', [{ pool: 0, service: constant(8) }], fixed(0));
    expect(traceOf(m).slice(2)).toEqual(['9 start #0 work clerk', '17 finish #0 work clerk', '17 exit #0 done done']);
  });

  it('pause: paused tasks keep their servers, resume first at the opening, then waiting work starts', () => {
    const m = tenHourTask('pause');
    m.pools[0].capacity = 2;
    m.itemTypes[0].arrivals = { kind: 'batch', first: 0, every: 1000, size: 3 };
    expect(traceOf(m).filter((l) => !l.includes('arrive') && !l.includes('exit'))).toEqual([
      '0 enqueue #0 work',
      '0 enqueue #1 work',
      '0 enqueue #2 work',
      '9 start #0 work clerk',
      '9 start #1 work clerk',
      '17 pause #0 work clerk',
      '17 pause #1 work clerk',
      '33 resume #0 work clerk',
      '33 resume #1 work clerk',
      '35 finish #0 work clerk',
      '35 start #2 work clerk',
      '35 finish #1 work clerk',
      '41 pause #2 work clerk',
      '57 resume #2 work clerk',
      '61 finish #2 work clerk',
    ]);
    const r = simulate(m, { seed: 1, replication: 0 });
    expect([r.pools.clerk.busyHours, r.pools.clerk.paidHours, r.steps.work.wait.mean]).toEqual([
      30,
      80,
      (9 + 9 + 35) / 3,
    ]);
  });

  it('finish: the task in hand is finished in overtime, counted as busy and paid but not available', () => {
    expect(traceOf(tenHourTask('finish')).slice(2)).toEqual([
      '9 start #0 work clerk',
      '19 finish #0 work clerk',
      '19 exit #0 done done',
    ]);
    const r = simulate(tenHourTask('finish'), { seed: 1, replication: 0 });
    expect([
      r.pools.clerk.busyHours,
      r.pools.clerk.overtimeHours,
      r.pools.clerk.paidHours,
      r.pools.clerk.utilisation,
    ]).toEqual([10, 2, 42, 10 / 40]);
  });

  it('serves nothing on a holiday: a Monday holiday moves the start to Tuesday 09:00', () => {
    expect(traceOf(tenHourTask('pause', [0])).slice(2)).toEqual([
      '33 start #0 work clerk',
      '41 pause #0 work clerk',
      '57 resume #0 work clerk',
      '59 finish #0 work clerk',
      '59 exit #0 done done',
    ]);
    const r = simulate(tenHourTask('pause', [0]), { seed: 1, replication: 0 });
    expect(r.pools.clerk.paidHours).toBe(32);
  });

  it('pays humans open hours x headcount whether busy or idle', () => {
    const m = tenHourTask('finish');
    m.pools[0].capacity = 3;
    m.horizon = 2 * 168;
    const r = simulate(m, { seed: 1, replication: 0 });
    expect([r.pools.clerk.paidHours, r.pools.clerk.cost]).toEqual([3 * 80 + 2, (3 * 80 + 2) * 10]);
  });
});

describe('executive budget', () => {
  it('starts no decision once the week’s hours are spent, and resumes on Monday', () => {
    const m = model({
      horizon: 2 * 168,
      itemTypes: [itemType('case', 1, { arrivals: { kind: 'batch', first: 0, every: 1000, size: 5 } })],
      pools: [pool('ceo', 1, { kind: 'executive', budgetHoursPerWeek: 2, costPerBusyHour: 100 })],
      nodes: [exit('done'), step('decide', [{ pool: 0, service: constant(1.5) }], fixed(0), { escalation: true })],
    });
    const starts = traceOf(m).filter((l) => l.includes(' start '));
    expect(starts).toEqual([
      '0 start #0 decide ceo',
      '1.5 start #1 decide ceo',
      '168 start #2 decide ceo',
      '169.5 start #3 decide ceo',
    ]);
    const r = simulate(m, { seed: 1, replication: 0 });
    // Five escalations received, four decided, one still waiting at the end.
    expect(r.executives.ceo).toEqual({
      escalations: 5,
      escalationsPerWeek: 2.5,
      escalationsAdHoc: 5,
      escalationsAtForum: 0,
      decided: 4,
      decidedPerWeek: 2,
      decidedAdHoc: 4,
      decidedAtForum: 0,
      abandonedWaiting: 0,
      turnedAway: 0,
      leftBySla: 0,
      waitingAtEnd: 1,
      hoursConsumed: 6,
      budgetPerWeek: 2,
      budgetHours: 4,
      budgetUtilisation: 1.5,
      decisionWait: r.executives.ceo.decisionWait,
    });
    expect([r.totals.escalations, r.cost.total, r.cost.byKind.executive]).toEqual([5, 600, 600]);
  });
});
