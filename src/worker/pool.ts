// A pool of N workers fed from a job queue. It knows nothing about Node or the DOM: the caller
// injects `spawn`, which returns a handle on one worker (a comlink proxy of a Node worker, a Web
// Worker, or the API itself running in-process). Results are stored at their job's index, so the
// assembled list and every report built from it are the same whatever the number of workers.

import type { MeasuredRun, WindowExecutor, WindowJob } from '../eventlog/measure.js';
import type { Executor, PoolRun, RunHooks } from '../experiments/index.js';
import { JobError, type Job, type JobOutcome } from './protocol.js';

export interface WorkerHandle {
  /** Runs `job`; `onShare` hears the share of its horizon simulated while it runs, if the worker says. */
  runJob(job: Job, onShare?: (share: number) => void): Promise<JobOutcome>;
  /** Runs a replication measured per window for drift. */
  measureJob(job: WindowJob): Promise<JobOutcome<MeasuredRun>>;
  terminate(): void;
  /**
   * Jobs given to it at once (default 1). A worker process or Web Worker takes 2: its next job is
   * already waiting when it finishes one, rather than sent when the thread that feeds it is next free
   * (up to a replication later when that thread runs replications too, a few milliseconds when it
   * draws a page).
   */
  readonly depth?: number;
}

export interface WorkerPool extends Executor, WindowExecutor {
  readonly size: number;
  /** Stops handing out jobs, terminates the workers and resolves the current run with cancelled = true. */
  cancel(): void;
  /** Terminates the workers; the pool spawns new ones if run again. */
  close(): void;
}

/** `worker`, given `depth` jobs at once by the pool (see WorkerHandle.depth). */
export function withDepth(worker: WorkerHandle, depth: number): WorkerHandle {
  return {
    runJob: (job, onShare) => worker.runJob(job, onShare),
    measureJob: (job) => worker.measureJob(job),
    terminate: () => worker.terminate(),
    depth,
  };
}

/** `spawn(index)` makes the pool's index-th worker (0 first), each time the pool (re)starts its workers. */
export function createWorkerPool(options: { size: number; spawn: (index: number) => WorkerHandle }): WorkerPool {
  const size = Math.max(1, Math.floor(options.size));
  let workers: WorkerHandle[] = [];
  let stop: (() => void) | null = null;

  function close(): void {
    for (const w of workers) w.terminate();
    workers = [];
  }

  /** Runs `jobs` on the workers, each sent with `send`; results in job order. */
  function runAll<J, R>(
    jobs: readonly J[],
    send: (worker: WorkerHandle, job: J, onShare?: (share: number) => void) => Promise<JobOutcome<R>>,
    hooks: RunHooks,
  ): Promise<{ results: (R | undefined)[]; cancelled: boolean }> {
    const results: (R | undefined)[] = new Array<R | undefined>(jobs.length).fill(undefined);
    if (jobs.length === 0) return Promise.resolve({ results, cancelled: false });
    while (workers.length < Math.min(size, jobs.length)) workers.push(options.spawn(workers.length));
    return new Promise((resolve, reject) => {
      let next = 0;
      let done = 0;
      // The simulated share of the jobs in hand, summed, so that `done` moves during long replications.
      const share = new Map<number, number>();
      let inHand = 0;
      let finished = false;
      const finish = (outcome: () => void) => {
        if (finished) return;
        finished = true;
        stop = null;
        outcome();
      };
      stop = () =>
        finish(() => {
          close();
          resolve({ results, cancelled: true });
        });
      // Jobs in hand per worker. A worker of depth 2 gets its second only while more jobs are left than
      // there are workers: at the tail a job queued behind a busy worker would leave another idle.
      const held = new Map<WorkerHandle, number>();
      const topUp = (worker: WorkerHandle) => {
        for (;;) {
          const h = held.get(worker) ?? 0;
          if (finished || next >= jobs.length || h >= (worker.depth ?? 1)) return;
          if (h > 0 && jobs.length - next <= workers.length) return;
          held.set(worker, h + 1);
          feed(worker);
        }
      };
      const feed = (worker: WorkerHandle) => {
        const index = next++;
        const onShare = hooks.onProgress
          ? (s: number) => {
              if (finished) return;
              inHand += s - (share.get(index) ?? 0);
              share.set(index, s);
              hooks.onProgress?.(done + inHand, jobs.length);
            }
          : undefined;
        send(worker, jobs[index], onShare).then(
          (outcome) => {
            if (finished) return;
            inHand -= share.get(index) ?? 0;
            share.delete(index);
            if (!outcome.ok) {
              finish(() => {
                close();
                reject(new JobError(outcome.error));
              });
              return;
            }
            results[index] = outcome.result;
            done++;
            held.set(worker, (held.get(worker) ?? 1) - 1);
            hooks.onProgress?.(done + inHand, jobs.length);
            if (done === jobs.length) finish(() => resolve({ results, cancelled: false }));
            else topUp(worker);
          },
          (err: unknown) =>
            finish(() => {
              close();
              reject(err);
            }),
        );
      };
      for (const w of workers) topUp(w);
    });
  }

  return {
    size,
    run: (jobs: readonly Job[], hooks: RunHooks = {}): Promise<PoolRun> =>
      runAll(jobs, (worker, job, onShare) => worker.runJob(job, onShare), hooks),
    measure: (jobs: readonly WindowJob[], hooks: RunHooks = {}) =>
      runAll(jobs, (worker, job) => worker.measureJob(job), hooks),
    cancel: () => {
      if (stop) stop();
      else close();
    },
    close,
  };
}
