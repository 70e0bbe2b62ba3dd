// A log file's text read in the page's worker with the same readers as the CLI: CSV rows
// tokenised by csv-parse (its browser build), XES by saxes, OCEL 2.0 as one JSON document.
import { parse } from 'csv-parse/browser/esm/sync';
import {
  csvRowReader,
  readOcel,
  sniffDelimiter,
  xesReader,
  XES_COLUMNS,
  type ReadLog,
} from '../../src/eventlog/index.js';

export function readLogText(name: string, text: string): ReadLog {
  if (/\.xes$/i.test(name)) {
    const r = xesReader(XES_COLUMNS, name);
    r.write(text);
    return r.finish();
  }
  if (/\.(json|jsonocel|ocel)$/i.test(name)) return readOcel(text, name);
  const rows = csvRowReader(XES_COLUMNS, name);
  const delimiter = sniffDelimiter(text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]);
  const records = parse(text, {
    delimiter,
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  for (const { record, info } of records) rows.row(record, info.lines);
  return rows.finish();
}
