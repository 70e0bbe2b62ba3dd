import { SimulationLimitError, type Model } from '../core/index.js';
import { heldResultsOverBudget, readWarmup, type Executor, type WarmupOption } from '../experiments/index.js';
import { createWorkerPool, inProcessWorker, workerApi } from '../worker/index.js';
import { invalid, OpsimError } from './opsimError.js';
import type { Scenario } from './scenario.js';

/** Options every experiment takes: how many replications from which seed, the warm-up, and how to run. */
export interface ReplicationOptions {
  /** Seed of every random stream (default: the file's `seed`, else 1). */
  seed?: string | number;
  /** Replications per design or point (default: the file's `replications`, else 10). */
  replications?: number;
  /** `'auto'` (MSER-5 on a pilot), a duration such as `'2w'`, or hours (default: the file's `warmup`). */
  warmup?: 'auto' | string | number;
  /** Runs the replications (default: one after another on the calling thread, a macrotask each). */
  executor?: Executor;
  /** Called after each replication with the replications done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting stops between replications; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * `maxResultsBytes` of run and compare: a report is made from every replication's whole result, all
 * held at once, so a caller that knows its memory (in Node, a share of
 * v8.getHeapStatistics().heap_size_limit, as the CLI takes 60% of it) can have a job that would not
 * fit refused before it runs rather than run out of memory at its end.
 */
export function checkResultsMemory(models: readonly Model[], replications: number, maxBytes: number | undefined): void {
  if (maxBytes === undefined) return;
  if (!(maxBytes > 0)) throw invalid('options', 'maxResultsBytes', `expected a number of bytes > 0, got ${maxBytes}`);
  const excess = heldResultsOverBudget(models, replications, maxBytes);
  if (excess === null) return;
  throw new OpsimError('limit', [
    {
      file: 'options',
      path: 'replications',
      message:
        `${replications} replications of ${models.length} design(s) would hold about ${excess.bytes} bytes of results, ` +
        `more than maxResultsBytes (${maxBytes}); at most ${excess.most} replications fit`,
    },
  ]);
}

export interface Replication {
  seed: string;
  replications: number;
  warmup: WarmupOption;
}

/**
 * A value as a message shows it: text in quotes, so that the string "3" does not read as the number 3,
 * and an object or a list as JSON rather than "[object Object]".
 */
export function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' && value !== null) {
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

/**
 * readSeed(value): the `seed` option checked: a word or a finite number, as given; undefined when
 * absent. Anything else (an object, an array, null, NaN, an empty string) is an OpsimError, not a
 * seed made of its String() ("[object Object]").
 */
export function readSeed(value: unknown): string | number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') throw invalid('options', 'seed', 'expected a number or a word, got nothing');
  throw invalid('options', 'seed', `expected a number or a word, got ${shown(value)}`);
}

/** readCount(value, least, path): a whole-number option (replications) checked. */
export function readCount(value: unknown, least: number, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < least)
    throw invalid('options', path, `expected a whole number >= ${least}, got ${shown(value)}`);
  return value;
}

/**
 * readNames(value, path, example): a list option (variants, objectives) checked: undefined, or an
 * array of text. One name given on its own is named as such rather than met with a TypeError.
 */
export function readNames(value: unknown, path: string, example: string): readonly string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw invalid('options', path, `expected a list such as ${example}, got ${shown(value)}`);
  value.forEach((name, i) => {
    if (typeof name !== 'string') throw invalid('options', `${path}.${i}`, `expected a name, got ${shown(name)}`);
  });
  return value as string[];
}

/** readReplication(scenario, options): the options checked, with the file's defaults. */
export function readReplication(scenario: Scenario, o: ReplicationOptions): Replication {
  const given = readSeed(o.seed);
  const seed =
    given === undefined ? (scenario.doc.seed === undefined ? '1' : String(scenario.doc.seed)) : String(given);
  const replications = readCount(o.replications ?? scenario.doc.replications ?? 10, 1, 'replications');
  let warmup: WarmupOption = null;
  if (typeof o.warmup === 'number') {
    if (!(o.warmup >= 0 && o.warmup < scenario.model.horizon))
      throw invalid(
        'options',
        'warmup',
        `expected hours from 0 to below the horizon (${scenario.model.horizon} h), got ${o.warmup}`,
      );
    warmup = o.warmup;
  } else if (o.warmup !== undefined) {
    const r = readWarmup(o.warmup, scenario.model.horizon);
    if ('error' in r) throw invalid('options', 'warmup', r.error);
    warmup = r.warmup;
  }
  return { seed, replications, warmup };
}

/**
 * readExecutor(value): the `executor` option checked: undefined, or an object with a run method (and
 * a cancel method, if it has one, as an abort calls it). Anything else is an OpsimError naming the
 * option, not the TypeError of calling what is not a function halfway through a job.
 */
export function readExecutor(value: unknown): Executor | undefined {
  if (value === undefined) return undefined;
  const expected = 'expected an object with a run(jobs, hooks) method, such as a worker pool';
  if (typeof value !== 'object' || value === null || typeof (value as { run?: unknown }).run !== 'function')
    throw invalid('options', 'executor', `${expected}, got ${shown(value)}`);
  const cancel = (value as { cancel?: unknown }).cancel;
  if (cancel !== undefined && typeof cancel !== 'function')
    throw invalid('options', 'executor.cancel', `expected a method (called on abort), got ${shown(cancel)}`);
  return value as Executor;
}

/**
 * withExecutor(options, fn): runs fn with the caller's executor or an in-process pool, cancelling the
 * pool when the signal aborts. An abort rejects with the signal's reason; a guard that trips in the
 * engine becomes an OpsimError of kind 'limit'.
 */
export async function withExecutor<T>(o: ReplicationOptions, fn: (executor: Executor) => Promise<T>): Promise<T> {
  const given = readExecutor(o.executor);
  o.signal?.throwIfAborted();
  const own = given === undefined ? createWorkerPool({ size: 1, spawn: () => inProcessWorker(workerApi) }) : null;
  const executor = given ?? own!;
  const cancellable = executor as Executor & { cancel?: () => void };
  const onAbort = () => cancellable.cancel?.();
  o.signal?.addEventListener('abort', onAbort);
  try {
    const result = await fn(executor);
    o.signal?.throwIfAborted();
    return result;
  } catch (err) {
    o.signal?.throwIfAborted();
    if (err instanceof SimulationLimitError || (err instanceof Error && err.name === 'SimulationLimitError')) {
      throw new OpsimError('limit', [{ file: 'simulation', path: '', message: err.message }]);
    }
    throw err;
  } finally {
    o.signal?.removeEventListener('abort', onAbort);
    own?.close();
  }
}
