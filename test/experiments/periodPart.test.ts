// A calendar period the run covers only in part (the first from the warm-up's end, the last to the
// horizon) is named with the days it covers, so that its per-week figures are not read as the whole
// period's.
import { describe, expect, it } from 'vitest';
import { periodLabel, periodPart } from '../../src/experiments/index.js';

const DAY = 24;

describe('periods covered in part', () => {
  it('reads the calendar length from the label: a week, a month (leap years too), a quarter', () => {
    expect(periodPart({ label: '2027-01-04', start: 0, end: 3 * DAY })).toEqual({ days: 3, fullDays: 7 });
    expect(periodPart({ label: '2027-04', start: 0, end: 4 * DAY })).toEqual({ days: 4, fullDays: 30 });
    expect(periodPart({ label: '2028-02', start: 0, end: 10 * DAY })).toEqual({ days: 10, fullDays: 29 });
    expect(periodPart({ label: '2027-02', start: 0, end: 10 * DAY })).toEqual({ days: 10, fullDays: 28 });
    expect(periodPart({ label: '2027-Q1', start: 0, end: 30 * DAY })).toEqual({ days: 30, fullDays: 90 });
    expect(periodPart({ label: '2028-Q1', start: 0, end: 30 * DAY })).toEqual({ days: 30, fullDays: 91 });
  });

  it('is null for a whole period, or a label of no known kind', () => {
    expect(periodPart({ label: '2027-03', start: 100, end: 100 + 31 * DAY })).toBeNull();
    expect(periodPart({ label: '2027-01-11', start: 0, end: 7 * DAY })).toBeNull();
    expect(periodPart({ label: 'Q1', start: 0, end: 1 })).toBeNull();
  });

  it('labels a part with its days, whole or to one decimal', () => {
    expect(periodLabel({ label: '2027-04', start: 0, end: 4 * DAY })).toBe('2027-04 (4 of 30 days)');
    expect(periodLabel({ label: '2027-01', start: 0, end: 13.5 * DAY })).toBe('2027-01 (13.5 of 31 days)');
    expect(periodLabel({ label: '2027-03', start: 0, end: 31 * DAY })).toBe('2027-03');
  });
});
