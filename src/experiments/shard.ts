import { OPSIM_VERSION, type Model, type RunResult } from '../core/index.js';
import type { Executor } from './executor.js';
import { buildCompareReport, type CompareReport, type CompareSpec } from './compareReport.js';
import { designJobs, splitByDesign } from './replicate.js';
import { sha256, sha256Hex } from './sha256.js';
import { shardJobs, shardSize } from './shardRange.js';
import type { Shard } from './shardOption.js';
import {
  replaySelect,
  selectionReplications,
  selectJobs,
  selectSlice,
  type SelectReport,
  type SelectSlice,
  type SelectSpec,
} from './select/index.js';
import {
  gridPoints,
  sweepReportFromSlices,
  sweepSlice,
  sliceFromJson,
  type SweepReport,
  type SweepSlice,
  type SweepSpec,
} from './sweepReport.js';

/** 3: a select shard keeps each run's warning inputs beside its figures (2 kept the figures only). */
export const SHARD_FORMAT = 'opsim-shard/3';

/** What a sharded job is: enough to rebuild the report once every shard's runs are back. */
export type ShardTask =
  | { kind: 'compare'; spec: CompareSpec; replications: number }
  | { kind: 'sweep'; spec: SweepSpec; replications: number }
  /** replications: every design's, the most the procedure can ask for (selectionReplications). */
  | { kind: 'select'; spec: SelectSpec; replications: number };

/**
 * One shard's output file: the results of jobs k-1, k-1+n, k-1+2n... of the task's design-major job
 * list. Documented field by field in docs/report-format.md.
 */
export interface ShardFile {
  format: typeof SHARD_FORMAT;
  /** The opsim version that ran the shard: another version may give other results. */
  opsim: string;
  /** Fingerprints of what the shards must share: the resolved scenario (every compiled model) and the task. */
  job: { scenario: string; options: string };
  shard: Shard;
  totalJobs: number;
  assignment: 'strided';
  task: ShardTask;
  /**
   * `runs`: whole RunResults; `sweep`: each run's headline and warning inputs, all a sweep report reads;
   * `select`: each run's objective and constrained figures and its warning inputs, all a selection reads.
   */
  keeps: 'runs' | 'sweep' | 'select';
  results: RunResult[] | SweepSlice[] | StoredSelectSlice[];
  /** SHA-256 of this object's JSON without this field, so that an edited or damaged file is refused. */
  contentHash: string;
}

/** A select slice as JSON writes it: a figure with no value (NaN) is null. */
type StoredSelectSlice = { figures: (number | null)[]; warn: SelectSlice['warn'] };

export function taskDesigns(task: ShardTask): number {
  return task.kind === 'sweep' ? gridPoints(task.spec.params).length : task.spec.designs.length;
}

/** What a shard keeps of each run unless whole runs are asked for: all the merged report reads. */
function slimKeep(task: ShardTask): ShardFile['keeps'] {
  return task.kind === 'compare' ? 'runs' : task.kind;
}

export class ShardError extends Error {
  override name = 'ShardError';
}

/** scenarioFingerprint(models): SHA-256 of the compiled models in order, the scenario as it will run. */
export function scenarioFingerprint(models: readonly Model[]): string {
  const h = sha256();
  for (const m of models) h.update(JSON.stringify(m)).update('\n');
  return h.hex();
}

/**
 * runShard(task, models, executor, shard, onProgress, options): runs shard k of n of the job list.
 * Compare shards keep whole runs; sweep and select shards keep what their report reads of each run
 * unless `full` is asked.
 * Returns null if cancelled, since a partial shard could not be merged.
 */
export async function runShard(
  task: ShardTask,
  models: readonly Model[],
  executor: Executor,
  shard: Shard,
  onProgress?: (done: number, total: number) => void,
  options: { full?: boolean } = {},
): Promise<ShardFile | null> {
  const jobs =
    task.kind === 'select'
      ? selectJobs(task.spec, models, task.replications)
      : designJobs(models, task.spec.seed, 0, task.replications);
  const mine = shardJobs(jobs.length, shard.k, shard.n);
  const { results, cancelled } = await executor.run(
    mine.map((j) => jobs[j]),
    { onProgress },
  );
  if (cancelled) return null;
  const runs = results as RunResult[];
  const keeps = options.full === true ? 'runs' : slimKeep(task);
  const body = {
    format: SHARD_FORMAT,
    opsim: OPSIM_VERSION,
    job: { scenario: scenarioFingerprint(models), options: sha256Hex(JSON.stringify(task)) },
    shard: { k: shard.k, n: shard.n },
    totalJobs: jobs.length,
    assignment: 'strided' as const,
    task,
    keeps,
    results:
      keeps === 'sweep'
        ? runs.map(sweepSlice)
        : keeps === 'select'
          ? runs.map(selectSlice(task.spec as SelectSpec))
          : runs,
  } satisfies Omit<ShardFile, 'contentHash'>;
  return { ...body, contentHash: sha256Hex(JSON.stringify(body)) };
}

