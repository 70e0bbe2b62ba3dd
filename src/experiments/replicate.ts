import type { Model, RunResult } from '../core/index.js';
import type { Executor, Job } from './executor.js';

/**
 * designJobs(models, seed, from, to, keepSeries): the job list for replications [from, to) of every
 * design, design-major (all of design 0, then design 1...). Replication r of every design uses the
 * same seed and index, so the engine gives them the same random streams: common random numbers.
 *
 * Reports never read the over-time series, and a year of samples is ten times the rest of a result,
 * so a sweep that kept them all held hundreds of megabytes. Unless asked to keep them, the jobs run
 * without the trace; sampling only observes, so every other figure is the same.
 */
export function designJobs(models: readonly Model[], seed: string, from: number, to: number, keepSeries = false): Job[] {
  const jobs: Job[] = [];
  for (const traced of models) {
    const model = keepSeries || traced.traceEvery <= 0 ? traced : { ...traced, traceEvery: 0 };
    for (let r = from; r < to; r++) jobs.push({ model, seed, replication: r });
  }
  return jobs;
}

/** splitByDesign(results, designs): the inverse of designJobs' order. */
export function splitByDesign<T>(results: readonly T[], designs: number): T[][] {
  const per = designs === 0 ? 0 : results.length / designs;
  return Array.from({ length: designs }, (_, d) => results.slice(d * per, (d + 1) * per));
}

export interface Replicated {
  /** runs[d][i] is design d's replication from + i. */
  runs: RunResult[][];
  /** True when the run was cancelled; runs then hold only the replications every design finished, in order. */
  cancelled: boolean;
}

export async function replicate(
  executor: Executor,
  models: readonly Model[],
  seed: string,
  from: number,
  to: number,
  onProgress?: (done: number, total: number) => void,
  options: { keepSeries?: boolean } = {},
): Promise<Replicated> {
  const jobs = designJobs(models, seed, from, to, options.keepSeries === true);
  const { results, cancelled } = await executor.run(jobs, { onProgress });
  const perDesign = splitByDesign(results, models.length);
  let complete = to - from;
  for (const runs of perDesign) {
    const gap = runs.findIndex((r) => r === undefined);
    if (gap >= 0) complete = Math.min(complete, gap);
  }
  return { runs: perDesign.map((runs) => runs.slice(0, complete) as RunResult[]), cancelled };
}
