// The key figures read from one engine RunResult of a queueing workload.
// - W, Wq, utilisation: against the closed forms; their spread across seeds is wide at CI sizes.
// - arrivalRate and meanService: the engine's inputs read back from its output (items arrived per
//   hour over the run; busy hours per task). Their spread is only 1/sqrt(n), so at 200,000 items a
//   3% error in a rate or a mean (which moves W by less than its tolerance) is caught.
// - littleRatio: the engine's own statistics against each other: by Little's law the time-average
//   number in the system equals the arrival rate times the mean time in system, whatever the seed.
export function queueingFigures(result, stepId, poolId) {
  const window = result.horizon - result.warmup;
  const o = result.overall;
  const figures = { W: o.cycleTime.mean, arrivalRate: result.totals.arrived / result.horizon };
  if (stepId && result.steps?.[stepId]) figures.Wq = result.steps[stepId].wait.mean;
  const pool = poolId ? result.pools?.[poolId] : undefined;
  if (pool) {
    figures.utilisation = pool.utilisation;
    if (pool.tasks > 0) figures.meanService = pool.busyHours / pool.tasks;
  }
  if (o.arrived > 0 && o.cycleTime.mean > 0)
    figures.littleRatio = o.wipMean / ((o.arrived / window) * o.cycleTime.mean);
  return figures;
}
