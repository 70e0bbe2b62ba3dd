// Calendar dates "YYYY-MM-DD" as day numbers, by pure arithmetic (no Date, no clock).

import { describeValue } from './describeValue.js';

/** Days since 1970-01-01 for a valid date, or an error message. */
export function readDate(value: unknown): { day: number } | { error: string } {
  const expected = 'expected a date "YYYY-MM-DD"';
  if (typeof value !== 'string') return { error: `${expected}, found ${describeValue(value)}` };
  const text = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return { error: `${expected}, found "${text}"` };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1 || d > monthLength(y, mo - 1)) {
    return { error: `${expected} between 1900-01-01 and 2999-12-31, found "${text}"` };
  }
  return { day: daysFromCivil(y, mo, d) };
}

/** Howard Hinnant's days_from_civil: days since 1970-01-01 of a proleptic Gregorian date. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date of a day number: year, month (1-12), day of month. Inverse of daysFromCivil. */
export function civilFromDays(z0: number): { y: number; m: number; d: number } {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Days in month `month0` (0 = January) of `year`. */
export function monthLength(year: number, month0: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month0];
}

/** Weekday of a day number, 0 = Monday. 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** Days of a month named rather than numbered: where they fall depends on the month and, for business days, a calendar. */
export const NAMED_MONTH_DAYS = ['last', 'first-business-day', 'last-business-day'] as const;
