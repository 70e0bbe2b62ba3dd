import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../src/core/index.js';
import { calendar, officeWeek } from '../support/index.js';

const office = (over = {}, startWeekday = 0) =>
  new WorkCalendar(calendar('office', officeWeek, over), startWeekday, 24 * 7 * 4);

describe('WorkCalendar', () => {
  it('isOpen(t) follows weekday hours from a Monday start', () => {
    const c = office();
    expect([8.99, 9, 12, 16.99, 17, 24 + 10, 5 * 24 + 10, 6 * 24 + 10, 7 * 24 + 10].map((t) => c.isOpen(t))).toEqual([
      false,
      true,
      true,
      true,
      false,
      true,
      false,
      false,
      true,
    ]);
  });

  it('nextOpen / nextClose / nextChange find the boundaries, over the weekend too', () => {
    const c = office();
    expect([
      c.nextOpen(0),
      c.nextOpen(10),
      c.nextClose(10),
      c.nextClose(20),
      c.nextChange(17),
      c.nextOpen(4 * 24 + 18),
    ]).toEqual([9, 10, 17, 20, 24 + 9, 7 * 24 + 9]);
  });

  it('skips holidays (day numbers since the start, local time)', () => {
    const c = office({ holidays: [0, 2] });
    expect([c.isOpen(10), c.nextOpen(0), c.nextClose(24 + 9), c.nextOpen(24 + 17)]).toEqual([
      false,
      24 + 9,
      24 + 17,
      3 * 24 + 9,
    ]);
    expect(c.openHours(0, 7 * 24)).toBe(3 * 8);
  });

  it('applies the UTC offset: a UTC-5 office opens at 14:00 simulated time', () => {
    const c = office({ offsetHours: -5 });
    expect([c.isOpen(13.5), c.isOpen(14), c.nextClose(14)]).toEqual([false, true, 22]);
  });

  it('aligns the week with startWeekday: time 0 on a Saturday opens on Monday at 57 h', () => {
    const c = office({}, 5);
    expect([c.isOpen(10), c.nextOpen(0)]).toEqual([false, 48 + 9]);
  });

  it('merges intervals that touch across midnight, so 24/7 never closes', () => {
    const always = new WorkCalendar(calendar('always', [[0, 168]]), 3, 1000);
    expect([always.isOpen(500), always.nextClose(10), always.openHours(0, 1000)]).toEqual([true, Infinity, 1000]);
    const night = new WorkCalendar(
      calendar('night', [
        [22, 24],
        [24, 30],
      ]),
      0,
      1000,
    );
    expect([night.nextOpen(0), night.nextClose(22)]).toEqual([22, 30]);
  });

  it('openHours(a, b) counts open time inside [a, b]', () => {
    const c = office();
    expect([c.openHours(0, 168), c.openHours(10, 11.5), c.openHours(16, 24 + 10), c.openHours(0, 0)]).toEqual([
      40, 1.5, 2, 0,
    ]);
  });

  it('is never open with an empty week', () => {
    const c = new WorkCalendar(calendar('never', []), 0, 100);
    expect([c.isOpen(5), c.nextOpen(0), c.openHours(0, 100)]).toEqual([false, Infinity, 0]);
  });
});
