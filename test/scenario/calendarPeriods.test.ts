// Monthly and quarterly forum schedules: session times worked out from calendar dates. Time 0 is
// Monday 4 January 2027, 00:00 UTC, so day n of the run starts at 24 n hours.
import { describe, expect, test } from 'vitest';
import type { ForumNode } from '../../src/core/index.js';
import { formatIssue, loadScenario } from '../../src/scenario/index.js';

function scenario(schedule: string, extra = ''): string {
  return `
opsim: 1
start: 2027-01-04
horizon: 52w
functions: [ops]
calendars:
  london: { week: weekdays 09:00-17:00, holidays: [2027-03-31, 2027-12-31] }
  new-york: { week: weekdays 09:00-17:00, utcOffset: -5 }
pools:
  bot: { kind: agent, capacity: 1 }
  coo: { kind: executive, calendar: new-york, budget: 10h/w }
itemTypes:
  job: { arrivals: { poisson: 1/d }, entry: review }
steps:
  review: { kind: forum, function: ops, schedule: ${schedule}, next: done${extra} }
  done: { kind: exit, outcome: done }
`;
}

function sessions(schedule: string, extra = ''): number[] {
  const r = loadScenario({ file: 'periods.yaml', text: scenario(schedule, extra) });
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
  const s = (r.model.nodes.find((n) => n.id === 'review') as ForumNode).schedule;
  if (s.kind !== 'dated') throw new Error(`expected dated sessions, found ${s.kind}`);
  return s.times;
}

/** Hours from time 0 to a date and UTC hour of 2027 (month 1-12). */
function at(month: number, day: number, hourUtc: number): number {
  const lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const dayOfYear = lengths.slice(0, month - 1).reduce((s, x) => s + x, 0) + day - 1;
  return (dayOfYear - 3) * 24 + hourUtc;
}

describe('calendar-month and quarter schedules', () => {
  test("day 31 falls on each month's last day (28 February, 30 April)", () => {
    const t = sessions('{ every: month, day: 31, at: "10:00", calendar: london }');
    expect(t.slice(0, 4)).toEqual([at(1, 31, 10), at(2, 28, 10), at(3, 31, 10), at(4, 30, 10)]);
    expect(t).toHaveLength(12);
  });

  test("last-business-day skips weekends and the calendar's holidays", () => {
    // 31 January 2027 is a Sunday; 31 March a Wednesday but a London holiday; 31 December a holiday.
    const t = sessions('{ every: month, day: last-business-day, at: "16:00", calendar: london }');
    expect([t[0], t[2], t[11]]).toEqual([at(1, 29, 16), at(3, 30, 16), at(12, 30, 16)]);
  });

  test('first-business-day and last', () => {
    // 1 January is before time 0, so the first session is February's; 1 May 2027 is a Saturday: the
    // first business day is Monday 3 May.
    expect(sessions('{ every: month, day: first-business-day, at: "09:00", calendar: london }')[3]).toBe(at(5, 3, 9));
    expect(sessions('{ every: month, day: last, at: "09:00", calendar: london }')[1]).toBe(at(2, 28, 9));
  });

  test('quarters are calendar quarters; month picks which month of each', () => {
    // The 52-week run ends on 3 January 2028, so 1 January 2028 (day 362) is its last session.
    expect(sessions('{ every: quarter, day: 1, at: "09:00", calendar: london }')).toEqual([
      at(4, 1, 9),
      at(7, 1, 9),
      at(10, 1, 9),
      362 * 24 + 9,
    ]);
    // Quarter-end reviews: the last business day of March, June, September and December.
    expect(sessions('{ every: quarter, month: 3, day: last-business-day, at: "09:00", calendar: london }')).toEqual([
      at(3, 30, 9),
      at(6, 30, 9),
      at(9, 30, 9),
      at(12, 30, 9),
    ]);
  });

  test("the chair's calendar sets the time zone when the schedule names none; without either, UTC and Monday to Friday", () => {
    expect(sessions('{ every: month, day: 1, at: "10:00" }', ', chair: coo')[0]).toBe(at(2, 1, 15));
    expect(sessions('{ every: month, day: 1, at: "10:00" }')[0]).toBe(at(2, 1, 10));
    expect(sessions('{ every: month, day: last-business-day, at: "10:00" }')[0]).toBe(at(1, 29, 10));
  });

  test('in a calendar behind UTC, an evening session of the month before time 0 that falls after it is held', () => {
    // 22:00 on Sunday 3 January in New York (UTC-5) is before time 0; with the run starting on
    // 1 February, 22:00 on 31 January in New York is 03:00 on 1 February UTC, 3 hours into the run.
    const r = loadScenario({
      file: 'periods.yaml',
      text: scenario('{ every: month, day: last, at: "22:00", calendar: new-york }').replace(
        'start: 2027-01-04',
        'start: 2027-02-01',
      ),
    });
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
    const s = (r.model.nodes.find((n) => n.id === 'review') as ForumNode).schedule;
    expect(s.kind === 'dated' ? s.times.slice(0, 2) : []).toEqual([3, 28 * 24 + 3]);
    // The same for quarters: 22:00 on 31 December 2026 in New York is 03:00 on 1 January 2027 UTC.
    const q = loadScenario({
      file: 'periods.yaml',
      text: scenario('{ every: quarter, month: 3, day: last, at: "22:00", calendar: new-york }').replace(
        'start: 2027-01-04',
        'start: 2027-01-01',
      ),
    });
    if (!q.ok) throw new Error(q.issues.map(formatIssue).join('\n'));
    const qs = (q.model.nodes.find((n) => n.id === 'review') as ForumNode).schedule;
    expect(qs.kind === 'dated' ? qs.times[0] : -1).toBe(3);
  });

  test('bad days, months and fields are refused with the field path', () => {
    const issues = (schedule: string) => {
      const r = loadScenario({ file: 'periods.yaml', text: scenario(schedule) });
      return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
    };
    expect(issues('{ every: month, day: 32 }')).toEqual([
      "steps.review.schedule.day: expected a day of the month from 1 to 31 (days past a month's end fall on its last day) or one of last, first-business-day, last-business-day, found the number 32",
    ]);
    expect(issues('{ every: month, day: last-friday }')[0]).toMatch(
      /^steps.review.schedule.day: expected a day of the month/,
    );
    expect(issues('{ every: month, day: 1, month: 2 }')).toEqual([
      'steps.review.schedule.month: month (1 to 3: which month of each quarter) goes with every: quarter',
    ]);
    expect(issues('{ every: quarter, day: 1, month: 4 }')[0]).toMatch(/^steps.review.schedule.month: /);
    expect(issues('{ every: quarter, day: 1, first: 2h }')).toEqual([
      'steps.review.schedule.first: a quarterly schedule is set by day and at, not first',
    ]);
    expect(issues('{ every: month, day: 1, calendar: paris }')[0]).toMatch(/^steps.review.schedule.calendar: /);
  });
});
