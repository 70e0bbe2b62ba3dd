// The selection goal is read in src/experiments (the page's Select tab reads it too, and cannot reach
// the library); the library and the CLI take it from here.
export {
  readSelectionGoal,
  DEFAULT_OBJECTIVE,
  type SelectionGoal,
  type SelectionGoalInput,
  type GoalFailure,
} from '../experiments/index.js';
