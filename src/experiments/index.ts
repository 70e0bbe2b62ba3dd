// Experiments: everything between one replication and a decision. Replications of a design are
// aggregated leaf by leaf into means with Student-t 95% intervals (aggregate, interval); designs are
// compared under common random numbers with paired differences (runCompare, pairedDifference),
// optionally adding replications until a precision target is met, significance controlled by Holm's
// procedure across the report; moves are split into parts that add up to them (explain); a warm-up option (`auto` or a duration)
// is read and resolved for one or several models, `auto` by MSER-5 on pilots (readWarmup,
// resolveWarmup, autoWarmup), for the CLI and the web page alike; sweeps build grids of parameter
// values, their Pareto front (on means, and with 95% confidence from paired replications) and paired
// differences between points; select/ picks the best design with a stated confidence (KN, with a
// feasibility check for constraints); shards split a job list across machines and merge back into the
// exact single-machine report; heldResults estimates what a job's results will hold in memory. Nothing here imports Node or the DOM: jobs run through an injected
// Executor (executor.ts), implemented by src/worker's pool.

export type { Executor, Job, PoolRun, RunHooks } from './executor.js';
export { tQuantile975 } from './studentT.js';
export { figureInterval, interval, scaleInterval, type Interval } from './interval.js';
export { aggregate, type Aggregated } from './aggregate.js';
export {
  headlineOf,
  metricInfo,
  OBJECTIVE_ALIASES,
  OVERALL_KEYS,
  hiddenFromPeople,
  type Headline,
  type MetricInfo,
} from './headline.js';
export { summariseRuns, aggregateHeadlines, decidesAtForums, type DesignReport } from './designReport.js';
export { typeOutcomesOf, type TypeOutcomes } from './typeOutcomes.js';
export { buildRunReport, REPORT_FORMAT, type RunReport, type RunSpec } from './runReport.js';
export type { WarmupInfo } from './warmupInfo.js';
export { pairedDifference, type Difference } from './pairedDifference.js';
export { withinPrecision, imprecise, precisionScale } from './precision.js';
export {
  explainDifferences,
  decompose,
  metricParts,
  type Explanation,
  type Decomposition,
  type Contribution,
} from './explain/index.js';
export {
  buildCompareReport,
  type CompareReport,
  type CompareSpec,
  type DesignSpec,
  type Stopping,
} from './compareReport.js';
export { runCompare, type CompareOptions, type CompareOutcome } from './runCompare.js';
export {
  correctForMultipleComparisons,
  heldBackByCorrection,
  significanceLabel,
  type Significance,
} from './significance.js';
export { designJobs, splitByDesign, roundRobinJobs, splitRoundRobin, replicate, type Replicated } from './replicate.js';
export { mser, type MserResult } from './mser.js';
export { autoWarmup } from './autoWarmup.js';
export { readWarmup, type WarmupOption } from './warmupOption.js';
export { resolveWarmup, PILOT_REPLICATIONS, type WarmupRequest } from './resolveWarmup.js';
export { paretoFront, type Objective } from './pareto.js';
export { paretoWithConfidence, type FrontStatus, type FrontStanding } from './paretoConfidence.js';
export { parseSweepValues, type SweepValue } from './sweepValues.js';
export { coverageNote } from './coverageNote.js';
export {
  buildSweepReport,
  sweepReportFromSlices,
  sweepSlice,
  type SweepSlice,
  gridPoints,
  parseObjectives,
  type SweepParam,
  type SweepPoint,
  type SweepReport,
  type SweepSpec,
} from './sweepReport.js';
export { frontText } from './frontText.js';
export { shardJobs, shardSize } from './shardRange.js';
export {
  figureCount,
  heldResultsExcess,
  heldResultsOverBudget,
  JSON_CHARS_PER_FIGURE,
  mergeHolds,
  resultBytes,
  BYTES_PER_FIGURE,
  BYTES_PER_RESULT,
  figuresFromShape,
  resultFigures,
  resultFiguresBound,
  shapeJob,
} from './heldResults.js';
export { readShard, SHARD_RUNNERS, type Shard } from './shardOption.js';
export { sha256, sha256Hex } from './sha256.js';
export {
  runShard,
  mergeShards,
  reportFromRuns,
  scenarioFingerprint,
  ShardError,
  SHARD_FORMAT,
  type NamedShard,
  type ShardFile,
  type ShardTask,
} from './shard.js';
export { reportJson } from './reportJson.js';
export * from './select/index.js';
export * from './optimise/index.js';
export { warningsOf, warningInputs, warnsNothingDone, WARN, type Warning, type WarningInputs } from './warnings.js';
export { finishedNothing, noBudgetUse, overDoneItems, type NoBudgetUse } from './noValue.js';
export { periodReports, periodReportsOf, type PeriodReport } from './periodReport.js';
export { periodLabel, periodPart, type PeriodPart } from './periodPart.js';
export { periodDifferences, periodDifferencesOf, periodMetricsOf, type PeriodDifference } from './periodDifferences.js';