/** reportFromRuns(task, results): the report for the whole job list, in job order. */
export function reportFromRuns(
  task: ShardTask,
  results: readonly RunResult[],
): CompareReport | SweepReport | SelectReport {
  const runs = splitByDesign(results, taskDesigns(task));
  if (task.kind === 'select')
    return replaySelect(
      task.spec,
      runs.map((r) => r.map(selectSlice(task.spec))),
    );
  if (task.kind === 'compare')
    return buildCompareReport(task.spec, runs, { rule: 'fixed', target: null, maxReplications: null });
  return sweepReportFromSlices(
    task.spec,
    runs.map((r) => r.map(sweepSlice)),
  );
}

/** A shard to merge and the name it is known by in messages (its file name). */
export interface NamedShard {
  name: string;
  shard: unknown;
}

/**
 * mergeShards(shards): the report one machine would have produced. The shards must come from the same
 * job (same resolved scenario, options, seed and opsim version), be unedited, and cover parts 1..n
 * exactly once, in any order. `shards` is read one at a time and each file is dropped once its results
 * are placed, so a lazy iterable keeps memory to the results a report needs.
 */
export function mergeShards(shards: Iterable<NamedShard>): CompareReport | SweepReport | SelectReport {
  let first: { name: string; file: ShardFile } | null = null;
  let results: (RunResult | SweepSlice | SelectSlice | undefined)[] = [];
  const seen = new Map<number, string>();
  for (const { name, shard } of shards) {
    const file = checkShape(shard, name);
    checkContent(file, name);
    if (first === null) {
      first = { name, file };
      results = new Array(file.totalJobs).fill(undefined);
    } else {
      checkSameJob(first, { name, file });
    }
    const { k, n } = file.shard;
    const before = seen.get(k);
    if (before !== undefined) throw new ShardError(`shard ${k}/${n} given twice (${before} and ${name})`);
    seen.set(k, name);
    const mine = shardJobs(file.totalJobs, k, n);
    if (file.results.length !== mine.length)
      throw new ShardError(`${name}: shard ${k}/${n} holds ${file.results.length} results, expected ${mine.length}`);
    // A sweep or a selection needs only part of each run: reduce whole runs at once so that memory stays bounded.
    const slim = slimmer(file);
    mine.forEach((j, i) => {
      results[j] = slim(file.results[i]);
    });
  }
  if (first === null) throw new ShardError('no shard files given');
  const { task, shard } = first.file;
  const missing: number[] = [];
  for (let k = 1; k <= shard.n; k++) if (!seen.has(k)) missing.push(k);
  if (missing.length > 0)
    throw new ShardError(
      `missing shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${shard.n}`).join(', ')}`,
    );
  const perDesign = splitByDesign(results, taskDesigns(task));
  if (task.kind === 'compare') {
    if (first.file.keeps !== 'runs') throw new ShardError(`${first.name}: a compare shard must keep whole runs`);
    return buildCompareReport(task.spec, perDesign as RunResult[][], {
      rule: 'fixed',
      target: null,
      maxReplications: null,
    });
  }
  if (task.kind === 'select') {
    try {
      return replaySelect(task.spec, perDesign as SelectSlice[][]);
    } catch (err) {
      if (err instanceof RangeError) throw new ShardError(`${first.name}: ${err.message}`);
      throw err;
    }
  }
  return sweepReportFromSlices(task.spec, perDesign as SweepSlice[][]);
}

/** What the merge keeps of one stored result: a sweep's or a selection's slice (JSON's null read back as NaN both), or the run. */
function slimmer(file: ShardFile): (r: unknown) => RunResult | SweepSlice | SelectSlice {
  const { task, keeps } = file;
  if (task.kind === 'sweep')
    return keeps === 'runs' ? (r) => sweepSlice(r as RunResult) : (r) => sliceFromJson(r as SweepSlice);
  if (task.kind === 'select') {
    if (keeps === 'runs') return (r) => selectSlice(task.spec)(r as RunResult);
    return (r) => {
      const s = r as StoredSelectSlice;
      return { figures: s.figures.map((x) => (typeof x === 'number' ? x : Number.NaN)), warn: s.warn };
    };
  }
  return (r) => r as RunResult;
}

function checkShape(value: unknown, name: string): ShardFile {
  const f = value as Partial<ShardFile> | null;
  if (!f || typeof f !== 'object' || f.format !== SHARD_FORMAT) {
    const format = f && typeof f === 'object' ? (f as { format?: unknown }).format : undefined;
    const older = OLDER_FORMATS[String(format)];
    throw new ShardError(
      older !== undefined
        ? `${name}: a shard of an older opsim (format ${String(format)}, ${older}); run the shards again with this version`
        : `${name}: not an opsim shard (expected "format": "${SHARD_FORMAT}")`,
    );
  }
  const shardOk =
    f.shard && Number.isInteger(f.shard.k) && Number.isInteger(f.shard.n) && f.shard.k >= 1 && f.shard.k <= f.shard.n;
  const tasked =
    f.task &&
    typeof f.task === 'object' &&
    (f.task.kind === 'compare' || f.task.kind === 'sweep' || f.task.kind === 'select');
  if (
    !shardOk ||
    !tasked ||
    !Array.isArray(f.results) ||
    !Number.isSafeInteger(f.totalJobs) ||
    f.totalJobs! < 0 ||
    !f.job ||
    typeof f.contentHash !== 'string'
  ) {
    throw new ShardError(
      `${name}: shard file is incomplete (needs opsim, job, shard, totalJobs, task, keeps, results, contentHash)`,
    );
  }
  if (f.keeps !== 'runs' && f.keeps !== slimKeep(f.task!))
    throw new ShardError(`${name}: "keeps" must be "runs" or "${slimKeep(f.task!)}" for a ${f.task!.kind} shard`);
  if (f.keeps === 'select') {
    const constraints = (f.task as { spec?: Partial<SelectSpec> }).spec?.constraints;
    const width = 1 + (Array.isArray(constraints) ? constraints.length : 0);
    const shaped = (r: unknown) => {
      const s = r as Partial<StoredSelectSlice> | null;
      return (
        s !== null &&
        typeof s === 'object' &&
        Array.isArray(s.figures) &&
        s.figures.length === width &&
        s.figures.every((x) => x === null || typeof x === 'number') &&
        s.warn !== null &&
        typeof s.warn === 'object'
      );
    };
    if (!f.results.every(shaped))
      throw new ShardError(
        `${name}: every result must be { figures, warn }: ${width} figures (objective, then each constraint) and the run's warning inputs`,
      );
  } else if (f.results.some((r) => r === null || typeof r !== 'object' || Array.isArray(r)))
    throw new ShardError(`${name}: every result must be an object`);
  if (
    f.totalJobs !== taskDesigns(f.task!) * f.task!.replications ||
    shardSize(f.totalJobs!, f.shard!.k, f.shard!.n) !== f.results.length
  ) {
    throw new ShardError(
      `${name}: the number of results does not fit the job (${f.results.length} results for shard ${f.shard!.k}/${f.shard!.n} of ${f.totalJobs} jobs)`,
    );
  }
  return f as ShardFile;
}

