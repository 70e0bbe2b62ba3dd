// An executive's weekly budget of decision hours: no decision starts once the week's budget is spent,
// but a decision started with budget left runs to its end. So in any week, the decisions started
// before the last one fit in the budget, and with decisions of fixed length t a week holds at most
// ceil(B / t) <= floor(B / t) + 1 of them. The budget resets on Monday 00:00 of the executive's calendar.
import { describe, expect, it } from 'vitest';
import { compileText, replicate, trace } from '../support/index.js';

// Far more escalations (10 a week) than a 2 h budget allows. Decisions are taken on weekdays
// 09:00-17:00, so none straddles a week boundary.
const escalations = (decision: string) => `
opsim: 1
name: busy COO
horizon: 9w
warmup: 1w
functions: [ops]
calendars:
  office: { week: weekdays 09:00-17:00 }
pools:
  coo: { kind: executive, calendar: office, budget: 2h/w, costPerHour: 400 }
itemTypes:
  issue: { arrivals: { poisson: 10/w }, entry: decide }
steps:
  decide:
    function: ops
    serve: [{ pool: coo, time: ${decision} }]
    next: done
  done: { kind: exit, outcome: done }
`;

describe('executive budget of 2 h a week', () => {
  it('takes exactly ceil(2 / 0.75) = 3 decisions of 45 min a week under a backlog: 2.25 h, one overrun', () => {
    const [run] = replicate(compileText(escalations('45m')), 1, 'semantics');
    const coo = run.executives.coo;
    expect(coo.decided).toBe(8 * 3);
    expect(coo.decidedPerWeek).toBeCloseTo(3, 9);
    // Demand is what arrived (about 10 a week), not what the budget let through.
    expect(coo.escalations).toBe(run.steps.decide.arrivals);
    expect(coo.escalations).toBeGreaterThan(coo.decided);
    expect(coo.hoursConsumed).toBeCloseTo(8 * 2.25, 9);
    expect(coo.budgetUtilisation).toBeCloseTo(2.25 / 2, 9);
    expect(run.cost.byKind.executive).toBeCloseTo(8 * 2.25 * 400, 6);
  });

  it('never starts more than floor(2 / 0.75) + 1 = 3 decisions of 45 min in any calendar week', () => {
    const { records } = trace(compileText(escalations('45m')), 'semantics');
    const perWeek = new Map<number, number>();
    for (const r of records)
      if (r.event === 'start' && r.node === 'decide')
        perWeek.set(Math.floor(r.t / 168), (perWeek.get(Math.floor(r.t / 168)) ?? 0) + 1);
    for (const [week, n] of perWeek) expect(n, `week ${week}`).toBeLessThanOrEqual(3);
    for (let week = 1; week < 9; week++) expect(perWeek.get(week), `week ${week}, with a backlog`).toBe(3);
  });

  it('takes exactly 2 / 0.5 = 4 decisions of 30 min a week: the budget is used up without overrun', () => {
    const [run] = replicate(compileText(escalations('30m')), 1, 'semantics');
    expect(run.executives.coo.decided).toBe(8 * 4);
    expect(run.executives.coo.budgetUtilisation).toBeCloseTo(1, 9);
  });

  it('with random decision times, starts no decision in a week once the hours already started reach 2 h', () => {
    const model = compileText(escalations('{ dist: exponential, mean: 30m }'));
    for (const replication of [0, 1, 2]) {
      const { records } = trace(model, 'budget', replication);
      const began = new Map<number, number>();
      const weeks = new Map<number, number[]>(); // week -> durations of decisions started in it, in order
      for (const r of records) {
        if (r.node !== 'decide') continue;
        if (r.event === 'start') began.set(r.item, r.t);
        if (r.event === 'finish') {
          const t0 = began.get(r.item)!;
          const week = Math.floor(t0 / 168);
          weeks.set(week, [...(weeks.get(week) ?? []), r.t - t0]);
        }
      }
      expect(weeks.size).toBeGreaterThanOrEqual(8);
      for (const [week, durations] of weeks) {
        const beforeLast = durations.slice(0, -1).reduce((s, x) => s + x, 0);
        expect(beforeLast, `week ${week}: ${durations.length} decisions, ${beforeLast} h before the last`).toBeLessThan(
          2,
        );
      }
    }
  });
});
