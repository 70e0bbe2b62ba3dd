// The model start date as the engine needs it: weekday, day of month and the month lengths ahead.

import { civilFromDays, monthLength, readDate, weekdayOf } from '../units/date.js';

/** Default start: Monday 4 January 2027. */
export const DEFAULT_START = '2027-01-04';
const MONTHS_AHEAD = 36;

export function startDate(start: string | undefined): { day: number; startWeekday: number; startDayOfMonth: number; monthLengths: number[] } {
  const r = readDate(start ?? DEFAULT_START);
  const day = 'day' in r ? r.day : (readDate(DEFAULT_START) as { day: number }).day;
  const { y, m, d } = civilFromDays(day);
  const monthLengths: number[] = [];
  for (let i = 0; i < MONTHS_AHEAD; i++) {
    const month0 = (m - 1 + i) % 12;
    const year = y + Math.floor((m - 1 + i) / 12);
    monthLengths.push(monthLength(year, month0));
  }
  return { day, startWeekday: weekdayOf(day), startDayOfMonth: d, monthLengths };
}
