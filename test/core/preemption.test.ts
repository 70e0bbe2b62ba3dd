import { describe, expect, it } from 'vitest';
import { simulate, type Model, type StepNode } from '../../src/core/index.js';
import { traceToLog } from '../../src/eventlog/index.js';
import { calendar, constant, exit, fixed, itemType, model, officeWeek, pool, step, traceOf } from '../support/index.js';

const once = (first: number) => ({ kind: 'batch' as const, first, every: 1000, size: 1 });

/**
 * A 5-hour routine task at 0 and a 1-hour urgent one at `urgentAt`, at one pre-emptive step served by
 * `servers` agents (types in id order: routine 0, urgent 1; urgent ranked first).
 */
function interrupted(preempt: StepNode['preempt'], urgentAt = 2, over: Partial<Model> = {}): Model {
  return model({
    horizon: 100,
    itemTypes: [itemType('routine', 1, { arrivals: once(0) }), itemType('urgent', 1, { arrivals: once(urgentAt) })],
    pools: [pool('clerk', 1, { costPerBusyHour: 10, costPerTask: 1 }, 2)],
    nodes: [
      exit('done'),
      step('work', [{ pool: 0, service: [constant(5), constant(1)] }], fixed(0), {
        discipline: { kind: 'priorityByType', rank: [1, 0] },
        preempt,
      }),
    ],
    ...over,
  });
}

