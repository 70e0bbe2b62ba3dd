// Selection: the best design with a stated confidence. A fully sequential procedure (KN, Kim and
// Nelson 2001) compares designs replication by replication under common random numbers and drops a
// design as soon as the evidence says it is worse by more than the indifference zone; with
// constraints, a feasibility check (Andradóttir and Kim 2010) first sorts designs into feasible and
// infeasible. The procedures are pure (sequentialSelection, knScreening, feasibilityCheck) and get
// their observations from a sampler; runSelect feeds them replications through an Executor in batches;
// selectionMetrics says which figures can be ranked or limited and in what unit; selectReport turns an
// outcome into the report, with the guarantee in words.

export { screeningConstant, halfWidthOfSum, sampleVariance } from './screeningConstant.js';
export { KnScreening, type Elimination } from './knScreening.js';
export { FeasibilityCheck, type Feasibility, type Limit } from './feasibilityCheck.js';
export {
  selectBest,
  type SelectionProblem,
  type SelectionOutcome,
  type Sampler,
  type DesignOutcome,
  type DesignStatus,
} from './sequentialSelection.js';
export { selectionKeys, selectionInfo, measure, readMetricValue, SELECTION_ALIASES } from './selectionMetrics.js';
export {
  buildSelectReport,
  guaranteeText,
  constraintText,
  SELECT_REFERENCE,
  type SelectReport,
  type SelectSpec,
  type SelectDesign,
  type SelectDesignSpec,
  type SelectConstraint,
} from './selectReport.js';
export {
  runSelect,
  designSeed,
  selectionProblem,
  selectionFigures,
  selectionReplications,
  selectJobs,
  replaySelect,
  selectSlice,
  selectSliceCharsBound,
  type SelectOptions,
  type SelectSlice,
} from './runSelect.js';
export {
  readObjective,
  readConstraint,
  readDelta,
  readConfidence,
  DEFAULT_TOLERANCE_SHARE,
} from './readSelectionOptions.js';
export { keepUpLimits, keepUpValue, type KeepUpLimit } from './keepUpLimits.js';
export {
  readSelectionGoal,
  DEFAULT_OBJECTIVE,
  type SelectionGoal,
  type SelectionGoalInput,
  type GoalFailure,
} from './selectionGoal.js';
