import { reportJson } from '../experiments/index.js';
import type { CliIo } from './cliIo.js';
import {
  explanationNotes,
  explanationTable,
  reportPreamble,
  reportTables,
  warningTable,
  type AnyReport,
} from './render/reportTables.js';
import { renderTables } from './render/table.js';

/** Writes a report to stdout as JSON, CSV (tables only), Markdown or text tables. */
export function emitReport(io: CliIo, report: AnyReport, format: 'json' | 'csv' | 'md' | 'text'): void {
  if (format === 'json') return io.stdout(reportJson(report));
  if (format === 'csv') {
    const warnings = warningTable(report);
    const notes = explanationTable(report);
    const tables = [...(warnings ? [warnings] : []), ...reportTables(report), ...(notes ? [notes] : [])];
    return io.stdout(renderTables(tables, 'csv'));
  }
  io.stdout(
    reportPreamble(report) +
      renderTables(reportTables(report, false), format, io.stdoutColumns) +
      explanationNotes(report, format),
  );
}
