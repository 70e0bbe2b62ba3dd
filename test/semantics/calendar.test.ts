// Office calendars: people start work only when their calendar is open, never on a holiday, and are
// paid for the open hours. The model starts on Monday 4 January 2027; 18 January (day 14) is a
// holiday, a Monday.
import { describe, expect, it } from 'vitest';
import { compileText, replicate, trace } from '../support/index.js';

const holiday = 14;

// Three jobs every Sunday at 12:00 UTC; one person, 09:00-17:00 UTC on weekdays, 1 h a job. They start
// at 09:00, 10:00 and 11:00 on Monday: waits of 21, 22 and 23 h. In the holiday week they wait a day
// longer (45, 46, 47 h). The window [1w, 9w] sees eight Mondays' starts, one of them the holiday week:
// mean wait (7 x 22 + 46) / 8 = 25 h, and 8 x 40 - 8 = 312 paid hours.
const weekly = `
opsim: 1
name: Sunday batch
horizon: 9w
warmup: 1w
functions: [ops]
calendars:
  office: { week: weekdays 09:00-17:00, holidays: [2027-01-18] }
pools:
  clerk: { kind: human, headcount: 1, calendar: office, costPerHour: 10 }
itemTypes:
  job: { arrivals: { batch: 3, every: 1w, first: 156h }, entry: work }
steps:
  work:
    function: ops
    serve: [{ pool: clerk, time: 1h }]
    next: done
  done: { kind: exit, outcome: done }
`;

// Poisson arrivals around the clock to three people in New York (UTC-5), 70% busy over their open hours.
const newYork = `
opsim: 1
name: New York office
horizon: 4w
functions: [ops]
calendars:
  office: { utcOffset: -5, week: weekdays 09:00-17:00, holidays: [2027-01-18] }
pools:
  team: { kind: human, headcount: 3, calendar: office, costPerHour: 10, shiftEnd: finish }
itemTypes:
  job: { arrivals: { poisson: 0.5/h }, entry: work }
steps:
  work:
    function: ops
    serve: [{ pool: team, time: { dist: exponential, mean: 1h } }]
    next: done
  done: { kind: exit, outcome: done }
`;

describe('office calendar with a holiday', () => {
  it('starts Sunday arrivals at Monday 09:00, or Tuesday 09:00 after a holiday Monday', () => {
    const [run] = replicate(compileText(weekly), 1, 'semantics');
    expect(run.steps.work.completions).toBe(24);
    expect(run.steps.work.wait.mean).toBeCloseTo(25, 9);
    expect(run.overall.cycleTime.mean).toBeCloseTo(26, 9);
  });

  it('pays for open hours only: 8 weeks x 40 h minus the 8 h holiday', () => {
    const [run] = replicate(compileText(weekly), 1, 'semantics');
    expect(run.pools.clerk.paidHours).toBeCloseTo(312, 9);
    expect(run.pools.clerk.cost).toBeCloseTo(3_120, 9);
    expect(run.pools.clerk.busyHours).toBeCloseTo(24, 9);
    expect(run.pools.clerk.utilisation).toBeCloseTo(24 / 312, 9);
  });

  it('never starts or resumes a task outside 09:00-17:00 New York time on a working day', () => {
    const { records } = trace(compileText(newYork), 'semantics');
    const starts = records.filter((r) => (r.event === 'start' || r.event === 'resume') && r.pool === 'team');
    expect(starts.length).toBeGreaterThan(300); // ~0.5/h x 672 h, so the check is not vacuous
    for (const r of starts) {
      const local = r.t - 5;
      const day = Math.floor(local / 24);
      const hour = local - 24 * day;
      const weekday = ((day % 7) + 7) % 7; // 0 = Monday
      const where = `${r.event} of item ${r.item} at t = ${r.t} h (day ${day}, ${hour.toFixed(3)} h local)`;
      expect(weekday < 5, `${where}: weekend`).toBe(true);
      expect(day !== holiday, `${where}: holiday`).toBe(true);
      expect(hour >= 9 - 1e-9 && hour < 17, `${where}: outside office hours`).toBe(true);
    }
  });

  it('starts the weekend backlog at 09:00 New York time on the first working day', () => {
    const { records } = trace(compileText(newYork), 'semantics');
    const startsAt = (localHour: number) =>
      records.filter((r) => r.event === 'start' && Math.abs(r.t - 5 - localHour) < 1e-9).length;
    expect(startsAt(7 * 24 + 9)).toBe(3); // Monday 11 January: all three people at once
    expect(startsAt(holiday * 24 + 9)).toBe(0); // Monday 18 January: holiday
    expect(startsAt((holiday + 1) * 24 + 9)).toBe(3); // Tuesday 19 January
  });
});
