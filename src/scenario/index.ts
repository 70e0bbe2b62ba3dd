// Scenario files: text (YAML or JSON) -> validated document -> compiled Model for src/core.
// parse/ reads text with limits on hostile input; schema/ holds the JSON Schema and turns its
// errors into readable issues; validate/ checks meaning (references, sums, graph); compile/
// resolves everything into hours and indices; patch/ applies variants as immer patches; load/
// ties it together with `extends`; modelWithParams builds one design (a variant plus parameters set
// by path, as a sweep point); timeline/ reads dated changes, ramps and peaks, and calendar periods. No Node imports: file access is injected by the caller.

export type { Issue } from './issue.js';
export { formatIssue } from './issue.js';
export type * from './doc/scenarioDoc.js';
export { parseScenarioText } from './parse/parseScenarioText.js';
export { decodeUtf8 } from './parse/utf8.js';
export { MAX_DEPTH, MAX_FILE_BYTES, MAX_ALIASES } from './parse/limits.js';
export {
  validateScenario,
  variantDocument,
  checkSweepPoints,
  SWEEP_POINTS_CHECKED,
} from './validate/validateScenario.js';
export { compileScenario, DEFAULT_MAX_EVENTS, DEFAULT_MAX_WIP } from './compile/compileScenario.js';
export { startDate } from './compile/startDate.js';
export { applyChanges, setParam } from './patch/applyChanges.js';
export type { Change } from './patch/applyChanges.js';
export { variantNames } from './variantNames.js';
export { stringifyScenario } from './stringifyScenario.js';
export { loadScenario, openScenario, MAX_EXTENDS_DEPTH } from './load/loadScenario.js';
export type { LoadResult, LoadOptions, OpenResult, OpenScenario } from './load/loadScenario.js';
export { sweepSpecs, rangeCount, rangeValues, MAX_SWEEP_VALUES } from './sweepSpecs.js';
export { parseDuration, readDuration, MAX_DURATION_HOURS } from './units/duration.js';
export { parseRate, readRate, MAX_RATE_PER_HOUR } from './units/rate.js';
export { scenarioSchema } from './schema/scenarioSchema.js';
export { modelWithParams, modelFromDoc, type Built } from './modelWithParams.js';
export { periodDays, periodSpec, withPeriods, PERIOD_KINDS, type PeriodKind } from './timeline/periodSpec.js';
export { estimateWork, type WorkPart } from './preflight/preflight.js';
export { megabytes } from './preflight/memoryEstimate.js';
