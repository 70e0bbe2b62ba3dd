import {
  browserWorkerChannel,
  createWorkerPool,
  withDepth,
  workerHandle,
  type WorkerHandle,
  type WorkerPool,
} from '../../src/worker/index.js';
import type { Model } from '../../src/core/index.js';
import type { Job } from '../../src/experiments/index.js';

/** A pool of Web Workers that can be started before there is work for them. */
export interface BrowserPool extends WorkerPool {
  /**
   * Starts the workers now, so that the first run does not wait for them, and has each run `warm`
   * (see warmUpJob), its result thrown away. The first Run of the company's 8 replications took
   * about 840 ms against 450 ms for the next with workers made on the click: loading a worker's
   * module is a little of that; V8 compiling the engine for the model as it first runs is most of it.
   */
  prepare(warm?: Job): void;
}

/**
 * How much of the model a worker is warmed up with: its first four weeks (the company's first Run
 * of 8 replications 556 to 641 ms after a warm-up of 4 weeks, 635 to 710 after one of a week, 491
 * to 574 after all 13), and at most 50,000 events, so that a dense model's warm-up stays a fraction
 * of a second (the run stops there with an error no one sees).
 */
const WARM_UP_HOURS = 672;
const WARM_UP_EVENTS = 50_000;

/**
 * A short run of `model` (its first weeks, nothing measured, no series or periods) for prepare():
 * what V8 learns running it is specific to the model's shape, so it is the model the reader has
 * open. Results do not depend on it: a worker's runs are the same whatever ran before (the pool's
 * reports are byte-identical with and without it, test/e2e).
 */
export function warmUpJob(model: Model): Job {
  const { periods: _periods, ...rest } = model;
  return {
    model: {
      ...rest,
      horizon: Math.min(model.horizon, WARM_UP_HOURS),
      warmup: 0,
      traceEvery: 0,
      limits: {
        ...model.limits,
        maxEvents: model.limits.maxEvents > 0 ? Math.min(model.limits.maxEvents, WARM_UP_EVENTS) : WARM_UP_EVENTS,
      },
    },
    seed: 'warm-up',
    replication: 0,
  };
}

/**
 * A pool of Web Workers, one per core, each running src/worker/browserWorker.ts. A worker that fails
 * to load or crashes fails the run with a message (workerHandle), and the next run starts new ones.
 */
export function createBrowserPool(size = navigator.hardwareConcurrency || 2): BrowserPool {
  // Workers made by prepare() and not yet handed to the pool (the pool makes its workers when a run
  // needs them, and again after a cancel or a crash ended the last ones).
  const ready: WorkerHandle[] = [];
  const make = () =>
    // Two jobs at once: a worker's next job is already waiting when it finishes one, not sent when
    // the page's thread is next free between drawing.
    withDepth(
      workerHandle(
        browserWorkerChannel(
          new Worker(new URL('../../src/worker/browserWorker.ts', import.meta.url), {
            type: 'module',
            name: 'opsim-sim',
          }),
        ),
      ),
      2,
    );
  let spawned = false;
  const pool = createWorkerPool({
    size,
    spawn: () => {
      spawned = true;
      return ready.shift() ?? make();
    },
  });
  return Object.assign(pool, {
    prepare(warm?: Job): void {
      // Once the pool has workers of its own, more made here would sit unused.
      if (spawned) return;
      while (ready.length < pool.size) {
        const worker = make();
        // A warm-up that fails says nothing of the runs: a worker that died fails the next job itself.
        if (warm) void worker.runJob(warm).catch(() => {});
        ready.push(worker);
      }
    },
  });
}
