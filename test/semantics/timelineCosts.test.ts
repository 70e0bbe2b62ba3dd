// Prices on the timeline: each task is paid at the price in force when it completes, each busy or
// paid hour at the price in force when it passes, checked against costs computed by hand; and the
// cost's splits still add up to the total.
import { describe, expect, it } from 'vitest';
import { simulate, type RunResult } from '../../src/core/index.js';
import { compileText } from '../support/index.js';

const run = (text: string): RunResult => simulate(compileText(text), { seed: 1, replication: 0 });
const sum = (values: number[]) => values.reduce((s, x) => s + x, 0);

function expectSplitsSumToTotal(r: RunResult): void {
  const c = r.cost;
  expect(sum(Object.values(c.byCause))).toBeCloseTo(c.total, 9);
  expect(sum(Object.values(c.byFunction))).toBeCloseTo(c.total, 9);
  expect(sum(Object.values(c.byType).map((t) => t.total))).toBeCloseTo(c.total, 9);
}

const agents = (timeline: string) => `
opsim: 1
horizon: 1w
functions: [ops]
pools:
  bots: { kind: agent, capacity: 1, costPerTask: 1, costPerBusyHour: 2 }
itemTypes:
  job: { arrivals: { batch: 4, every: 2w }, entry: work }
steps:
  work:
    function: ops
    serve: [{ pool: bots, time: 10h }]
    next: done
  done: { kind: exit, outcome: done }
timeline:
${timeline}
`;

const people = (timeline: string, horizon = '2w') => `
opsim: 1
horizon: ${horizon}
functions: [ops]
pools:
  staff: { kind: human, headcount: 2, calendar: office, costPerHour: 10 }
calendars:
  office: { week: "weekdays 09:00-17:00" }
itemTypes:
  job: { arrivals: { batch: 2, every: 1w }, entry: work }
steps:
  work:
    function: ops
    serve: [{ pool: staff, time: 10m }]
    next: done
  done: { kind: exit, outcome: done }
timeline:
${timeline}
`;

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
    // Idle hours are the paid hours nobody worked, at the paid hours' average price.
    expect(r.cost.byCause.labour + r.cost.byCause.idleLabour).toBeCloseTo(2400, 9);
    expectSplitsSumToTotal(r);
  });

  it("an executive pool's costPerHour prices its hours of decisions, split at the change", () => {
    // Two 20 h decisions back to back (0-20 h and 20-40 h); the price goes from 100 to 300 at 24 h.
    const r = run(`
opsim: 1
horizon: 2d
functions: [ops]
pools:
  board: { kind: executive, headcount: 1, calendar: always, costPerHour: 100 }
calendars:
  always: { week: always }
itemTypes:
  case: { arrivals: { batch: 2, every: 1w }, entry: decide }
steps:
  decide:
    function: ops
    serve: [{ pool: board, time: 20h }]
    next: done
  done: { kind: exit, outcome: done }
timeline:
  raise: { at: 2027-01-05, set: { pools.board.costPerHour: 300 } }
`);
    expect(r.pools.board.busyHours).toBe(40);
    expect(r.pools.board.cost).toBeCloseTo(24 * 100 + 16 * 300, 9);
    expectSplitsSumToTotal(r);
  });

  it('a price change before the warm-up ends prices the whole window at the new price', () => {
    const r = run(
      people('  raise: { at: 2027-01-06, set: { pools.staff.costPerHour: 20 } }').replace(
        'horizon:',
        'warmup: 1w\nhorizon:',
      ),
    );
    expect(r.pools.staff.paidHours).toBe(80);
    expect(r.pools.staff.cost).toBeCloseTo(80 * 20, 9);
  });

  it('a weekly ramp of costPerHour from 10 to 20 over three weeks pays each week at its step', () => {
    // Steps at the start of weeks 1 to 4: 10, 13.33, 16.67 and 20.
    const r = run(
      people(
        '  raise: { ramp: pools.staff.costPerHour, from: 10, to: 20, start: week 1, end: week 4, every: 1w }',
        '4w',
      ),
    );
    expect(r.pools.staff.paidHours).toBe(320);
    expect(r.pools.staff.cost).toBeCloseTo(80 * (10 + 40 / 3 + 50 / 3 + 20), 9);
    expectSplitsSumToTotal(r);
  });
});
