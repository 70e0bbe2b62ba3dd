// The CSV reader counts lines itself instead of asking csv-parse for `info` on every record (a
// third of its time). The count must be csv-parse's own, which the messages named before: on any
// text of quoted fields with line breaks (\n, \r\n, \r) inside, empty lines, either record
// delimiter, a byte-order mark and with or without a last line break, every record gets the line
// `info.lines` gives it.
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { CSV_PARSE_OPTIONS } from '../../src/eventlog/index.js';
import { csvLines } from '../../src/eventlog/read/csvRows.js';

const field = fc.oneof(
  fc.stringMatching(/^[a-z0-9 :-]{0,6}$/),
  fc
    .array(fc.constantFrom('a', ',', '\n', '\r\n', '\r', '""', ' '), { maxLength: 6 })
    .map((parts) => `"${parts.join('')}"`),
);
const text = fc.record({
  records: fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
  emptyAfter: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 12, maxLength: 12 }),
  delimiter: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  last: fc.boolean(),
});

describe('csvLines', () => {
  test("numbers every record as csv-parse's info.lines does, and skips empty lines", () => {
    fc.assert(
      fc.property(text, ({ records, emptyAfter, delimiter, bom, last }) => {
        let csv = bom ? '\uFEFF' : '';
        records.forEach((r, k) => {
          csv += r.join(',');
          if (k < records.length - 1 || last) csv += delimiter;
          if (k < records.length - 1) csv += delimiter.repeat(emptyAfter[k]);
        });
        const expected = (
          parse(csv, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as {
            record: string[];
            info: { lines: number };
          }[]
        ).map((r) => [r.record, r.info.lines]);
        const lineOf = csvLines();
        const counted = (parse(csv, CSV_PARSE_OPTIONS) as string[][])
          .map((r) => [r, lineOf(r)])
          .filter(([, line]) => line !== -1);
        expect(counted).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