describe('pre-emptive priority', () => {
  it('resume: the urgent arrival takes the server; the routine task continues its remaining 3 hours', () => {
    expect(traceOf(interrupted('resume'))).toEqual([
      '0 arrive #0 work',
      '0 start #0 work clerk',
      '2 arrive #1 work',
      '2 preempt #0 work clerk resume',
      '2 start #1 work clerk',
      '3 finish #1 work clerk',
      '3 start #0 work clerk',
      '3 exit #1 done done',
      '6 finish #0 work clerk',
      '6 exit #0 done done',
    ]);
  });

  it('restart: the routine task starts over with a new draw (5 hours again)', () => {
    expect(traceOf(interrupted('restart')).slice(3)).toEqual([
      '2 preempt #0 work clerk restart',
      '2 start #1 work clerk',
      '3 finish #1 work clerk',
      '3 start #0 work clerk',
      '3 exit #1 done done',
      '8 finish #0 work clerk',
      '8 exit #0 done done',
    ]);
  });

  it('without preempt the urgent task waits for the routine one to finish', () => {
    expect(traceOf(interrupted(undefined)).slice(3)).toEqual([
      '2 enqueue #1 work',
      '5 finish #0 work clerk',
      '5 start #1 work clerk',
      '5 exit #0 done done',
      '6 finish #1 work clerk',
      '6 exit #1 done done',
    ]);
  });

  it('counts busy hours, tasks and cost once: resume 6 h and 2 tasks, restart 8 h (the lost 2 h paid)', () => {
    const figures = (preempt: StepNode['preempt']) => {
      const r = simulate(interrupted(preempt), { seed: 1, replication: 0 });
      const clerk = r.pools.clerk;
      return [clerk.busyHours, clerk.tasks, clerk.cost, r.steps.work.completions];
    };
    expect(figures('resume')).toEqual([6, 2, 62, 2]);
    expect(figures('restart')).toEqual([8, 2, 82, 2]);
  });

  it('counts one pre-emption at the step (resume and restart alike); a step without preempt has no such figure', () => {
    const count = (preempt: StepNode['preempt']) =>
      simulate(interrupted(preempt), { seed: 1, replication: 0 }).steps.work.preemptions;
    expect([count('resume'), count('restart'), count(undefined)]).toEqual([1, 1, undefined]);
  });

  it('counts only interruptions from the warm-up on', () => {
    const r = simulate(interrupted('resume', 2, { warmup: 3 }), { seed: 1, replication: 0 });
    expect(r.steps.work.preemptions).toBe(0);
    const late = simulate(interrupted('resume', 2, { warmup: 2 }), { seed: 1, replication: 0 });
    expect(late.steps.work.preemptions).toBe(1);
  });

  it('the ledger: the routine visit has 5 h of service and 1 h back in the queue (resume)', () => {
    const r = simulate(interrupted('resume'), { seed: 1, replication: 0 });
    expect(r.cycleLedger.nodes.work).toEqual({ visits: 2, waitHours: 1, serviceHours: 6 });
    expect(r.byType.routine.cycleTime.mean).toBe(6);
    expect(r.byType.urgent.cycleTime.mean).toBe(1);
    // Waits before the first start: none (both found the server free or took it).
    expect(r.steps.work.wait.mean).toBe(0);
    // One hour of the routine task back in the queue, over a 100-hour window.
    expect(r.steps.work.queueMean).toBeCloseTo(1 / 100, 12);
  });

  it('an arrival of equal priority does not interrupt', () => {
    const m = interrupted('resume');
    m.itemTypes[1] = itemType('urgent', 1, { arrivals: once(2) });
    (m.nodes[1] as StepNode).discipline = { kind: 'priorityByType', rank: [0, 0] };
    expect(traceOf(m).filter((l) => l.includes('preempt'))).toEqual([]);
  });

  it('several servers: the lowest-priority task is interrupted, of those the one started last', () => {
    // Three types: low (rank 2), mid (rank 1), top (rank 0); two agents. low at 0, mid at 1, low at 1.5 waits;
    // top at 2 interrupts low #0 (the lowest priority), not mid.
    const m = model({
      horizon: 100,
      itemTypes: [
        itemType('a-low', 1, { arrivals: { kind: 'batch', first: 0, every: 1.5, size: 1 } }),
        itemType('b-mid', 1, { arrivals: once(1) }),
        itemType('c-top', 1, { arrivals: once(2) }),
      ],
      pools: [pool('agents', 2, {}, 3)],
      nodes: [
        exit('done'),
        step('work', [{ pool: 0, service: [constant(4), constant(4), constant(1)] }], fixed(0), {
          discipline: { kind: 'priorityByType', rank: [2, 1, 0] },
          preempt: 'resume',
        }),
      ],
    });
    const lines = traceOf(m).filter((l) => Number(l.split(' ')[0]) <= 3);
    const preempts = traceOf(m).filter((l) => l.includes('preempt')).length;
    expect(simulate(m, { seed: 1, replication: 0 }).steps.work.preemptions).toBe(preempts);
    expect(lines).toEqual([
      '0 arrive #0 work',
      '0 start #0 work agents',
      '1 arrive #1 work',
      '1 start #1 work agents',
      '1.5 arrive #2 work',
      '1.5 enqueue #2 work',
      '2 arrive #3 work',
      '2 preempt #0 work agents resume',
      '2 start #3 work agents',
      // The interrupted task goes ahead of the low-priority task that was already waiting.
      '3 finish #3 work agents',
      '3 start #0 work agents',
      '3 exit #3 done done',
      '3 arrive #4 work',
      '3 enqueue #4 work',
    ]);
  });

  /** Office hours Mon-Fri 09-17; routine 10 h from 09:00 Monday, paused at 17:00 with 2 h left; urgent (1 h) arrives at 20:00. */
  function overnight(preempt: StepNode['preempt'], shiftEnd: 'pause' | 'finish' = 'pause'): Model {
    const m = interrupted(preempt, 20, { calendars: [calendar('office', officeWeek)] });
    m.pools[0] = pool('clerk', 1, { kind: 'human', calendar: 0, shiftEnd, costPerPaidHour: 10 }, 2);
    m.itemTypes[0] = itemType('routine', 1, { arrivals: once(9) });
    (m.nodes[1] as StepNode).servers[0].service = [constant(10), constant(1)];
    return m;
  }

  it('a closed shift: the paused task is not interrupted; at the opening the waiting urgent task displaces it (resume: its 2 h left)', () => {
    expect(traceOf(overnight('resume'))).toEqual([
      '9 arrive #0 work',
      '9 start #0 work clerk',
      '17 pause #0 work clerk',
      '20 arrive #1 work',
      '20 enqueue #1 work',
      // Tuesday 09:00: the urgent task is served first; the paused one goes back to the queue, not to work.
      '33 preempt #0 work clerk resume',
      '33 start #1 work clerk',
      '34 finish #1 work clerk',
      '34 start #0 work clerk',
      '34 exit #1 done done',
      '36 finish #0 work clerk',
      '36 exit #0 done done',
    ]);
    const r = simulate(overnight('resume'), { seed: 1, replication: 0 });
    // 8 h on Monday, 1 h urgent, 2 h left: 11 busy hours, two tasks, one pre-emption; cycle 27 h and 14 h.
    expect([r.pools.clerk.busyHours, r.pools.clerk.tasks, r.steps.work.preemptions]).toEqual([11, 2, 1]);
    expect([r.byType.routine.cycleTime.mean, r.byType.urgent.cycleTime.mean]).toEqual([27, 14]);
  });

  it('a closed shift, restart: the displaced paused task starts over at 34 with its full 10 h (7 on Tuesday, 3 on Wednesday)', () => {
    expect(traceOf(overnight('restart')).slice(5)).toEqual([
      '33 preempt #0 work clerk restart',
      '33 start #1 work clerk',
      '34 finish #1 work clerk',
      '34 start #0 work clerk',
      '34 exit #1 done done',
      '41 pause #0 work clerk',
      '57 resume #0 work clerk',
      '60 finish #0 work clerk',
      '60 exit #0 done done',
    ]);
    const r = simulate(overnight('restart'), { seed: 1, replication: 0 });
    // The 8 h of Monday are lost, and paid: 8 + 1 + 10 busy hours.
    expect([r.pools.clerk.busyHours, r.pools.clerk.tasks]).toEqual([19, 2]);
  });

  it('a closed shift, finish: the task runs on in overtime; one still running at the opening is displaced too', () => {
    // Routine 30 h from 09:00 Monday with finish: overtime through the night, still running at 09:00 Tuesday.
    const m = overnight('resume', 'finish');
    (m.nodes[1] as StepNode).servers[0].service = [constant(30), constant(1)];
    expect(traceOf(m)).toEqual([
      '9 arrive #0 work',
      '9 start #0 work clerk',
      '20 arrive #1 work',
      '20 enqueue #1 work',
      '33 preempt #0 work clerk resume',
      '33 start #1 work clerk',
      '34 finish #1 work clerk',
      '34 start #0 work clerk',
      '34 exit #1 done done',
      '40 finish #0 work clerk',
      '40 exit #0 done done',
    ]);
    const r = simulate(m, { seed: 1, replication: 0 });
    // Busy 24 h (09:00 Mon to 09:00 Tue) + 1 + 6; overtime 17:00 Mon to 09:00 Tue = 16 h.
    expect([r.pools.clerk.busyHours, r.pools.clerk.overtimeHours]).toEqual([31, 16]);
  });

  it('at an opening, a pool serving two pre-emptive steps displaces at the one where urgent work waits', () => {
    // The clerk also serves step a-first, where nothing waits; the urgent task waits at work.
    const m = overnight('resume');
    const queue = { discipline: { kind: 'priorityByType' as const, rank: [1, 0] }, preempt: 'resume' as const };
    m.nodes = [
      step('a-first', [{ pool: 0, service: constant(1) }], fixed(1), queue),
      exit('done'),
      { ...m.nodes[1], next: fixed(1) } as StepNode,
    ];
    m.itemTypes = m.itemTypes.map((ty) => ({ ...ty, entry: 2 }));
    expect(traceOf(m).slice(5, 8)).toEqual([
      '33 preempt #0 work clerk resume',
      '33 start #1 work clerk',
      '34 finish #1 work clerk',
    ]);
  });

  it('at an opening a free server takes the urgent task; no task in hand is displaced', () => {
    const m = overnight('resume');
    m.pools[0] = pool('clerk', 2, { kind: 'human', calendar: 0, shiftEnd: 'pause' }, 2);
    expect(traceOf(m).slice(5, 8)).toEqual([
      '33 start #1 work clerk',
      '33 resume #0 work clerk',
      '34 finish #1 work clerk',
    ]);
  });

  it('at an opening a waiting task of the same class does not displace the paused one', () => {
    const m = overnight('resume');
    (m.nodes[1] as StepNode).discipline = { kind: 'priorityByType', rank: [0, 0] };
    expect(traceOf(m).slice(5, 7)).toEqual(['33 resume #0 work clerk', '35 finish #0 work clerk']);
  });

  it('the event log of a paused task displaced at the opening: one suspend, and a resume when it is taken again', () => {
    const events: string[] = [];
    const m = overnight('resume');
    const toLog = traceToLog(
      m,
      { startMs: 0, offsetMin: 0 },
      (e) => events.push(`${e.ms / 3_600_000} ${e.caseId} ${e.activity} ${e.lifecycle} ${e.resource ?? ''}`.trim()),
      () => {},
    );
    simulate(m, { seed: 1, replication: 0, monitor: toLog });
    expect(events.filter((e) => !e.includes('schedule'))).toEqual([
      '9 item-0 work start clerk#0',
      '17 item-0 work suspend clerk#0',
      '33 item-1 work start clerk#0',
      '34 item-1 work complete clerk#0',
      '34 item-0 work resume clerk#0',
      '36 item-0 work complete clerk#0',
    ]);
  });

  it('an open shift: the interrupted spell is busy time up to the interruption, once', () => {
    const m = interrupted('resume', 12, { calendars: [calendar('office', officeWeek)] });
    m.pools[0] = pool('clerk', 1, { kind: 'human', calendar: 0, shiftEnd: 'pause', costPerPaidHour: 10 }, 2);
    m.itemTypes[0] = itemType('routine', 1, { arrivals: once(9) });
    expect(traceOf(m).slice(0, 9)).toEqual([
      '9 arrive #0 work',
      '9 start #0 work clerk',
      '12 arrive #1 work',
      '12 preempt #0 work clerk resume',
      '12 start #1 work clerk',
      '13 finish #1 work clerk',
      '13 start #0 work clerk',
      '13 exit #1 done done',
      '15 finish #0 work clerk',
    ]);
    const r = simulate(m, { seed: 1, replication: 0 });
    expect([r.pools.clerk.busyHours, r.pools.clerk.tasks]).toEqual([6, 2]);
  });

  it('the event log shows the interruption as suspend and resume of the task, the server released between', () => {
    const events: string[] = [];
    const toLog = traceToLog(
      interrupted('resume'),
      { startMs: 0, offsetMin: 0 },
      (e) => events.push(`${e.ms / 3_600_000} ${e.caseId} ${e.activity} ${e.lifecycle} ${e.resource ?? ''}`.trim()),
      () => {},
    );
    simulate(interrupted('resume'), { seed: 1, replication: 0, monitor: toLog });
    expect(events.filter((e) => !e.includes('schedule'))).toEqual([
      '0 item-0 work start clerk#0',
      '2 item-0 work suspend clerk#0',
      '2 item-1 work start clerk#0',
      '3 item-1 work complete clerk#0',
      '3 item-0 work resume clerk#0',
      '6 item-0 work complete clerk#0',
    ]);
  });

  it('with conditional pools, an hourly shift and rework, every item is accounted for and no pool works more than it has', () => {
    // Three types ranked by an attribute (descending), an agent that may serve only low-rank items and a
    // clerk working 09-17 with pause, restart on interruption, an error rate caught by the step itself.
    const m = model({
      horizon: 24 * 21,
      attributes: ['rank'],
      calendars: [calendar('office', officeWeek)],
      itemTypes: [
        itemType('a', 1, { arrivals: { kind: 'poisson', ratePerHour: 1.5 }, attributes: [constant(1)] }),
        itemType('b', 1, { arrivals: { kind: 'poisson', ratePerHour: 1 }, attributes: [constant(2)] }),
        itemType('c', 1, { arrivals: { kind: 'poisson', ratePerHour: 0.5 }, attributes: [constant(3)] }),
      ],
      pools: [
        pool('agent', 2, {}, 3),
        pool('clerk', 2, { kind: 'human', calendar: 0, shiftEnd: 'pause', errorRate: [0.2, 0.2, 0.2] }, 3),
      ],
      nodes: [
        exit('done'),
        step(
          'work',
          [
            {
              pool: 0,
              service: [constant(0.5), constant(0.5), constant(0.5)],
              when: { kind: 'attr', attr: 0, op: 'lt', value: 2.5 },
            },
            { pool: 1, service: [constant(0.4), constant(0.6), constant(0.8)] },
          ],
          fixed(0),
          {
            discipline: { kind: 'priorityByAttr', attr: 0, order: 'desc' },
            preempt: 'restart',
            rework: { detect: 0.5, to: 1, maxRounds: 3, exceeded: 0 },
          },
        ),
      ],
    });
    const r = simulate(m, { seed: 3, replication: 0 });
    const t = r.totals;
    expect(t.arrived).toBe(t.done + t.doneWithDefect + t.rejected + t.abandoned + t.blocked + t.inSystemAtEnd);
    expect(r.pools.agent.busyHours).toBeLessThanOrEqual(2 * 24 * 21 + 1e-9);
    expect(r.pools.clerk.busyHours).toBeLessThanOrEqual(r.pools.clerk.paidHours + 1e-9);
    expect(traceOf(m).some((l) => l.includes('preempt'))).toBe(true);
  });
});
