// Optimisation: the best design of a space of decisions declared in the scenario (`decisions:`, each a
// number in the file with the values it may take and an optional cost per unit). decisionSpace expands
// the decisions into design points and writes the winner as a variant; runOptimise certifies small
// spaces whole with select, and screens larger ones with OCBA (ocba) before certifying the finalists.

export {
  decisionsOf,
  designPoints,
  designName,
  decisionCost,
  pointParams,
  variantText,
  type Decision,
  type DesignPoint,
  decisionSpace,
  MAX_DESIGNS,
} from './decisionSpace.js';
export { optimiseSpec, warmOptimise, OPTIMISE_DEFAULTS, type OptimiseJob } from './optimiseSpec.js';
export { ocbaAllocation } from './ocba.js';
export {
  runOptimise,
  DECISION_COST,
  OCBA_REFERENCE,
  type OptimiseOptions,
  type OptimiseReport,
  type OptimiseSpec,
  type ScreenedDesign,
} from './runOptimise.js';
