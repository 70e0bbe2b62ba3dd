import type { Model } from '../core/index.js';
import {
  heldResultsOverBudget,
  JSON_CHARS_PER_FIGURE,
  resultFigures,
  resultFiguresBound,
  type Shard,
} from '../experiments/index.js';
import { megabytes } from '../scenario/index.js';
import type { CliIo } from './cliIo.js';
import { UsageError } from './usageError.js';

/**
 * The share of the heap a job's results may take: the rest is the report's own making (its
 * intervals, explanations and text) and the collector's room. At about 0.55 of it (5 designs × 6,000
 * short company replications) a replication took 21% longer than with 5 × 2,000; at about 1.05 (5 ×
 * 12,000) the job took 3.5 minutes instead of about 1, the collector running almost without pause,
 * and a little more ends the process without a report (docs/performance-journal.md, round 15).
 */
export const HEAP_SHARE = 0.6;

/**
 * Stops, before anything runs, a run or compare whose replications' results would not fit the
 * heap this process may use (io.heapLimit): the report is made from all of them at once.
 * `replications` is what is held of each design (the cap with --precision), `where` names what set
 * it ("--replications" or the file's field), `share` the part of the jobs this process runs (a shard).
 */
export function checkHeldResults(
  io: CliIo,
  models: readonly Model[],
  replications: number,
  where: string,
  share = 1,
): void {
  const limit = io.heapLimit;
  if (limit === undefined) return;
  const excess = heldResultsOverBudget(models, replications, (HEAP_SHARE * limit) / share);
  if (excess === null) return;
  const bytes = excess.bytes * share;
  const designs = models.length === 1 ? 'one design' : `${models.length} designs`;
  const each = excess.bytes / (replications * models.length);
  throw new UsageError(
    `${where}: ${replications.toLocaleString('en-US')} replications of ${designs} would hold about ` +
      `${megabytes(bytes)} of results (${kilobytes(each)} each; a report is made from all of them at once), ` +
      `more than ${Math.round(HEAP_SHARE * 100)}% of the ${megabytes(limit)} this process may use. ` +
      `Use at most ${excess.most.toLocaleString('en-US')} replications, fewer designs, or give Node more memory ` +
      `(${nodeOptionsFor(bytes)}).`,
  );
}

/** The Node heap in which `bytes` of results would be HEAP_SHARE of it, with a tenth to spare. */
const nodeOptionsFor = (bytes: number): string =>
  `NODE_OPTIONS=--max-old-space-size=${Math.ceil((bytes / HEAP_SHARE / 2 ** 20) * 1.1)}`;

const kilobytes = (bytes: number): string =>
  bytes >= 2 ** 20 ? megabytes(bytes) : `${Math.ceil(bytes / 1024).toLocaleString('en-US')} KB`;

/**
 * Stops `opsim merge` of compare shards whose whole runs would not fit the heap, after reading the
 * first file (which says how many runs the job has) rather than at the crash after the last.
 */
export function checkMergeHolds(io: CliIo, bytes: number, jobs: number): void {
  const limit = io.heapLimit;
  if (limit === undefined || bytes <= HEAP_SHARE * limit) return;
  throw new UsageError(
    `merge: the compare's ${jobs.toLocaleString('en-US')} runs would hold about ${megabytes(bytes)} of results ` +
      `(a compare report is made from whole runs), more than ${Math.round(HEAP_SHARE * 100)}% of the ` +
      `${megabytes(limit)} this process may use; merge with more memory ` +
      `(${nodeOptionsFor(bytes)})`,
  );
}

/** The longest string V8 makes, in Node and Chromium: a shard file is written and read as one. */
const MAX_TEXT = 2 ** 29 - 24;

/**
 * Stops, before it runs, a shard whose file would be too long to write or merge: JSON.stringify of a
 * longer text fails with V8's "Invalid string length" once the runs are done. `models` are the
 * designs whose results it holds, `jobs` how many. A shard holding every result whole (compare,
 * sweep and select --full) is bounded as for the heap: the bound on their figures lets most shards
 * through without a run of no length. A shard keeping less of each run gives `runChars`, the most
 * characters one run of a design takes there.
 */
export function checkShardText(
  models: readonly Model[],
  jobs: number,
  shard: Shard,
  runChars?: (m: Model) => number,
): void {
  const most = 0.9 * MAX_TEXT;
  const charsBy = (perRun: (m: Model) => number) => (jobs * sum(models.map(perRun))) / models.length;
  const whole = (figures: (m: Model) => number) => (m: Model) => figures(m) * JSON_CHARS_PER_FIGURE;
  const chars =
    runChars !== undefined
      ? charsBy(runChars)
      : charsBy(whole(resultFiguresBound)) <= most
        ? 0
        : charsBy(whole(resultFigures));
  if (chars <= most) return;
  throw new UsageError(
    `--shard ${shard.k}/${shard.n}: this shard's file would be about ${megabytes(chars)} of JSON ` +
      `(${jobs.toLocaleString('en-US')} results), more than the ${megabytes(MAX_TEXT)} one file opsim writes or merges can hold; ` +
      `split the job into more shards (n >= ${Math.ceil((shard.n * chars) / most)})`,
  );
}

const sum = (xs: readonly number[]): number => xs.reduce((a, x) => a + x, 0);
