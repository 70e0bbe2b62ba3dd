// Durations are strings with units ("90s", "1h30m", "13w"); the engine's one time unit is the hour.

import { describeValue } from './describeValue.js';

const HOURS_PER_UNIT: Record<string, number> = { s: 1 / 3600, m: 1 / 60, h: 1, d: 24, w: 168 };
const PART = /(\d+(?:\.\d+)?|\.\d+)(s|m|h|d|w)/y;

/** Longest duration the format accepts anywhere: 100 years of simulated time. */
export const MAX_DURATION_HOURS = 100 * 365 * 24;

/** Hours for a valid duration, or a message saying what was expected and what was found. */
export function readDuration(value: unknown): { hours: number } | { error: string } {
  if (value === 0) return { hours: 0 };
  if (typeof value === 'number') {
    return {
      error: `expected a duration with a unit such as "${value}h" or "${value}m", found the bare number ${value}`,
    };
  }
  if (typeof value !== 'string')
    return { error: `expected a duration such as "30m" or "8h", found ${describeValue(value)}` };
  const s = value.trim();
  if (s === '0') return { hours: 0 };
  let hours = 0;
  PART.lastIndex = 0;
  let at = 0;
  while (at < s.length) {
    PART.lastIndex = at;
    const m = PART.exec(s);
    if (m === null) {
      return {
        error: `expected a duration such as "30m", "8h", "5d" or "1h30m" (units s, m, h, d, w), found "${value}"`,
      };
    }
    hours += Number(m[1]) * HOURS_PER_UNIT[m[2]];
    at = PART.lastIndex;
  }
  if (s.length === 0) return { error: 'expected a duration such as "30m" or "8h", found an empty string' };
  if (!(hours <= MAX_DURATION_HOURS)) {
    return { error: `duration "${value}" is longer than the limit of 100 years (${MAX_DURATION_HOURS}h)` };
  }
  return { hours };
}

/** Hours in a duration string such as "1h30m"; NaN when the text is not a valid duration (validate first for a message). */
export function parseDuration(s: string): number {
  const r = readDuration(s);
  return 'hours' in r ? r.hours : NaN;
}
