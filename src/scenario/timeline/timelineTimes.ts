// When timeline entries happen: dates and weeks of the run to hours, and the steps of a ramp.

import { civilFromDays, daysFromCivil, monthLength, readDate } from '../units/date.js';
import { readDuration } from '../units/duration.js';
import { describeValue } from '../units/describeValue.js';

/** Most changes one ramp may make (a daily ramp over 270 years). */
export const MAX_RAMP_STEPS = 100_000;

/** Hours since the start of a date ("2027-02-01", midnight UTC) or a week of the run ("week 6": week 1 begins at 0). */
export function readWhen(value: unknown, startDay: number): { hours: number } | { error: string } {
  const expected = 'expected a date "YYYY-MM-DD" or a week of the run such as "week 6"';
  if (typeof value !== 'string') return { error: `${expected}, found ${describeValue(value)}` };
  const w = /^\s*week\s+(\d+)\s*$/i.exec(value);
  if (w !== null) {
    const n = Number(w[1]);
    if (n < 1) return { error: `${expected}; weeks are numbered from 1, found "${value}"` };
    return { hours: (n - 1) * 168 };
  }
  const d = readDate(value.trim());
  if ('error' in d) return { error: `${expected}, found "${value}"` };
  return { hours: (d.day - startDay) * 24 };
}

/** The date (YYYY-MM-DD) of hour `h` of the run, for messages. */
export function dateOf(h: number, startDay: number): string {
  const { y, m, d } = civilFromDays(startDay + Math.floor(h / 24));
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A ramp's step length: hours, or calendar months (1 for "month", 3 for "quarter"). */
export function readEvery(value: unknown): { hours: number } | { months: number } | { error: string } {
  if (value === undefined) return { hours: 24 };
  if (value === 'month') return { months: 1 };
  if (value === 'quarter') return { months: 3 };
  const d = readDuration(value);
  if ('error' in d) return { error: `${d.error}, or "month" or "quarter"` };
  if (!(d.hours > 0)) return { error: `expected a step longer than 0, found ${describeValue(value)}` };
  return { hours: d.hours };
}

/** The step times after `start` up to `end` (hours): every step length, or the same day of each later month. */
export function stepTimes(
  start: number,
  end: number,
  every: { hours: number } | { months: number },
  startDay: number,
): number[] {
  const out: number[] = [];
  if ('hours' in every) {
    for (let k = 1; start + k * every.hours <= end && k <= MAX_RAMP_STEPS; k++) out.push(start + k * every.hours);
    return out;
  }
  const day0 = startDay + Math.floor(start / 24);
  const within = start - Math.floor(start / 24) * 24;
  const { y, m, d } = civilFromDays(day0);
  for (let k = 1; k <= MAX_RAMP_STEPS; k++) {
    const month0 = m - 1 + k * every.months;
    const year = y + Math.floor(month0 / 12);
    const mo = month0 % 12;
    const day = daysFromCivil(year, mo + 1, Math.min(d, monthLength(year, mo)));
    const t = (day - startDay) * 24 + within;
    if (t > end) break;
    out.push(t);
  }
  return out;
}
