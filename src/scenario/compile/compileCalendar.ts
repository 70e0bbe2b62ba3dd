// Calendar documents to weekly open intervals (hours since Monday 00:00 local), holiday day numbers and offset.

import type { Calendar } from '../../core/index.js';
import type { CalendarDoc } from '../doc/scenarioDoc.js';
import { readHours } from '../units/clock.js';
import { readDate } from '../units/date.js';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Sorted, merged intervals within [0, 168]; ranges past Sunday midnight wrap to Monday. */
export function normaliseWeek(ranges: [number, number][]): [number, number][] {
  const pieces: [number, number][] = [];
  for (const [o, c] of ranges) {
    if (c <= 168) pieces.push([o, c]);
    else {
      pieces.push([o, 168]);
      pieces.push([0, c - 168]);
    }
  }
  pieces.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last !== undefined && p[0] <= last[1]) last[1] = Math.max(last[1], p[1]);
    else out.push([p[0], p[1]]);
  }
  return out;
}

function dayRanges(day: number, hours: string): [number, number][] {
  const r = readHours(hours);
  return 'ranges' in r ? r.ranges.map(([o, c]) => [day * 24 + o, day * 24 + c]) : [];
}

export function weekIntervals(week: CalendarDoc['week']): [number, number][] {
  if (typeof week === 'string') {
    const w = week.trim();
    if (w === 'always') return [[0, 168]];
    if (w === 'never') return [];
    const hours = w.replace(/^weekdays\s+/, '');
    return normaliseWeek([0, 1, 2, 3, 4].flatMap((d) => dayRanges(d, hours)));
  }
  return normaliseWeek(WEEKDAYS.flatMap((name, d) => (week[name] === undefined ? [] : dayRanges(d, week[name]!))));
}

/** `startDay` is the model start as days since 1970-01-01. */
export function compileCalendar(id: string, doc: CalendarDoc, startDay: number): Calendar {
  const holidays = new Set<number>();
  for (const h of doc.holidays ?? []) {
    const r = readDate(h);
    if ('day' in r && r.day >= startDay) holidays.add(r.day - startDay);
  }
  return {
    id,
    week: weekIntervals(doc.week),
    holidays: [...holidays].sort((a, b) => a - b),
    offsetHours: doc.utcOffset ?? 0,
  };
}

/** Open hours in the calendar's average open day; 0 if it never opens. */
export function businessDayHours(calendar: CalendarDoc): number {
  const week = weekIntervals(calendar.week);
  const open = week.reduce((sum, [a, b]) => sum + (b - a), 0);
  const days = new Set(
    week.flatMap(([a, b]) => {
      const out: number[] = [];
      for (let d = Math.floor(a / 24); d * 24 < b; d++) out.push(d % 7);
      return out;
    }),
  ).size;
  return days === 0 ? 0 : open / days;
}
