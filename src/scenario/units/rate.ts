// Rates are "<number>/<unit or duration>": "40/d", "3.5/h", "5/2w". The engine counts per hour.

import { describeValue } from './describeValue.js';
import { readDuration } from './duration.js';

/** Highest rate the format accepts: a million per hour. */
export const MAX_RATE_PER_HOUR = 1e6;

/** Per-hour rate for a valid rate string (and the length of its period: "40/d" is 40 per 24 h), or a message saying what was expected and what was found. */
export function readRate(value: unknown): { perHour: number; periodHours: number } | { error: string } {
  const expected = 'expected a rate such as "40/d", "3.5/h" or "200/w"';
  if (typeof value !== 'string') return { error: `${expected}, found ${describeValue(value)}` };
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*\/\s*(\S+)\s*$/.exec(value);
  if (m === null) return { error: `${expected}, found "${value}"` };
  const per = /^[smhdw]$/.test(m[2]) ? readDuration('1' + m[2]) : readDuration(m[2]);
  if ('error' in per || per.hours === 0) return { error: `${expected}, found "${value}"` };
  const perHour = Number(m[1]) / per.hours;
  if (!(perHour <= MAX_RATE_PER_HOUR)) {
    return { error: `rate "${value}" is ${perHour} per hour, above the limit of ${MAX_RATE_PER_HOUR} per hour` };
  }
  return { perHour, periodHours: per.hours };
}

/** Per-hour rate of a string such as "40/d"; NaN when the text is not a valid rate (validate first for a message). */
export function parseRate(s: string): number {
  const r = readRate(s);
  return 'perHour' in r ? r.perHour : NaN;
}
