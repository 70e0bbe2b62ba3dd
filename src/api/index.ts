// The library: opsim's public front door, `import { loadScenario, run, compare, sweep, select, optimise,
// fit, drift, merge } from 'opsim'`. Everything exported here is the package's deliberate public surface (package.json's
// `exports` map points here; every other module is private). It needs no file system and no Node
// module, so it also runs in a browser bundle: scenarios come in as text or parsed documents, jobs run
// through an injectable executor (in-process by default), progress through a callback, cancellation
// through an AbortSignal. Reports are the objects the CLI prints (`reportJson` gives its exact JSON
// text), and every failure the caller can act on is an OpsimError carrying issues with field paths.
// Documented in docs/api.md. The CLI (src/cli) runs its commands through the same functions.

export { loadScenario, type Scenario, type LoadOptions } from './scenario.js';
export { run, type RunOptions } from './run.js';
export { compare, type CompareOptions } from './compare.js';
export { sweep, MAX_SWEEP_RUNS, type SweepOptions } from './sweep.js';
export { select, type SelectOptions } from './select.js';
export { optimise, MAX_DESIGNS, type OptimiseOptions } from './optimise.js';
export { readEventLog, type LogOptions, type LogSource } from './eventLog.js';
export { fit, type FitOptions, type FitResult } from './fit.js';
export { drift, type DriftOptions } from './drift.js';
export { merge } from './merge.js';
export { OpsimError } from './opsimError.js';
export type { ReplicationOptions } from './execution.js';
export { OPSIM_VERSION as version } from '../core/index.js';

export { reportJson, REPORT_FORMAT, SHARD_FORMAT } from '../experiments/index.js';
export type {
  RunReport,
  CompareReport,
  SweepReport,
  DesignReport,
  Interval,
  Difference,
  Explanation,
  SweepParam,
  SweepPoint,
  SweepValue,
  Objective,
  WarmupInfo,
  Stopping,
  ShardFile,
  NamedShard,
  SelectReport,
  SelectDesign,
  OptimiseReport,
  Executor,
  PoolRun,
  RunHooks,
  Job,
} from '../experiments/index.js';
export type { Issue, ScenarioDoc } from '../scenario/index.js';
export type { DriftReport, DriftCell, EventLog, ReadLog, LogColumns, FitValidation } from '../eventlog/index.js';
export type { Model, RunResult } from '../core/index.js';
