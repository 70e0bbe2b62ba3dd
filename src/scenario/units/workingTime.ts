// Limits on a clock of working hours. An SLA of "2 business days" or a patience of "16h of office
// time" runs only while a calendar is open, so a weekend does not breach it. A business day is the
// calendar's average open day: its open hours in a week over the number of weekdays it opens
// (8 hours for weekdays 09:00-17:00), so "2 business days" is 16 open hours of that calendar.

import { readDuration } from './duration.js';

const BUSINESS_DAYS = /^(\d+(?:\.\d+)?|\.\d+)\s*business\s+days?$/;

/** A limit in business days ("2 business days"), in hours ("16h"), or a message. */
export function readWorkingLimit(value: unknown): { businessDays: number } | { hours: number } | { error: string } {
  if (typeof value === 'string') {
    const m = BUSINESS_DAYS.exec(value.trim());
    if (m !== null) {
      const days = Number(m[1]);
      return days > 0 && days <= 10_000
        ? { businessDays: days }
        : { error: `expected a number of business days from more than 0 to 10000, found "${value}"` };
    }
  }
  const r = readDuration(value);
  if ('error' in r) return { error: `${r.error}, or a number of business days such as "2 business days"` };
  return r;
}
