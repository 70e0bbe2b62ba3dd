// Arrival documents to the engine's Arrivals; weekly profiles become 168 hourly rates.

import type { Arrivals } from '../../core/index.js';
import type { ArrivalsDoc, CalendarDoc } from '../doc/scenarioDoc.js';
import { readHours } from '../units/clock.js';
import { parseDuration } from '../units/duration.js';
import { parseRate, readRate } from '../units/rate.js';
import { WEEKDAYS } from './compileCalendar.js';

/** One day of a weekly profile: its rate, over the profile's hours or, written { rate, hours }, over its own. */
export type WeekdayRate = string | { rate: string; hours?: string };

/**
 * Rate per hour for each hour of the week; an hour partly open gets the rate times the open fraction.
 * A day's rate is a rate while open ("10/h"), or a number for the day ("80/d"), spread evenly over
 * its open hours: "80/d" from 08:00 to 18:00 is 8 an hour, 80 that day, as its author means. A day
 * written { rate, hours } is open during its own hours (a Saturday's "10:00-14:00" beside weekdays'
 * "08:00-18:00"); the others during `hours`, the whole day when it is not given.
 */
export function weeklyProfile(
  rates: Partial<Record<(typeof WEEKDAYS)[number], WeekdayRate>>,
  hours: string | undefined,
): number[] {
  const profile = new Array<number>(168).fill(0);
  const rangesOf = (text: string | undefined): [number, number][] => {
    const r = readHours(text ?? '00:00-24:00');
    return 'ranges' in r ? r.ranges : [[0, 24]];
  };
  const shared = rangesOf(hours);
  WEEKDAYS.forEach((day, d) => {
    const value = rates[day];
    if (value === undefined) return;
    const own = typeof value === 'object' && value.hours !== undefined;
    const ranges = own ? rangesOf(value.hours) : shared;
    const read = readRate(typeof value === 'object' ? value.rate : value);
    if ('error' in read) return;
    const openHours = ranges.reduce((sum, [open, close]) => sum + (close - open), 0);
    const rate = read.periodHours === 24 ? (read.perHour * 24) / openHours : read.perHour;
    if (rate === 0 || !(openHours > 0)) return;
    for (const [open, close] of ranges) {
      for (let h = Math.floor(open); h < close; h++) {
        const overlap = Math.min(close, h + 1) - Math.max(open, h);
        if (overlap > 0) profile[(d * 24 + h) % 168] += rate * overlap;
      }
    }
  });
  return profile;
}

export function compileArrivals(a: ArrivalsDoc, calendars: Record<string, CalendarDoc>): Arrivals {
  if ('poisson' in a) return { kind: 'poisson', ratePerHour: parseRate(a.poisson) };
  if ('weekly' in a) {
    const { hours, calendar, ...rates } = a.weekly;
    const offsetHours = calendar === undefined ? 0 : (calendars[calendar]?.utcOffset ?? 0);
    return { kind: 'weekly', ratePerHour: weeklyProfile(rates, hours), offsetHours };
  }
  return {
    kind: 'batch',
    first: a.first === undefined ? 0 : parseDuration(String(a.first)),
    every: parseDuration(String(a.every)),
    size: a.batch,
  };
}
