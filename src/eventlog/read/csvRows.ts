// A CSV log, row by row. Tokenising (quotes, line breaks inside quotes, the BOM) is csv-parse's job
// in the caller, with CSV_PARSE_OPTIONS; this file maps the header to the columns and each row to an
// event, naming the row (1-based line of the file, header = line 1) in every message.

import type { LogColumns } from './logColumns.js';
import { LogCollector, type ReadLog } from './logCollector.js';
import { LogReadError } from './logReadError.js';

/** The delimiter of a CSV file from its first line: the most frequent of , ; tab | outside quotes. */
export function sniffDelimiter(firstLine: string): string {
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  let best = ',';
  let n = 0;
  for (const d of [',', ';', '\t', '|']) {
    const c = unquoted.split(d).length - 1;
    if (c > n) [best, n] = [d, c];
  }
  return best;
}

/**
 * What csv-parse is given for a log. Empty lines come through as records of one empty field, and the
 * reader counts lines itself (csvLines): csv-parse's own count (`info: true`) builds an object of a
 * dozen fields per record, a third of its time on a 14 MB log.
 */
export const CSV_PARSE_OPTIONS = { bom: true, relax_column_count: true, skip_empty_lines: false } as const;

export interface CsvRowReader {
  /** One record, as csv-parse gives it with CSV_PARSE_OPTIONS. */
  row(fields: string[]): void;
  finish(): ReadLog;
}

/**
 * The line a record ends on, as csv-parse's `info.lines` numbers it, from the records alone: a record
 * delimiter (\n, \r\n or \r) is one line, and each \r and each \n inside a quoted field is one
 * more. Returns -1 for an empty line (a record of one empty field), which a log skips.
 */
export function csvLines(): (fields: readonly string[]) => number {
  let line = 0;
  return (fields) => {
    line++;
    for (let k = 0; k < fields.length; k++) {
      const f = fields[k];
      for (let i = f.indexOf('\n'); i >= 0; i = f.indexOf('\n', i + 1)) line++;
      for (let i = f.indexOf('\r'); i >= 0; i = f.indexOf('\r', i + 1)) line++;
    }
    return fields.length === 1 && fields[0] === '' ? -1 : line;
  };
}

export function csvRowReader(columns: LogColumns, file: string): CsvRowReader {
  const collector = new LogCollector();
  let index: Record<keyof LogColumns, number> | null = null;
  let width = 0;
  /** Other case-level columns (case:<name>): the cases' attributes, by column. */
  let attributeColumns: [name: string, k: number][] = [];
  const lineOf = csvLines();
  return {
    row(fields) {
      const line = lineOf(fields);
      if (line < 0) return;
      if (index === null) {
        const names = fields.map((f) => f.replace(/^\uFEFF/, '').trim());
        const at = (c: string) => names.indexOf(c);
        const missing = (['case', 'activity', 'timestamp'] as const).filter((k) => at(columns[k]) < 0);
        if (missing.length > 0) {
          const list = missing.map((k) => `"${columns[k]}" (${k})`).join(', ');
          const delim =
            names.length === 1 && /[;\t|]/.test(names[0])
              ? '; the header is one column: is the delimiter something other than a comma?'
              : '';
          throw new LogReadError(
            `${file}: line ${line}: the header has no column ${list}; it has ${names
              .slice(0, 12)
              .map((s) => `"${s}"`)
              .join(
                ', ',
              )}${names.length > 12 ? ', ...' : ''}${delim} (map columns with --columns case=...,activity=...,timestamp=...)`,
          );
        }
        index = {
          case: at(columns.case),
          activity: at(columns.activity),
          timestamp: at(columns.timestamp),
          lifecycle: at(columns.lifecycle),
          resource: at(columns.resource),
          group: at(columns.group),
          type: at(columns.type),
        };
        width = names.length;
        const mapped = new Set(Object.values(index));
        attributeColumns = names.flatMap((n, k) =>
          n.startsWith('case:') && !mapped.has(k) ? [[n.slice('case:'.length), k] as [string, number]] : [],
        );
        return;
      }
      if (fields.length !== width) {
        throw new LogReadError(
          `${file}: line ${line}: ${fields.length} fields where the header has ${width} (a stray delimiter, or a quote left open?)`,
        );
      }
      const get = (k: number) => (k >= 0 ? fields[k] : undefined);
      collector.add(
        {
          caseId: get(index.case),
          activity: get(index.activity),
          timestamp: get(index.timestamp),
          lifecycle: get(index.lifecycle),
          resource: get(index.resource),
          group: get(index.group),
          caseType: get(index.type),
          caseAttributes:
            attributeColumns.length === 0
              ? undefined
              : Object.fromEntries(attributeColumns.map(([n, k]) => [n, fields[k]])),
        },
        `${file}: line ${line}`,
      );
    },
    finish() {
      if (index === null) throw new LogReadError(`${file}: the file is empty (expected a header line and events)`);
      return collector.finish();
    },
  };
}
