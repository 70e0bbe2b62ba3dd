// Prices on the timeline: each task is paid at the price in force when it completes, each busy or
// paid hour at the price in force when it passes, checked against costs computed by hand; and the
// cost's splits still add up to the total.
import { describe, expect, it } from 'vitest';
import { simulate, type RunResult } from '../../src/core/index.js';
import { compileText, oneStepScenario } from '../support/index.js';

const run = (text: string): RunResult => simulate(compileText(text), { seed: 1, replication: 0 });
const sum = (values: number[]) => values.reduce((s, x) => s + x, 0);

function expectSplitsSumToTotal(r: RunResult): void {
  const c = r.cost;
  expect(sum(Object.values(c.byCause))).toBeCloseTo(c.total, 9);
  expect(sum(Object.values(c.byFunction))).toBeCloseTo(c.total, 9);
  expect(sum(Object.values(c.byType).map((t) => t.total))).toBeCloseTo(c.total, 9);
}

/** One bot, paid per task and per busy hour, works four 10 h jobs that arrive at once. */
const agents = (timeline: string) =>
  oneStepScenario({
    horizon: '1w',
    pool: ['bots', 'kind: agent, capacity: 1, costPerTask: 1, costPerBusyHour: 2'],
    arrivals: 'batch: 4, every: 2w',
    time: '10h',
    extra: `timeline:\n${timeline}`,
  });

/** Two office workers paid by the hour, weekdays 09:00-17:00, with two 10-minute jobs a week; `o` changes the horizon, arrivals or warm-up. */
const people = (timeline: string, o: { horizon?: string; arrivals?: string; warmup?: string } = {}) =>
  oneStepScenario({
    horizon: o.horizon ?? '2w',
    pool: ['staff', 'kind: human, headcount: 2, calendar: office, costPerHour: 10'],
    arrivals: o.arrivals ?? 'batch: 2, every: 1w',
    time: '10m',
    extra: `${o.warmup ? `warmup: ${o.warmup}\n` : ''}calendars:\n  office: { week: "weekdays 09:00-17:00" }\ntimeline:\n${timeline}`,
  });

