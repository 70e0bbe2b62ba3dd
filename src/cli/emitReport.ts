import { reportJson } from '../experiments/index.js';
import type { CliIo } from './cliIo.js';
import { explanationNotes, explanationTable, reportPreamble, reportTables, type AnyReport } from './render/reportTables.js';
import { renderTables } from './render/table.js';

/** Writes a report to stdout as JSON, CSV (tables only), Markdown or text tables. */
export function emitReport(io: CliIo, report: AnyReport, format: 'json' | 'csv' | 'md' | 'text'): void {
  if (format === 'json') return io.stdout(reportJson(report));
  if (format === 'csv') {
    const notes = explanationTable(report);
    return io.stdout(renderTables(notes ? [...reportTables(report), notes] : reportTables(report), 'csv'));
  }
  io.stdout(reportPreamble(report) + renderTables(reportTables(report, false), format) + explanationNotes(report, format));
}
