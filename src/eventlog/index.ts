// Event logs in and out: the simulated log of a run written as OCEL 2.0, XES or CSV while the run
// goes (export/), logs read back into a columnar EventLog (read/: CSV rows, XES with saxes, OCEL
// JSON with @streamparser/json, each streamed), a scenario fitted from a log (fit/), and observed KPIs per window against the scenario's
// prediction intervals (drift/). Pure: no Node, no DOM; files and streams are the caller's (src/cli).
export type { EventLog } from './model/eventLog.js';
export { drain, type Progress } from './model/steps.js';
export { EventLogBuilder, eventAt, eventsByCase, caseAttributesOf } from './model/eventLog.js';
export type { LogEvent, Lifecycle } from './model/logEvent.js';
export { parseIsoTime, formatIsoTime } from './model/isoTime.js';
export { exportRunLog, dominantOffsetMin } from './export/exportRunLog.js';
export type { LogFormat, ExportOptions } from './export/exportRunLog.js';
export { traceToLog } from './export/traceToLog.js';
export { csvLogWriter } from './write/csvLogWriter.js';
export { xesLogWriter } from './write/xesLogWriter.js';
export { stringSink } from './write/logSink.js';
export type { TextSink } from './write/logSink.js';
export { LogReadError } from './read/logReadError.js';
export { XES_COLUMNS, parseColumnMap } from './read/logColumns.js';
export type { LogColumns } from './read/logColumns.js';
export type { ReadLog } from './read/logCollector.js';
export { csvRowReader, CSV_PARSE_OPTIONS, sniffDelimiter } from './read/csvRows.js';
export { xesReader } from './read/xesReader.js';
export { readOcel, ocelReader } from './read/ocelReader.js';
export type { ChunkReader } from './read/xesReader.js';
export { readLogText, sniffLogFormat } from './read/readLogText.js';
export type { LogTextFormat, LogTextOptions } from './read/readLogText.js';
export { fitModel } from './fit/fitLog.js';
export { scenarioText } from './fit/scenarioText.js';
export { validateFit, validateFitSteps } from './fit/validateFit.js';
export type { FitValidation } from './fit/validateFit.js';
export { validationTable } from './fit/validationTable.js';
export { windowKpis, viewOf, endActivities } from './kpi/windowKpis.js';
export { simulateLog } from './export/simulateLog.js';
export { driftCheck, driftCheckSteps, driftCheckOn, logSpan } from './drift/driftCheck.js';
export type { DriftReport, DriftCell, DriftOptions } from './drift/driftCheck.js';
export { driftTable } from './drift/driftTable.js';
export { predictWindows, predictWindowsOn, compareDrift } from './drift/driftCheck.js';
export { measureWindows } from './drift/windowReplication.js';
export type { WindowJob, WindowExecutor, WindowMeasure, MeasuredRun } from './drift/windowReplication.js';
export type { DriftPrediction } from './drift/driftCheck.js';
