import type { Model, RunResult } from '../core/index.js';
import type { Executor, Job } from './executor.js';

/**
 * designJobs(models, seed, from, to, keepSeries): the job list for replications [from, to) of every
 * design, design-major (all of design 0, then design 1...), as shards split it. Replication r of
 * every design uses the same seed and index, so the engine gives them the same random streams:
 * common random numbers.
 */
export function designJobs(
  models: readonly Model[],
  seed: string,
  from: number,
  to: number,
  keepSeries = false,
): Job[] {
  const jobs: Job[] = [];
  for (const traced of models) {
    const model = withoutSeries(traced, keepSeries);
    for (let r = from; r < to; r++) jobs.push({ model, seed, replication: r });
  }
  return jobs;
}

/** splitByDesign(results, designs): the inverse of designJobs' order. */
export function splitByDesign<T>(results: readonly T[], designs: number): T[][] {
  const per = designs === 0 ? 0 : results.length / designs;
  return Array.from({ length: designs }, (_, d) => results.slice(d * per, (d + 1) * per));
}

/**
 * roundRobinJobs(models, seed, from, to, keepSeries): the same jobs in the order they are run:
 * replication `from` of every design, then `from + 1` of every design... A run stopped part-way
 * (Ctrl-C, a failure) has then finished about as many replications of every design, instead of all
 * of the first designs and none of the last. Results are keyed by (design, replication), so the
 * order changes no report.
 */
export function roundRobinJobs(
  models: readonly Model[],
  seed: string,
  from: number,
  to: number,
  keepSeries = false,
): Job[] {
  const designs = models.map((m) => withoutSeries(m, keepSeries));
  const jobs: Job[] = [];
  for (let r = from; r < to; r++) for (const model of designs) jobs.push({ model, seed, replication: r });
  return jobs;
}

/** splitRoundRobin(results, designs): the inverse of roundRobinJobs' order: [design][replication]. */
export function splitRoundRobin<T>(results: readonly T[], designs: number): T[][] {
  const out: T[][] = Array.from({ length: designs }, () => []);
  results.forEach((r, i) => out[i % designs].push(r));
  return out;
}

/**
 * Reports never read the over-time series, and a year of samples is ten times the rest of a result,
 * so a sweep that kept them all held hundreds of megabytes. Unless asked to keep them, the jobs run
 * without the trace; sampling only observes, so every other figure is the same. One copy per
 * design, so that every job of a design carries the same model object (workers keep it by identity).
 */
function withoutSeries(traced: Model, keepSeries: boolean): Model {
  return keepSeries || traced.traceEvery <= 0 ? traced : { ...traced, traceEvery: 0 };
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
  const jobs = roundRobinJobs(models, seed, from, to, options.keepSeries === true);
  const { results, cancelled } = await executor.run(jobs, { onProgress });
  const perDesign = splitRoundRobin(results, models.length);
  let complete = to - from;
  for (const runs of perDesign) {
    const gap = runs.findIndex((r) => r === undefined);
    if (gap >= 0) complete = Math.min(complete, gap);
  }
  return { runs: perDesign.map((runs) => runs.slice(0, complete) as RunResult[]), cancelled };
}
