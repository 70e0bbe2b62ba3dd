// A long computation (validation and drift simulate replication after replication) written as a
// generator that yields its progress after each replication: drain runs it at once, and the library
// drives it one step per macrotask, so a page stays responsive and an AbortSignal is seen between
// replications. One code path for both.

/** [replications done, total]. */
export type Progress = [done: number, total: number];

/** drain(steps): runs the steps to the end and returns the result. */
export function drain<T>(steps: Generator<Progress, T, void>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
