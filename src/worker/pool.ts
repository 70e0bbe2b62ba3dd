// A pool of N workers fed from a job queue. It knows nothing about Node or the DOM: the caller
// injects `spawn`, which returns a handle on one worker (a comlink proxy of a Node worker, a Web
// Worker, or the API itself running in-process). Results are stored at their job's index, so the
// assembled list and every report built from it are the same whatever the number of workers.

import type { RunResult } from '../core/index.js';
import type { Executor, PoolRun, RunHooks } from '../experiments/index.js';
import { JobError, type Job, type JobOutcome } from './protocol.js';

export interface WorkerHandle {
  runJob(job: Job): Promise<JobOutcome>;
  terminate(): void;
}

export interface WorkerPool extends Executor {
  readonly size: number;
  /** Stops handing out jobs, terminates the workers and resolves the current run with cancelled = true. */
  cancel(): void;
  /** Terminates the workers; the pool spawns new ones if run again. */
  close(): void;
}

export function createWorkerPool(options: { size: number; spawn: () => WorkerHandle }): WorkerPool {
  const size = Math.max(1, Math.floor(options.size));
  let workers: WorkerHandle[] = [];
  let stop: (() => void) | null = null;

  function close(): void {
    for (const w of workers) w.terminate();
    workers = [];
  }

  function run(jobs: readonly Job[], hooks: RunHooks = {}): Promise<PoolRun> {
    const results: (RunResult | undefined)[] = new Array(jobs.length).fill(undefined);
    if (jobs.length === 0) return Promise.resolve({ results, cancelled: false });
    while (workers.length < Math.min(size, jobs.length)) workers.push(options.spawn());
    return new Promise<PoolRun>((resolve, reject) => {
      let next = 0;
      let done = 0;
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
      const feed = (worker: WorkerHandle) => {
        if (finished || next >= jobs.length) return;
        const index = next++;
        worker.runJob(jobs[index]).then(
          (outcome) => {
            if (finished) return;
            if (!outcome.ok) {
              finish(() => {
                close();
                reject(new JobError(outcome.error));
              });
              return;
            }
            results[index] = outcome.result;
            done++;
            hooks.onProgress?.(done, jobs.length);
            if (done === jobs.length) finish(() => resolve({ results, cancelled: false }));
            else feed(worker);
          },
          (err: unknown) =>
            finish(() => {
              close();
              reject(err);
            }),
        );
      };
      for (const w of workers) feed(w);
    });
  }

  return {
    size,
    run,
    cancel: () => {
      if (stop) stop();
      else close();
    },
    close,
  };
}