describe('prices on the timeline', () => {
  it('an agent pool whose prices double at 24 h pays each task at completion and splits the busy hour in service', () => {
    // One bot works four 10 h tasks back to back: they finish at 10, 20, 30 and 40 h. The third runs
    // from 20 h to 30 h across the change at 24 h, so 4 of its hours are at the old price.
    const r = run(
      agents('  reprice: { at: 2027-01-05, set: { pools.bots.costPerTask: 2, pools.bots.costPerBusyHour: 4 } }'),
    );
    const tasks = 2 * 1 + 2 * 2;
    const busy = 24 * 2 + 16 * 4;
    expect(r.pools.bots.tasks).toBe(4);
    expect(r.pools.bots.busyHours).toBe(40);
    expect(r.pools.bots.cost).toBeCloseTo(tasks + busy, 9);
    expect(r.cost.byKind.agent).toBeCloseTo(tasks + busy, 9);
    expectSplitsSumToTotal(r);
  });

  it('a change of price leaves everything but the cost as it was', () => {
    const {
      cost: _a,
      pools: poolsA,
      ...a
    } = run(agents('  reprice: { at: 2027-01-05, set: { pools.bots.costPerTask: 2 } }'));
    const {
      cost: _b,
      pools: poolsB,
      ...b
    } = run(agents('  reprice: { at: 2027-01-05, set: { pools.bots.costPerTask: 1 } }'));
    expect(a).toEqual(b);
    expect({ ...poolsA.bots, cost: 0 }).toEqual({ ...poolsB.bots, cost: 0 });
    expect(poolsB.bots.cost).toBe(4 * 1 + 40 * 2);
  });

  it("a human pool's costPerHour doubling at week 2 pays each week's 2 x 40 open hours at that week's price", () => {
    const r = run(people('  raise: { at: week 2, set: { pools.staff.costPerHour: 20 } }'));
    expect(r.pools.staff.paidHours).toBe(160);
    expect(r.pools.staff.cost).toBeCloseTo(2 * 40 * 10 + 2 * 40 * 20, 9);
    expect(r.cost.byCause.labour + r.cost.byCause.idleLabour).toBeCloseTo(2400, 9);
    expectSplitsSumToTotal(r);
  });

  it('the split by function, item type and cause prices each segment at its own prices', () => {
    // One bot; x (10 h at step a, function ops) arrives at 0 and is done at 10 h; y (10 h at step b,
    // function sales) arrives at 20 h and is in service from 20 to 30 h, across the change at 24 h.
    // Before: 1 task at 1, 14 busy hours at 2 (10 for x, 4 for y) = 29. After: 1 task at 2, 6 busy
    // hours at 4 (y) = 26. So ops and x cost 1 + 10 x 2 = 21; sales and y 4 x 2 + 2 + 6 x 4 = 34.
    // (At the pools' average prices, 1.5 per task and 2.6 per hour, x would cost 27.5 and y 27.5.)
    const r = run(`
opsim: 1
horizon: 1w
functions: [ops, sales]
pools:
  bots: { kind: agent, capacity: 1, costPerTask: 1, costPerBusyHour: 2 }
itemTypes:
  x: { arrivals: { batch: 1, every: 2w }, entry: a }
  y: { arrivals: { batch: 1, every: 2w, first: 20h }, entry: b }
steps:
  a: { function: ops, serve: [{ pool: bots, time: 10h }], next: done }
  b: { function: sales, serve: [{ pool: bots, time: 10h }], next: done }
  done: { kind: exit, outcome: done }
timeline:
  reprice: { at: 2027-01-05, set: { pools.bots.costPerTask: 2, pools.bots.costPerBusyHour: 4 } }
`);
    expect(r.pools.bots.cost).toBeCloseTo(55, 9);
    expect(r.cost.byFunction.ops).toBeCloseTo(21, 9);
    expect(r.cost.byFunction.sales).toBeCloseTo(34, 9);
    expect(r.cost.byType.x.total).toBeCloseTo(21, 9);
    expect(r.cost.byType.y.total).toBeCloseTo(34, 9);
    expect(r.cost.byType.y.byCause.agentTasks).toBeCloseTo(34, 9);
    expect(r.cost.byCause.agentTasks).toBeCloseTo(55, 9);
    expectSplitsSumToTotal(r);
  });

  it("a human pool's idle hours are paid at the price of the week they fall in", () => {
    // Six 10-minute jobs on Monday of week 1 (1 busy hour), none in week 2; 80 paid hours a week at 10,
    // then 20. Labour: 1 h x 10; idle: 79 x 10 + 80 x 20 = 2,390 (the average price, 15, would give 2,385).
    const r = run(
      people('  raise: { at: week 2, set: { pools.staff.costPerHour: 20 } }', { arrivals: 'batch: 6, every: 2w' }),
    );
    expect(r.pools.staff.busyHours).toBeCloseTo(1, 9);
    expect(r.pools.staff.cost).toBeCloseTo(80 * 10 + 80 * 20, 9);
    expect(r.cost.byCause.labour).toBeCloseTo(10, 9);
    expect(r.cost.byCause.idleLabour).toBeCloseTo(2390, 9);
    expect(r.cost.byType.job.byCause.idleLabour).toBeCloseTo(2390, 9);
    expectSplitsSumToTotal(r);
  });

  it("a forum session's chair hours that span a price change are paid on each side of it", () => {
    // The board meets on Monday at 22:00 and decides two items, 2 h each, one after another: a's from
    // 22:00 to 24:00 at 100 an hour, b's from 24:00 to 02:00 Tuesday at 300, after the change at 24 h.
    const r = run(`
opsim: 1
horizon: 1w
functions: [ops, exec]
pools:
  board: { kind: executive, headcount: 1, calendar: always, costPerHour: 100 }
calendars:
  always: { week: always }
itemTypes:
  a: { arrivals: { batch: 1, every: 2w, first: 1h }, entry: review }
  b: { arrivals: { batch: 1, every: 2w, first: 2h }, entry: review }
steps:
  review: { kind: forum, function: exec, schedule: { every: week, day: mon, at: "22:00" }, chair: board, hoursPerDecision: 2, next: done }
  done: { kind: exit, outcome: done }
timeline:
  raise: { at: 2027-01-05, set: { pools.board.costPerHour: 300 } }
`);
    expect(r.pools.board.busyHours).toBe(4);
    expect(r.pools.board.cost).toBeCloseTo(2 * 100 + 2 * 300, 9);
    expect(r.cost.byType.a.total).toBeCloseTo(200, 9);
    expect(r.cost.byType.b.total).toBeCloseTo(600, 9);
    expect(r.cost.byFunction.exec).toBeCloseTo(800, 9);
    expectSplitsSumToTotal(r);
  });

  it("an executive pool's costPerHour prices its hours of decisions, split at the change", () => {
    // Two 20 h decisions back to back (0-20 h and 20-40 h); the price goes from 100 to 300 at 24 h.
    const r = run(
      oneStepScenario({
        horizon: '2d',
        pool: ['board', 'kind: executive, headcount: 1, calendar: always, costPerHour: 100'],
        arrivals: 'batch: 2, every: 1w',
        time: '20h',
        extra: `calendars:
  always: { week: always }
timeline:
  raise: { at: 2027-01-05, set: { pools.board.costPerHour: 300 } }`,
      }),
    );
    expect(r.pools.board.busyHours).toBe(40);
    expect(r.pools.board.cost).toBeCloseTo(24 * 100 + 16 * 300, 9);
    expectSplitsSumToTotal(r);
  });

  it('a price change before the warm-up ends prices the whole window at the new price', () => {
    const r = run(people('  raise: { at: 2027-01-06, set: { pools.staff.costPerHour: 20 } }', { warmup: '1w' }));
    expect(r.pools.staff.paidHours).toBe(80);
    expect(r.pools.staff.cost).toBeCloseTo(80 * 20, 9);
  });

  it('a weekly ramp of costPerHour from 10 to 20 over three weeks pays each week at its step', () => {
    // Steps at the start of weeks 1 to 4: 10, 13.33, 16.67 and 20.
    const r = run(
      people('  raise: { ramp: pools.staff.costPerHour, from: 10, to: 20, start: week 1, end: week 4, every: 1w }', {
        horizon: '4w',
      }),
    );
    expect(r.pools.staff.paidHours).toBe(320);
    expect(r.pools.staff.cost).toBeCloseTo(80 * (10 + 40 / 3 + 50 / 3 + 20), 9);
    expectSplitsSumToTotal(r);
  });
});
