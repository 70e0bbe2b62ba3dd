import {
  LogReadError,
  readLogText,
  XES_COLUMNS,
  type EventLog,
  type LogColumns,
  type Progress,
  type ReadLog,
} from '../eventlog/index.js';
import { decodeUtf8 } from '../scenario/index.js';
import { invalid, OpsimError } from './opsimError.js';

/** How to read a log given as text: its name in messages, its format and, for CSV, its columns. */
export interface LogOptions {
  /** The log's name in messages and in the fitted scenario's header (default `log`). */
  logFile?: string;
  /** `csv`, `xes` or `ocel` (OCEL 2.0 JSON); default: sniffed from the text ('<' XES, '{' OCEL, else CSV). */
  format?: 'csv' | 'xes' | 'ocel';
  /** Column names (CSV) or attribute keys (XES) over the XES standard's: `{ case: 'Case ID', ... }`. */
  columns?: Partial<LogColumns>;
  /** CSV delimiter (default: sniffed from the header). */
  delimiter?: string;
}

/** A log as text or bytes (UTF-8), or already read by readEventLog (to fit and check one log twice). */
export type LogSource = string | Uint8Array | ReadLog;

/**
 * readEventLog(source, options): an event log read into opsim's columnar form, with a warning per kind
 * of event skipped or repaired (with counts). Throws an OpsimError naming the row or element and what
 * was expected. The text is read whole; the CLI streams files from disk instead (bounded memory).
 */
export function readEventLog(source: string | Uint8Array, options: LogOptions = {}): ReadLog {
  const file = options.logFile ?? 'log';
  let text: string;
  if (typeof source === 'string') text = source;
  else if (source instanceof Uint8Array) {
    const decoded = decodeUtf8(source);
    if ('error' in decoded) throw invalid(file, '', decoded.error);
    text = decoded.text;
  } else throw invalid(file, '', 'expected the log as text or bytes (CSV, XES or OCEL 2.0 JSON)');
  if (options.format !== undefined && !['csv', 'xes', 'ocel'].includes(options.format))
    throw invalid('options', 'format', `expected csv, xes or ocel, got "${String(options.format)}"`);
  for (const key of Object.keys(options.columns ?? {}))
    if (!Object.hasOwn(XES_COLUMNS, key))
      throw invalid('options', `columns.${key}`, `unknown column; known: ${Object.keys(XES_COLUMNS).join(', ')}`);
  try {
    return readLogText(text, {
      file,
      format: options.format,
      columns: { ...XES_COLUMNS, ...options.columns },
      delimiter: options.delimiter,
    });
  } catch (err) {
    throw logError(err, file);
  }
}

/** logOf(source, options): the log read, or as given if it was read already. */
export function logOf(source: LogSource, options: LogOptions): ReadLog {
  if (typeof source === 'object' && source !== null && !(source instanceof Uint8Array) && 'log' in source)
    return source;
  return readEventLog(source as string | Uint8Array, options);
}

/** A reader's or a check's LogReadError as an OpsimError about the log; anything else unchanged. */
export function logError(err: unknown, file: string): unknown {
  if (!(err instanceof LogReadError)) return err;
  const prefix = `${file}: `;
  const message = err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message;
  return new OpsimError('invalid', [{ file, path: '', message }]);
}

/**
 * driveSteps(steps, options): runs a computation written as steps (eventlog's validation and drift),
 * one replication per macrotask, reporting progress; an aborted signal stops it between replications
 * and rejects with the signal's reason.
 */
export async function driveSteps<T>(
  steps: Generator<Progress, T, void>,
  o: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal },
): Promise<T> {
  o.signal?.throwIfAborted();
  let step = steps.next();
  while (!step.done) {
    o.onProgress?.(...step.value);
    await new Promise((resolve) => setTimeout(resolve, 0));
    o.signal?.throwIfAborted();
    step = steps.next();
  }
  return step.value;
}
