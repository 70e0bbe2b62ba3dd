// Reads an event log file as it streams from disk: CSV through csv-parse (a maintained RFC 4180
// parser: quoted delimiters and line breaks, the BOM), XES through saxes, OCEL 2.0
// JSON through @streamparser/json. Only the columnar log is kept, never the file's text (docs/event-logs.md has the
// measured memory).

import { openSync, readSync, closeSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { parse as csvParse, CsvError } from 'csv-parse';
import {
  csvRowReader,
  CSV_PARSE_OPTIONS,
  LogReadError,
  ocelReader,
  sniffDelimiter,
  xesReader,
  type LogColumns,
  type ReadLog,
} from '../eventlog/index.js';
import type { CliIo } from './cliIo.js';
import { readText } from './loadForCli.js';
import { UsageError } from './usageError.js';

export type LogFileFormat = 'csv' | 'xes' | 'ocel';

export function logFormatOf(file: string, explicit?: string): LogFileFormat {
  const f = (explicit ?? '').toLowerCase();
  if (f === 'csv' || f === 'xes' || f === 'ocel') return f;
  if (explicit !== undefined) throw new UsageError(`--format: expected csv, xes or ocel, found "${explicit}"`);
  if (/\.(csv|tsv|txt)$/i.test(file)) return 'csv';
  if (/\.xes$/i.test(file)) return 'xes';
  if (/\.(json|jsonocel|ocel)$/i.test(file)) return 'ocel';
  throw new UsageError(
    `${file}: cannot tell the log's format from its extension (expected .csv, .xes or .json); give --format csv|xes|ocel`,
  );
}

/**
 * The file's bytes in chunks: streamed from disk when the io can, else the whole content once (tests).
 * `onBytes` hears the bytes read so far of the file's size, for a progress bar on a large log.
 */
async function* chunks(
  io: CliIo,
  file: string,
  onBytes?: (read: number, total: number) => void,
): AsyncGenerator<Uint8Array | string> {
  if (io.openRead === undefined) {
    yield readText(io, file);
    return;
  }
  const total = onBytes === undefined ? 0 : statSync(file).size;
  let read = 0;
  for await (const chunk of io.openRead(file)) {
    read += chunk.byteLength;
    onBytes?.(read, total);
    yield chunk;
  }
}

function firstLine(io: CliIo, file: string): string {
  if (io.openRead === undefined) return readText(io, file).split(/\r?\n/, 1)[0];
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(65536);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8').split(/\r?\n/, 1)[0];
  } finally {
    closeSync(fd);
  }
}

export async function readLogFile(
  io: CliIo,
  file: string,
  format: LogFileFormat,
  columns: LogColumns,
  delimiter?: string,
  onBytes?: (read: number, total: number) => void,
): Promise<ReadLog> {
  try {
    if (format !== 'csv') {
      const reader = format === 'xes' ? xesReader(columns, file) : ocelReader(file);
      const decoder = new TextDecoder('utf-8', { fatal: true });
      for await (const c of chunks(io, file, onBytes))
        reader.write(typeof c === 'string' ? c : decoder.decode(c, { stream: true }));
      return reader.finish();
    }
    const delim = delimiter ?? sniffDelimiter(firstLine(io, file));
    const rows = csvRowReader(columns, file);
    const parser = Readable.from(chunks(io, file, onBytes)).pipe(csvParse({ delimiter: delim, ...CSV_PARSE_OPTIONS }));
    for await (const record of parser as AsyncIterable<string[]>) rows.row(record);
    return rows.finish();
  } catch (err) {
    // The readers name the file with the row or element; a finding about the whole log names it here.
    if (err instanceof LogReadError)
      throw new UsageError(err.message.startsWith(`${file}: `) ? err.message : `${file}: ${err.message}`);
    if (err instanceof CsvError) throw new UsageError(`${file}: ${err.message}`);
    if (err instanceof TypeError && /decode|encoded/i.test(err.message))
      throw new UsageError(`${file}: not UTF-8 text`);
    const code = (err as { code?: string }).code;
    if (code === 'ENOENT' || code === 'EISDIR')
      throw new UsageError(
        `${file}: cannot read the file (${code === 'ENOENT' ? 'no such file' : 'it is a directory'})`,
      );
    throw err;
  }
}
