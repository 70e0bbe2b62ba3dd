// Timestamps in the form logs nearly always use are read by position, everything else by the
// pattern; the two must agree on every text, to the sign of a zero offset. Texts are built from
// parts near and off that form: digits out of range, either separator, 0 to 10 fraction digits,
// every zone form the pattern reads and some it does not, spaces around.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseIsoTime } from '../../src/eventlog/index.js';
import { parseIsoTimeByPattern } from '../../src/eventlog/model/isoTime.js';

const digits = (n: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''));
const two = fc.oneof(
  digits(2),
  fc.constantFrom('00', '01', '12', '13', '23', '24', '25', '31', '32', '59', '60', '61'),
);
const stamp = fc
  .record({
    year: fc.oneof(digits(4), fc.constantFrom('2011', '2027', '0000', '9999'), digits(3)),
    month: two,
    day: two,
    sep: fc.constantFrom('T', ' ', 't', '_'),
    hour: two,
    minute: two,
    second: fc.oneof(two, fc.constant('')),
    frac: fc.oneof(
      fc.constant(''),
      fc
        .tuple(fc.constantFrom('.', ','), fc.integer({ min: 0, max: 10 }))
        .chain(([p, n]) => digits(n).map((d) => p + d)),
    ),
    zone: fc.constantFrom(
      '',
      'Z',
      'z',
      '+02:00',
      '-05:00',
      '-00:00',
      '+00:00',
      '+0530',
      '+05',
      '+2:00',
      '-05:0',
      ' Z',
      'X',
    ),
    before: fc.constantFrom('', ' '),
    after: fc.constantFrom('', ' ', '\t'),
  })
  .map(
    (p) =>
      `${p.before}${p.year}-${p.month}-${p.day}${p.sep}${p.hour}:${p.minute}${p.second === '' ? '' : `:${p.second}`}${p.frac}${p.zone}${p.after}`,
  );

describe('parseIsoTime', () => {
  test('reads the common form by position exactly as the pattern reads it, and the rest by the pattern', () => {
    fc.assert(
      fc.property(fc.oneof(stamp, fc.string({ maxLength: 35 })), (text) => {
        const fast = parseIsoTime(text);
        const slow = parseIsoTimeByPattern(text);
        expect(fast).toEqual(slow);
        // toEqual holds 0 and -0 equal; a "-00:00" offset is -0 by the pattern.
        if (fast !== null && slow !== null) {
          expect(Object.is(fast.ms, slow.ms)).toBe(true);
          expect(Object.is(fast.offsetMin, slow.offsetMin)).toBe(true);
        }
      }),
      { numRuns: 20000 },
    );
  });

  test('the forms opsim writes and the receipt log uses', () => {
    expect(parseIsoTime('2027-01-03T19:00:00.000-05:00')).toEqual({
      ms: Date.UTC(2027, 0, 4, 0, 0, 0),
      offsetMin: -300,
      hasOffset: true,
    });
    expect(parseIsoTime('2011-10-11 13:45:40.276000+02:00')).toEqual({
      ms: Date.UTC(2011, 9, 11, 11, 45, 40, 276),
      offsetMin: 120,
      hasOffset: true,
    });
  });
});
