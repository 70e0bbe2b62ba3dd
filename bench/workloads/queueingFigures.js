// The key figures read from one engine RunResult of a queueing workload. `littleRatio` checks the
// engine's own statistics against each other: by Little's law the time-average number in the
// system equals the arrival rate times the mean time in system, whatever the seed.
export function queueingFigures(result, stepId, poolId) {
  const window = result.horizon - result.warmup;
  const o = result.overall;
  const figures = { W: o.cycleTime.mean };
  if (stepId && result.steps?.[stepId]) figures.Wq = result.steps[stepId].wait.mean;
  if (poolId && result.pools?.[poolId]) figures.utilisation = result.pools[poolId].utilisation;
  if (o.arrived > 0 && o.cycleTime.mean > 0) figures.littleRatio = o.wipMean / ((o.arrived / window) * o.cycleTime.mean);
  return figures;
}
