// Shared by the event-log tests: a bundled scenario's model, its exported log as text, and the log
// read back through the project's own readers.
import { readFileSync } from 'node:fs';
import { parse as csvParse } from 'csv-parse/sync';
import type { Model } from '../../src/core/index.js';
import {
  csvRowReader,
  CSV_PARSE_OPTIONS,
  EventLogBuilder,
  eventAt,
  exportRunLog,
  readOcel,
  stringSink,
  xesReader,
  XES_COLUMNS,
  type EventLog,
  type LogFormat,
  type ReadLog,
} from '../../src/eventlog/index.js';
import { loadScenario } from '../../src/scenario/index.js';

export function bundled(
  path: string,
  patch: (text: string) => string = (t) => t,
): { model: Model; doc: import('../../src/scenario/index.js').ScenarioDoc; text: string } {
  const text = patch(readFileSync(path, 'utf8'));
  const r = loadScenario({ file: path, text }, { readFile: (p) => readFileSync(p, 'utf8') });
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return { model: r.model, doc: r.doc, text };
}

/** 2027-01-04 (the default start) at 00:00 UTC. */
export const START_MS = Date.UTC(2027, 0, 4);

export function exportText(
  model: Model,
  format: LogFormat,
  seed: string | number = 1,
  replication = 0,
  offsetMin = 0,
): string {
  const s = stringSink();
  exportRunLog(model, { startMs: START_MS, offsetMin, seed, replication, format }, s.sink);
  return s.text();
}

/** Reads log text with the project's own readers (CSV rows tokenised by csv-parse, as the CLI does). */
export function readText(text: string, format: LogFormat, file = `log.${format}`): ReadLog {
  if (format === 'ocel') return readOcel(text, file);
  if (format === 'xes') {
    const r = xesReader(XES_COLUMNS, file);
    // Feed in small chunks: the reader must not depend on where a chunk ends.
    for (let i = 0; i < text.length; i += 4093) r.write(text.slice(i, i + 4093));
    return r.finish();
  }
  const rows = csvRowReader(XES_COLUMNS, file);
  const records = csvParse(text, CSV_PARSE_OPTIONS) as string[][];
  for (const record of records) rows.row(record);
  return rows.finish();
}

/** The log without its case:type, as a log that does not record one. */
export function untyped(log: EventLog): EventLog {
  const b = new EventLogBuilder();
  for (let k = 0; k < log.n; k++) {
    const { caseType: _type, ...event } = eventAt(log, k);
    b.add(event);
  }
  return b.build();
}

/** The verdict of each of `kpis` in a fit's validation table, by name (a missing row reads "missing"). */
export function verdictsOf(v: { rows: readonly { kpi: string; verdict: string }[] }, kpis: readonly string[]) {
  return Object.fromEntries(kpis.map((k) => [k, v.rows.find((r) => r.kpi === k)?.verdict ?? 'missing']));
}

/** What verdictsOf should read when every one of `kpis` falls within its prediction interval. */
export function allWithin(kpis: readonly string[]): Record<string, string> {
  return Object.fromEntries(kpis.map((k) => [k, 'within']));
}
