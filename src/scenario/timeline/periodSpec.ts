// Calendar periods for figures per period (`--periods week|month|quarter`): where each begins, in
// hours from the start, and its name. Weeks begin on Mondays, months and quarters on their first
// day, at midnight UTC (the engine's day boundaries).

import type { Model, PeriodSpec } from '../../core/index.js';
import { startDate } from '../compile/startDate.js';
import { civilFromDays, daysFromCivil, weekdayOf } from '../units/date.js';

export const PERIOD_KINDS = ['week', 'month', 'quarter'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** periodSpec(start, horizon, kind): the periods of a run from its start date (YYYY-MM-DD) to the horizon (hours). */
export function periodSpec(start: string | undefined, horizon: number, kind: PeriodKind): PeriodSpec {
  const day0 = startDate(start).day;
  const starts: number[] = [0];
  const labels: string[] = [label(day0, kind)];
  let day = nextStart(day0, kind);
  while ((day - day0) * 24 < horizon) {
    starts.push((day - day0) * 24);
    labels.push(label(day, kind));
    day = nextStart(day, kind);
  }
  return { kind, starts, labels };
}

function nextStart(day: number, kind: PeriodKind): number {
  if (kind === 'week') return day + 7 - weekdayOf(day);
  const { y, m } = civilFromDays(day);
  const month0 = kind === 'month' ? m : Math.floor((m - 1) / 3) * 3 + 3;
  return daysFromCivil(y + Math.floor(month0 / 12), (month0 % 12) + 1, 1);
}

/**
 * The calendar days of the period a label names (a week's "2027-01-04", "2027-02", "2027-Q1"), so that
 * a report can tell a period the run covers only in part; null for any other text.
 */
export function periodDays(text: string): number | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return 7;
  const m = /^(\d{4})-(?:(\d{2})|Q([1-4]))$/.exec(text);
  if (m === null) return null;
  const kind: PeriodKind = m[2] !== undefined ? 'month' : 'quarter';
  const month = m[2] !== undefined ? Number(m[2]) : (Number(m[3]) - 1) * 3 + 1;
  if (month < 1 || month > 12) return null;
  const first = daysFromCivil(Number(m[1]), month, 1);
  return nextStart(first, kind) - first;
}

/** "2027-01-04" (the week's Monday, or the start), "2027-02", "2027-Q1". */
function label(day: number, kind: PeriodKind): string {
  const { y, m, d } = civilFromDays(kind === 'week' ? day - weekdayOf(day) : day);
  const mm = String(m).padStart(2, '0');
  if (kind === 'week') return `${y}-${mm}-${String(d).padStart(2, '0')}`;
  if (kind === 'month') return `${y}-${mm}`;
  return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
}

/** The model measured by calendar periods as well (`--periods`); unchanged without a kind. */
export function withPeriods(model: Model, start: string | undefined, kind: PeriodKind | undefined): Model {
  return kind === undefined ? model : { ...model, periods: periodSpec(start, model.horizon, kind) };
}
