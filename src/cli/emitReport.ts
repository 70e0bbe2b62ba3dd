import { reportJson } from '../experiments/reportJson.js';
import type { CliIo } from './cliIo.js';
import { reportPreamble, reportTables, type AnyReport } from './render/reportTables.js';
import { renderTables } from './render/table.js';

/** Writes a report to stdout as JSON, CSV (tables only), Markdown or text tables. */
export function emitReport(io: CliIo, report: AnyReport, format: 'json' | 'csv' | 'md' | 'text'): void {
  if (format === 'json') return io.stdout(reportJson(report));
  const tables = renderTables(reportTables(report), format);
  if (format === 'csv') return io.stdout(tables);
  io.stdout(reportPreamble(report) + tables);
}
