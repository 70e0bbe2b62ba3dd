// Stage 3 of fitting: when things happen in the week. Arrivals become a weekly profile (a count per
// weekday spread over one daily window of hours, which is what the scenario format holds; the
// hour-by-hour counts go into the evidence comment). Working calendars come from the hours in which
// a pool's people were seen working.

import { hourOfWeek } from '../model/isoTime.js';
import { quantile } from './flow.js';

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export interface DaySpan {
  from: number;
  to: number;
}

/** Counts per hour of the week (local time of each event). */
export function hourHistogram(times: readonly { ms: number; offsetMin: number }[]): number[] {
  const h = new Array(168).fill(0);
  for (const t of times) h[Math.floor(hourOfWeek(t.ms, t.offsetMin)) % 168]++;
  return h;
}

/** The daily window holding all but the first and last 0.5% of events (whole hours; 0-24 when it covers 23 h or more). */
export function dailyWindow(times: readonly { ms: number; offsetMin: number }[]): DaySpan {
  const hod = times.map((t) => hourOfWeek(t.ms, t.offsetMin) % 24).sort((a, b) => a - b);
  if (hod.length === 0) return { from: 0, to: 24 };
  const from = Math.floor(quantile(hod, 0.005));
  const to = Math.min(24, Math.floor(quantile(hod, 0.995)) + 1);
  return to - from >= 23 ? { from: 0, to: 24 } : { from, to };
}

/**
 * Working hours per weekday: a day is worked when it holds at least 2% of the events; its span
 * holds all but the first and last 1% of that day's events. null = closed that day.
 */
export function workingWeek(times: readonly { ms: number; offsetMin: number }[]): (DaySpan | null)[] {
  const byDay: number[][] = DAYS.map(() => []);
  for (const t of times) {
    const h = hourOfWeek(t.ms, t.offsetMin);
    byDay[Math.floor(h / 24) % 7].push(h % 24);
  }
  return byDay.map((hs) => {
    if (hs.length < Math.max(1, 0.02 * times.length)) return null;
    hs.sort((a, b) => a - b);
    const from = Math.floor(quantile(hs, 0.01));
    const to = Math.min(24, Math.floor(quantile(hs, 0.99)) + 1);
    return to - from >= 23 ? { from: 0, to: 24 } : { from, to: Math.max(to, from + 1) };
  });
}

export function weekMaskOf(week: readonly (DaySpan | null)[]): boolean[] {
  const m = new Array(168).fill(false);
  week.forEach((s, d) => {
    if (s !== null) for (let h = s.from; h < s.to; h++) m[d * 24 + h] = true;
  });
  return m;
}

export const hhmm = (h: number) => `${String(h).padStart(2, '0')}:00`;
