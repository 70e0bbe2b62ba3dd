import type { Model, RunResult } from '../core/index.js';
import type { Executor } from './executor.js';
import { buildCompareReport, type CompareReport, type CompareSpec } from './compareReport.js';
import { designJobs, splitByDesign } from './replicate.js';
import { shardRange } from './shardRange.js';
import { buildSweepReport, gridPoints, type SweepReport, type SweepSpec } from './sweepReport.js';

export const SHARD_FORMAT = 'opsim-shard/1';

/** What a sharded job is: enough to rebuild the report once every shard's runs are back. */
export type ShardTask =
  | { kind: 'compare'; spec: CompareSpec; replications: number }
  | { kind: 'sweep'; spec: SweepSpec; replications: number };

/** One shard's output file: the runs of jobs [range[0], range[1]) of the task's design-major job list. */
export interface ShardFile {
  format: typeof SHARD_FORMAT;
  shard: { k: number; n: number };
  totalJobs: number;
  range: [number, number];
  task: ShardTask;
  results: RunResult[];
}

export function taskDesigns(task: ShardTask): number {
  return task.kind === 'compare' ? task.spec.designs.length : gridPoints(task.spec.params).length;
}

export class ShardError extends Error {
  override name = 'ShardError';
}

/**
 * runShard(task, models, executor, shard): runs the k-th of n parts of the job list. Returns null if
 * cancelled, since a partial shard could not be merged.
 */
export async function runShard(
  task: ShardTask,
  models: readonly Model[],
  executor: Executor,
  shard: { k: number; n: number },
  onProgress?: (done: number, total: number) => void,
): Promise<ShardFile | null> {
  const jobs = designJobs(models, task.spec.seed, 0, task.replications);
  const range = shardRange(jobs.length, shard.k, shard.n);
  const { results, cancelled } = await executor.run(jobs.slice(range[0], range[1]), { onProgress });
  if (cancelled) return null;
  return { format: SHARD_FORMAT, shard, totalJobs: jobs.length, range, task, results: results as RunResult[] };
}

/** reportFromRuns(task, results): the report for the whole job list, in job order. */
export function reportFromRuns(task: ShardTask, results: readonly RunResult[]): CompareReport | SweepReport {
  const runs = splitByDesign(results, taskDesigns(task));
  if (task.kind === 'compare') return buildCompareReport(task.spec, runs, { rule: 'fixed', target: null, maxReplications: null });
  return buildSweepReport(task.spec, runs);
}

/**
 * mergeShards(shards): the report one machine would have produced. The shards must come from the same
 * task (same file, options and seed) and cover parts 1..n exactly once, in any order.
 */
export function mergeShards(shards: readonly unknown[]): CompareReport | SweepReport {
  if (shards.length === 0) throw new ShardError('no shard files given');
  const files = shards.map((s, i) => checkShape(s, i));
  const first = files[0];
  const task = JSON.stringify(first.task);
  const n = first.shard.n;
  const seen = new Map<number, ShardFile>();
  files.forEach((f, i) => {
    if (f.shard.n !== n) throw new ShardError(`shard ${i + 1}: part of ${f.shard.n} shards, the first file is part of ${n}`);
    if (JSON.stringify(f.task) !== task) throw new ShardError(`shard ${i + 1} (${f.shard.k}/${n}): comes from a different job (scenario, options or seed differ from shard ${first.shard.k}/${n})`);
    if (seen.has(f.shard.k)) throw new ShardError(`shard ${f.shard.k}/${n} given twice`);
    seen.set(f.shard.k, f);
  });
  const missing: number[] = [];
  for (let k = 1; k <= n; k++) if (!seen.has(k)) missing.push(k);
  if (missing.length > 0) throw new ShardError(`missing shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${n}`).join(', ')}`);
  const results: RunResult[] = [];
  for (let k = 1; k <= n; k++) {
    const f = seen.get(k)!;
    const expected = shardRange(f.totalJobs, k, n);
    if (f.range[0] !== expected[0] || f.range[1] !== expected[1] || f.results.length !== expected[1] - expected[0]) {
      throw new ShardError(`shard ${k}/${n}: holds ${f.results.length} runs for jobs ${f.range[0]}..${f.range[1]}, expected jobs ${expected[0]}..${expected[1]}`);
    }
    results.push(...f.results);
  }
  return reportFromRuns(first.task, results);
}

function checkShape(value: unknown, i: number): ShardFile {
  const f = value as Partial<ShardFile> | null;
  if (!f || typeof f !== 'object' || f.format !== SHARD_FORMAT) {
    throw new ShardError(`file ${i + 1}: not an opsim shard (expected "format": "${SHARD_FORMAT}")`);
  }
  if (!f.shard || !f.task || !Array.isArray(f.results) || !Array.isArray(f.range) || typeof f.totalJobs !== 'number') {
    throw new ShardError(`file ${i + 1}: shard file is incomplete (needs shard, task, range, totalJobs, results)`);
  }
  return f as ShardFile;
}
