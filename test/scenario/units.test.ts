import { describe, expect, test } from 'vitest';
import { parseDuration, parseRate, readDuration, readRate } from '../../src/scenario/index.js';
import { readClock, readHours } from '../../src/scenario/units/clock.js';
import { civilFromDays, daysFromCivil, readDate, weekdayOf } from '../../src/scenario/units/date.js';

describe('parseDuration(s)', () => {
  test('reads every unit and sums of parts, in hours', () => {
    expect(['90s', '30m', '8h', '5d', '13w', '1h30m', '1.5h', '.5d', '0', ' 2h '].map(parseDuration)).toEqual([
      0.025, 0.5, 8, 120, 2184, 1.5, 1.5, 12, 0, 2,
    ]);
  });
  test('is NaN for text that is not a duration', () => {
    expect(['', 'h', '8', '8 h', '8x', '-1h', '1h-30m', 'PT8H'].map(parseDuration)).toEqual(new Array(8).fill(NaN));
  });
  test('readDuration rejects bare numbers with the unit to write, but accepts 0', () => {
    expect(readDuration(8)).toEqual({
      error: 'expected a duration with a unit such as "8h" or "8m", found the bare number 8',
    });
    expect(readDuration(0)).toEqual({ hours: 0 });
  });
  test('readDuration states the limit for absurd durations', () => {
    expect(readDuration('1000000w')).toEqual({
      error: 'duration "1000000w" is longer than the limit of 100 years (876000h)',
    });
  });
});

describe('parseRate(s)', () => {
  test('reads per-unit and per-duration rates, per hour', () => {
    expect(['40/d', '3.5/h', '168/w', '60/m', '5/2h', '0/h'].map(parseRate)).toEqual([40 / 24, 3.5, 1, 3600, 2.5, 0]);
  });
  test('is NaN for text that is not a rate', () => {
    expect(['40', '40/', '/d', '40/x', '40/0h', '-1/h'].map(parseRate)).toEqual(new Array(6).fill(NaN));
  });
  test('readRate states the limit for absurd rates', () => {
    expect(readRate('1e9/h')).toEqual({ error: 'expected a rate such as "40/d", "3.5/h" or "200/w", found "1e9/h"' });
    expect(readRate('2000000/h')).toEqual({
      error: 'rate "2000000/h" is 2000000 per hour, above the limit of 1000000 per hour',
    });
  });
});

describe('readHours(text)', () => {
  test('reads ranges, sorted, with overnight ranges running past 24', () => {
    expect(readHours('13:00-17:00, 09:00-12:30')).toEqual({
      ranges: [
        [9, 12.5],
        [13, 17],
      ],
    });
    expect(readHours('22:00-06:00')).toEqual({ ranges: [[22, 30]] });
    expect(readHours('00:00-24:00')).toEqual({ ranges: [[0, 24]] });
  });
  test('rejects bad clocks, empty and overlapping ranges', () => {
    expect(readHours('9-17')).toEqual({
      error: 'expected opening hours such as "09:00-17:00" or "09:00-12:00,13:00-17:00", found "9-17"',
    });
    expect(readHours('09:00-09:00')).toEqual({ error: 'opening hours "09:00-09:00" open and close at the same time' });
    expect(readHours('09:00-12:00,11:00-13:00')).toEqual({
      error: 'opening hours overlap in "09:00-12:00,11:00-13:00"; list each period once',
    });
    expect(readClock('24:30')).toEqual({
      error: 'expected a time of day "HH:MM" between 00:00 and 24:00, found "24:30"',
    });
  });
});

describe('readDate(text)', () => {
  test('counts days since 1970-01-01 and knows weekdays and leap years', () => {
    expect(readDate('1970-01-01')).toEqual({ day: 0 });
    expect(readDate('2027-01-04')).toEqual({ day: 20822 });
    expect(weekdayOf(20822)).toBe(0); // a Monday
    expect(readDate('2028-02-29')).toEqual({ day: daysFromCivil(2028, 2, 29) });
    expect(readDate('2027-02-29')).toEqual({
      error: 'expected a date "YYYY-MM-DD" between 1900-01-01 and 2999-12-31, found "2027-02-29"',
    });
  });
  test('civilFromDays inverts daysFromCivil', () => {
    for (const day of [-1, 0, 20822, 21000, 40000]) {
      const { y, m, d } = civilFromDays(day);
      expect(daysFromCivil(y, m, d)).toBe(day);
    }
  });
});
