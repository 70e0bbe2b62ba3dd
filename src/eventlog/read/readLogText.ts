// A whole log given as text, in any of the three formats, read with the same readers as a streamed
// file: CSV rows tokenised by csv-parse (its browser build, which needs no Node module), XES by
// saxes, OCEL 2.0 by the streaming JSON reader. For the library and the page, which hold the text.
import { parse } from 'csv-parse/browser/esm/sync';
import { CSV_PARSE_OPTIONS, sniffDelimiter, csvRowReader } from './csvRows.js';
import { XES_COLUMNS, type LogColumns } from './logColumns.js';
import type { ReadLog } from './logCollector.js';
import { LogReadError } from './logReadError.js';
import { readOcel } from './ocelReader.js';
import { xesReader } from './xesReader.js';

export type LogTextFormat = 'csv' | 'xes' | 'ocel';

/** sniffLogFormat(text): XES if it starts with '<', OCEL 2.0 JSON with '{', CSV otherwise. */
export function sniffLogFormat(text: string): LogTextFormat {
  const first = /\S/.exec(text.replace(/^\uFEFF/, ''))?.[0];
  return first === '<' ? 'xes' : first === '{' ? 'ocel' : 'csv';
}

export interface LogTextOptions {
  /** The name used in messages. */
  file: string;
  /** Default: sniffed from the text. */
  format?: LogTextFormat;
  /** CSV column names or XES attribute keys (default the XES standard's). */
  columns?: LogColumns;
  /** CSV delimiter (default: sniffed from the header). */
  delimiter?: string;
}

export function readLogText(text: string, o: LogTextOptions): ReadLog {
  const format = o.format ?? sniffLogFormat(text);
  const columns = o.columns ?? XES_COLUMNS;
  if (format === 'ocel') return readOcel(text, o.file);
  if (format === 'xes') {
    const r = xesReader(columns, o.file);
    r.write(text);
    return r.finish();
  }
  const rows = csvRowReader(columns, o.file);
  const delimiter = o.delimiter ?? sniffDelimiter(text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]);
  let records: string[][];
  try {
    records = parse(text, { delimiter, ...CSV_PARSE_OPTIONS }) as string[][];
  } catch (err) {
    throw new LogReadError(`${o.file}: ${(err as Error).message}`);
  }
  for (const record of records) rows.row(record);
  return rows.finish();
}
