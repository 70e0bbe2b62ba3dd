// The model start date as the engine needs it: its day number and weekday.

import { readDate, weekdayOf } from '../units/date.js';

/** Default start: Monday 4 January 2027. */
export const DEFAULT_START = '2027-01-04';

/** `day` is days since 1970-01-01; time 0 is that day's midnight, UTC. */
export function startDate(start: string | undefined): { day: number; startWeekday: number } {
  const r = readDate(start ?? DEFAULT_START);
  const day = 'day' in r ? r.day : (readDate(DEFAULT_START) as { day: number }).day;
  return { day, startWeekday: weekdayOf(day) };
}
