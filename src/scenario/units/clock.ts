// Clock times and opening hours: "09:00", "09:00-17:00", "09:00-12:00,13:00-17:00".

import { describeValue } from './describeValue.js';

/** Hours since midnight for "HH:MM" (00:00 to 24:00), or an error message. */
export function readClock(value: unknown): { hour: number } | { error: string } {
  const expected = 'expected a time of day "HH:MM" between 00:00 and 24:00';
  if (typeof value !== 'string') return { error: `${expected}, found ${describeValue(value)}` };
  const m = /^\s*(\d{1,2}):(\d{2})\s*$/.exec(value);
  if (m === null) return { error: `${expected}, found "${value}"` };
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return { error: `${expected}, found "${value}"` };
  return { hour: h + min / 60 };
}

/**
 * Opening hours of one day as [open, close) pairs in hours since that day's midnight.
 * A range that ends at or before it starts ("22:00-06:00") runs past midnight: close > 24.
 */
export function readHours(value: unknown): { ranges: [number, number][] } | { error: string } {
  const expected = 'expected opening hours such as "09:00-17:00" or "09:00-12:00,13:00-17:00"';
  if (typeof value !== 'string') return { error: `${expected}, found ${describeValue(value)}` };
  const ranges: [number, number][] = [];
  for (const part of value.split(',')) {
    const ends = part.split('-');
    if (ends.length !== 2) return { error: `${expected}, found "${value}"` };
    const open = readClock(ends[0]);
    const close = readClock(ends[1]);
    if ('error' in open || 'error' in close) return { error: `${expected}, found "${value}"` };
    if (open.hour === close.hour) return { error: `opening hours "${part.trim()}" open and close at the same time` };
    ranges.push([open.hour, close.hour > open.hour ? close.hour : close.hour + 24]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i][0] < ranges[i - 1][1]) return { error: `opening hours overlap in "${value}"; list each period once` };
  }
  return { ranges };
}
