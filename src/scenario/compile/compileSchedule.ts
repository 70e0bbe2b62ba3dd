// Forum schedules to session times. Weekly and fixed-period schedules stay periodic (first, every);
// calendar-month and quarter schedules become the list of their session times up to the horizon,
// computed here from dates, because the engine knows hours, not months: the 31st clamps to each
// month's end, and "last-business-day" needs the calendar's working week and holidays.
//
// A schedule keeps the time of a calendar: the one it names, else its chair's, else UTC. So "10:00 on
// the last business day" is 10:00 in the office that holds the review, on a day that office works.

import type { ForumNode } from '../../core/index.js';
import type { CalendarDoc, ScenarioDoc, ScheduleDoc } from '../doc/scenarioDoc.js';
import { readClock } from '../units/clock.js';
import { civilFromDays, daysFromCivil, monthLength, readDate, weekdayOf } from '../units/date.js';
import { parseDuration } from '../units/duration.js';
import { weekIntervals, WEEKDAYS } from './compileCalendar.js';

const hours = (d: unknown): number => parseDuration(d === 0 ? '0' : String(d));

/** The calendar whose clock and working days a schedule follows, or undefined for UTC and Monday to Friday. */
export function scheduleCalendar(s: ScheduleDoc, chair: string | undefined, doc: ScenarioDoc): CalendarDoc | undefined {
  const pool = chair === undefined ? undefined : (doc.pools[chair] as { calendar?: string } | undefined);
  const id = s.calendar ?? pool?.calendar;
  return id === undefined ? undefined : doc.calendars?.[id];
}

export function compileSchedule(
  s: ScheduleDoc,
  chair: string | undefined,
  doc: ScenarioDoc,
  startDay: number,
  horizon: number,
): ForumNode['schedule'] {
  const clock = (at: string | undefined): number => {
    const r = readClock(at ?? '00:00');
    return 'hour' in r ? r.hour : 0;
  };
  const calendar = scheduleCalendar(s, chair, doc);
  const offset = calendar?.utcOffset ?? 0;
  // checkSteps has checked the shape of each kind of schedule; the schema only knows the fields.
  if (s.every === 'week') {
    // Local hour of week of the session, less the local hour of week at time 0, mod one week.
    const target = WEEKDAYS.indexOf(s.day as (typeof WEEKDAYS)[number]) * 24 + clock(s.at);
    const first = (((target - offset - weekdayOf(startDay) * 24) % 168) + 168) % 168;
    return { kind: 'periodic', first, every: 168 };
  }
  if (s.every === 'month' || s.every === 'quarter') {
    return { kind: 'dated', times: datedSessions(s, calendar, startDay, horizon, clock(s.at) - offset) };
  }
  return { kind: 'periodic', first: s.first === undefined ? 0 : hours(s.first), every: hours(s.every) };
}

/** Session times in [0, horizon) of a monthly or quarterly schedule; `hourUtc` is the session's hour of its day, in UTC. */
function datedSessions(
  s: ScheduleDoc,
  calendar: CalendarDoc | undefined,
  startDay: number,
  horizon: number,
  hourUtc: number,
): number[] {
  const working = workingDay(calendar);
  const step = s.every === 'quarter' ? 3 : 1;
  const { y, m } = civilFromDays(startDay);
  // The month of time 0, or for quarters the chosen month of its quarter; then one month (or quarter)
  // earlier, since in a calendar behind UTC the evening of the month before is already after time 0
  // (22:00 on 31 January in UTC-5 is 03:00 on 1 February, UTC). Sessions before time 0 are skipped.
  let month0 = (s.every === 'quarter' ? Math.floor((m - 1) / 3) * 3 + ((s.month ?? 1) - 1) : m - 1) - step;
  let year = y + Math.floor(month0 / 12);
  month0 = ((month0 % 12) + 12) % 12;
  const times: number[] = [];
  for (;;) {
    const first = daysFromCivil(year, month0 + 1, 1);
    const day = dayOfMonth(s.day as number | string, year, month0, first, working);
    const t = (first + day - 1 - startDay) * 24 + hourUtc;
    if (t >= horizon) break; // sessions only get later, month by month
    if (t >= 0) times.push(t);
    month0 += step;
    year += Math.floor(month0 / 12);
    month0 %= 12;
  }
  return times;
}

/** Day of the month (1-based) a schedule's `day` names in one month. */
function dayOfMonth(
  day: number | string,
  year: number,
  month0: number,
  first: number,
  working: (day: number) => boolean,
): number {
  const length = monthLength(year, month0);
  if (typeof day === 'number') return Math.min(day, length);
  if (day === 'last') return length;
  // A month with no working day at all (a calendar that never opens) keeps its nominal day.
  if (day === 'first-business-day') {
    for (let d = 1; d <= length; d++) if (working(first + d - 1)) return d;
    return 1;
  }
  for (let d = length; d >= 1; d--) if (working(first + d - 1)) return d;
  return length;
}

/** Whether a day (days since 1970-01-01, local) is a working day: its weekday has open hours and it is no holiday. */
export function workingDay(calendar: CalendarDoc | undefined): (day: number) => boolean {
  if (calendar === undefined) return (day) => weekdayOf(day) < 5;
  const week = weekIntervals(calendar.week);
  const open = WEEKDAYS.map((_, w) => week.some(([o, c]) => o < (w + 1) * 24 && c > w * 24));
  const holidays = new Set(
    (calendar.holidays ?? []).flatMap((h) => {
      const r = readDate(h);
      return 'day' in r ? [r.day] : [];
    }),
  );
  return (day) => open[weekdayOf(day)] && !holidays.has(day);
}
