// Working time in a weekly pattern of open hours: how long a task took counts only the hours its
// people were at work, as the scenario's calendars (with shiftEnd: pause) will count it.

import { hourOfWeek } from '../model/isoTime.js';

/** 168 flags, Monday 00:00 local first: is this hour of the week a working hour. */
export type WeekMask = boolean[];

export const ALWAYS: WeekMask = new Array(168).fill(true);

/** Open hours between two instants (ms) for a mask in local time at offsetMin. */
export function workingHoursBetween(mask: WeekMask, fromMs: number, toMs: number, offsetMin: number): number {
  if (!(toMs > fromMs)) return 0;
  const openPerWeek = mask.filter(Boolean).length;
  if (openPerWeek === 168) return (toMs - fromMs) / 3_600_000;
  if (openPerWeek === 0) return 0;
  let hours = 0;
  let t = fromMs;
  const weekMs = 168 * 3_600_000;
  // Whole weeks at once, then hour by hour.
  const whole = Math.floor((toMs - fromMs) / weekMs);
  t += whole * weekMs;
  hours += whole * openPerWeek;
  while (t < toMs) {
    const h = hourOfWeek(t, offsetMin);
    const hourEnd = t + (Math.floor(h) + 1 - h) * 3_600_000;
    const step = Math.min(hourEnd, toMs) - t;
    if (mask[Math.floor(h) % 168]) hours += step / 3_600_000;
    t += Math.max(step, 1);
  }
  return hours;
}
