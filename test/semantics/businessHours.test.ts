// SLAs and patience on a clock of working hours: an exact trace. Time 0 is Monday 4 January 2027,
// 00:00 UTC; the office opens weekdays 09:00-17:00, so a business day is 8 open hours.
import { describe, expect, test } from 'vitest';
import { formatIssue, loadScenario } from '../../src/scenario/index.js';
import { compileText, trace } from '../support/index.js';

// Two items arrive on Friday at 16:00 (112 h). The first holds the only agent for 1000 h; the
// second waits, so its SLA (or patience) is what ends its wait.
const scenario = (sla: string, extra = '') => `
opsim: 1
start: 2027-01-04
horizon: 3w
functions: [ops]
calendars:
  office: { week: weekdays 09:00-17:00 }
pools:
  agent: { kind: agent, capacity: 1 }
itemTypes:
  case: { arrivals: { batch: 2, every: 10w, first: 112h }, entry: work${extra} }
steps:
  work: { function: ops, serve: [{ pool: agent, time: 1000h }], next: done${sla} }
  late: { function: ops, serve: [{ pool: agent, time: 1m }], next: done }
  done: { kind: exit, outcome: done }
`;

const when = (text: string, event: string): number[] =>
  trace(compileText(text), 'business-hours')
    .records.filter((r) => r.event === event)
    .map((r) => r.t);

describe('working-hour clocks', () => {
  test('"2 business days" from Friday 16:00 runs out on Tuesday 16:00, not Sunday 16:00', () => {
    // Friday 16:00-17:00 is 1 open hour, Monday 8, Tuesday 09:00-16:00 the last 7: 16 open hours.
    expect(when(scenario(', sla: { limit: 2 business days, escalateTo: late, calendar: office }'), 'sla')).toEqual([
      8 * 24 + 16,
    ]);
    // The same limit on the wall clock: 48 hours later, on Sunday.
    expect(when(scenario(', sla: { limit: 48h, escalateTo: late }'), 'sla')).toEqual([112 + 48]);
  });

  test('an SLA in hours counts open hours when it names a calendar', () => {
    // 16 open hours of the office, as above.
    expect(when(scenario(', sla: { limit: 16h, escalateTo: late, calendar: office }'), 'sla')).toEqual([8 * 24 + 16]);
  });

  test("business days take the step's first pool's calendar when the SLA names none", () => {
    const text = scenario(', sla: { limit: 1 business day, escalateTo: late }')
      .replace('agent: { kind: agent, capacity: 1 }', 'agent: { kind: agent, capacity: 1, calendar: office }')
      .replace('first: 112h', 'first: 105h'); // Friday 09:00, when the agent's calendar opens
    // Friday 09:00-17:00 is the one business day: it runs out at 17:00.
    expect(when(text, 'sla')).toEqual([4 * 24 + 17]);
  });

  test('the report names the clock of each SLA and patience', () => {
    const clocks = (text: string) => {
      const run = trace(compileText(text), 'business-hours').run;
      return { sla: run.steps.work.slaClock, late: run.steps.late.slaClock, patience: run.byType.case.patienceClock };
    };
    expect(clocks(scenario(', sla: { limit: 2 business days, escalateTo: late, calendar: office }'))).toEqual({
      sla: 'working hours of office',
      late: undefined,
      patience: undefined,
    });
    expect(
      clocks(scenario(', sla: { limit: 48h, escalateTo: late }', ', patience: 4h, patienceCalendar: office')),
    ).toEqual({
      sla: 'wall clock',
      late: undefined,
      patience: 'working hours of office',
    });
    expect(clocks(scenario('', ', patience: 4h')).patience).toBe('wall clock');
  });

  test('patience counts open hours of patienceCalendar', () => {
    const text = scenario('', ', patience: 4h, patienceCalendar: office');
    // Friday 16:00-17:00, then Monday 09:00-12:00.
    expect(when(text, 'abandon')).toEqual([7 * 24 + 12]);
    expect(when(scenario('', ', patience: 4h'), 'abandon')).toEqual([116]);
  });

  test('bad clocks are refused with the field path', () => {
    const issues = (text: string) => {
      const r = loadScenario({ file: 'bh.yaml', text });
      return r.ok ? [] : r.issues.map(formatIssue);
    };
    expect(issues(scenario(', sla: { limit: 2 business days, escalateTo: late }'))).toEqual([
      'bh.yaml:13: steps.work.sla.limit: a limit in business days counts the open hours of a calendar: add calendar: ID to the sla, or serve the step with a pool that has a calendar',
    ]);
    expect(issues(scenario(', sla: { limit: 2 busines days, escalateTo: late, calendar: office }'))[0]).toMatch(
      /steps.work.sla.limit: .*or a number of business days such as "2 business days"/,
    );
    expect(issues(scenario(', sla: { limit: 8h, escalateTo: late, calendar: ofice }'))[0]).toMatch(
      /steps.work.sla.calendar: .*did you mean "office"/,
    );
    expect(issues(scenario('', ', patienceCalendar: office'))).toEqual([
      'bh.yaml:11: itemTypes.case.patienceCalendar: patienceCalendar sets the clock of patience; give patience too, or remove it',
    ]);
  });
});
