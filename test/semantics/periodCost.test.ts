// Cost per done item per period, by hand: a period's cost is what the window accrued in it (tasks at
// the price in force when they complete, busy hours at the price in force as they pass), and the
// periods' costs and done counts combine to the run's cost per done item exactly.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/index.js';
import { withPeriods } from '../../src/scenario/index.js';
import { compileText, oneStepScenario } from '../support/index.js';

// Twenty 10 h jobs at time 0 on one bot: it is busy from 0 to 200 h, finishing one every 10 h. The
// start (4 January 2027) is a Monday, so the first week ends at 168 h, in the middle of the 17th job.
const bots = (extra: string, jobFields?: string) =>
  oneStepScenario({
    horizon: '2w',
    pool: ['bots', 'kind: agent, capacity: 1, costPerTask: 1, costPerBusyHour: 2'],
    arrivals: 'batch: 20, every: 4w',
    time: '10h',
    jobFields,
    extra,
  });

const weekly = (text: string) =>
  simulate(withPeriods(compileText(text), undefined, 'week'), { seed: 1, replication: 0 });

describe('cost per done item per period', () => {
  it('splits the cost at the week boundary: tasks by when they complete, busy hours by when they pass', () => {
    const r = weekly(bots(''));
    const [w1, w2] = r.periods!;
    // Week 1: 16 tasks done (at 10 ... 160 h) and 168 busy hours; week 2: 4 tasks and 32 hours.
    expect([w1.done, w2.done]).toEqual([16, 4]);
    expect([w1.cost, w2.cost]).toEqual([16 * 1 + 168 * 2, 4 * 1 + 32 * 2]);
    expect([w1.costPerDone, w2.costPerDone]).toEqual([352 / 16, 68 / 4]);
    expect([w1.inSystemAtEnd, w2.inSystemAtEnd]).toEqual([4, 0]);
    expect(r.cost.total).toBe(420);
    expect((w1.cost + w2.cost) / (w1.done + w2.done)).toBe(r.cost.perDone);
  });

  it('a price change on the timeline is paid in the period it applies to', () => {
    // Prices double at 24 h: the tasks done at 10 and 20 h and the first 24 busy hours are at the old prices.
    const r = weekly(
      bots(
        'timeline:\n  reprice: { at: 2027-01-05, set: { pools.bots.costPerTask: 2, pools.bots.costPerBusyHour: 4 } }',
      ),
    );
    const [w1, w2] = r.periods!;
    expect([w1.cost, w2.cost]).toEqual([2 * 1 + 14 * 2 + 24 * 2 + 144 * 4, 4 * 2 + 32 * 4]);
    expect([w1.costPerDone, w2.costPerDone]).toEqual([654 / 16, 136 / 4]);
    expect(r.cost.total).toBe(790);
    expect((w1.cost + w2.cost) / (w1.done + w2.done)).toBe(r.cost.perDone);
  });

  it('customer costs count in the period they arise: delay by the hours waited in it', () => {
    // Each job costs 1 per hour in the system: job j (1..20) is in it for 10j hours.
    const r = weekly(bots('', 'delayCostPerHour: 1'));
    const [w1, w2] = r.periods!;
    // Week 1: the 16 jobs done in it (10 + ... + 160 h) and the 4 still waiting at 168 h (168 h each).
    const delay1 = (10 * (16 * 17)) / 2 + 4 * 168;
    const delay2 = 2 + 12 + 22 + 32;
    expect([w1.cost, w2.cost]).toEqual([352 + delay1, 68 + delay2]);
    expect(w1.cost + w2.cost).toBe(r.cost.total);
  });
});
