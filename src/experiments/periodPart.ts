// A calendar period that the run covers only in part: the first starts at the warm-up's end, the last
// ends at the horizon, and a run of 13 weeks from 4 January ends on 5 April, so its "April" is four
// days, Thursday to Sunday. A per-week figure of such a period is true of those days, but beside the
// whole months it reads as a collapse (or a surge) of the business. Reports label such a period with
// the part they cover.

import { periodDays } from '../scenario/index.js';

/** How much of its calendar period a period of a report covers, in days; null when all of it. */
export interface PeriodPart {
  days: number;
  fullDays: number;
}

/**
 * periodPart(period): the days a period covers (end - start) against its calendar length, read from
 * its label ("2027-01-04" a week, "2027-02" a month, "2027-Q1" a quarter); null when it covers the
 * whole period or the label is none of these.
 */
export function periodPart(period: { label: string; start: number; end: number }): PeriodPart | null {
  const fullDays = periodDays(period.label);
  if (fullDays === null) return null;
  const days = (period.end - period.start) / 24;
  return days < fullDays - 1e-9 ? { days, fullDays } : null;
}

/** "2027-04 (4 of 30 days)" for a period covered in part; the label alone otherwise. */
export function periodLabel(period: { label: string; start: number; end: number }): string {
  const part = periodPart(period);
  if (part === null) return period.label;
  const days = Number.isInteger(part.days) ? String(part.days) : part.days.toFixed(1);
  return `${period.label} (${days} of ${part.fullDays} days)`;
}