/** Formats of earlier opsims, and what they lack. */
const OLDER_FORMATS: Record<string, string> = {
  'opsim-shard/1': 'without fingerprints',
  'opsim-shard/2': "a select shard there lacks its runs' warning inputs",
};

function checkContent(file: ShardFile, name: string): void {
  const { contentHash, ...body } = file;
  if (sha256Hex(JSON.stringify(body)) !== contentHash) {
    throw new ShardError(
      `${name}: its contents do not match its contentHash (the file was edited or damaged); run shard ${file.shard.k}/${file.shard.n} again`,
    );
  }
}

function checkSameJob(a: { name: string; file: ShardFile }, b: { name: string; file: ShardFile }): void {
  const differ = (what: string) => new ShardError(`${a.name} and ${b.name} come from different jobs: ${what}`);
  if (a.file.opsim !== b.file.opsim) throw differ(`written by opsim ${a.file.opsim} and ${b.file.opsim}`);
  if (a.file.job.scenario !== b.file.job.scenario) {
    throw differ(
      `the scenario differs (resolved scenario fingerprint ${a.file.job.scenario.slice(0, 12)}… vs ${b.file.job.scenario.slice(0, 12)}…)`,
    );
  }
  const fields = optionDifferences(a.file.task, b.file.task);
  if (a.file.job.options !== b.file.job.options || fields.length > 0)
    throw differ(`the options differ (${fields.join('; ') || 'task fingerprint'})`);
  if (a.file.shard.n !== b.file.shard.n)
    throw differ(`${a.name} is part of ${a.file.shard.n} shards, ${b.name} of ${b.file.shard.n}`);
}

/** The task fields that differ, as "seed: "7" vs "9"", values shortened. */
function optionDifferences(a: ShardTask, b: ShardTask): string[] {
  const flat = (t: ShardTask): Record<string, unknown> => ({ kind: t.kind, replications: t.replications, ...t.spec });
  const fa = flat(a);
  const fb = flat(b);
  const keys = [...new Set([...Object.keys(fa), ...Object.keys(fb)])];
  const short = (v: unknown) => {
    const s = JSON.stringify(v) ?? 'nothing';
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
  };
  return keys
    .filter((k) => JSON.stringify(fa[k]) !== JSON.stringify(fb[k]))
    .map((k) => `${k}: ${short(fa[k])} vs ${short(fb[k])}`);
}
