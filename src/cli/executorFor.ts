import type { Model } from '../core/index.js';
import { estimateWork } from '../scenario/index.js';
import { createWorkerPool, type WorkerPool, inProcessWorker, withDepth, workerApi } from '../worker/index.js';
import type { CliIo } from './cliIo.js';

/**
 * Below this much simulation (the pre-flight's units: arrivals, calendar changes, forum sessions,
 * summed over every replication of every design), a job runs in the CLI's own process alone unless
 * --workers asks for more: a worker process takes about 0.15 s to load and 0.3 s of compilation
 * before it runs at full speed, which a small job never earns back. Measured on the company's 8
 * designs on 2 cores (docs/performance-journal.md, rounds 12 and 14): the CLI's process with one
 * worker process was slower at 16 replications in all (0.43 million units), even at 32 (0.86
 * million), and faster from 48.
 */
export const IN_PROCESS_UNITS = 750_000;

/** The pre-flight work of `replications` replications of each of `models`. */
export function jobUnits(models: readonly Model[], replications: number): number {
  let units = 0;
  for (const m of models) for (const part of estimateWork(m)) units += part.units;
  return units * replications;
}

/**
 * The number of workers a job runs with: --workers as given; without it, every core, or 1 (the CLI's
 * own process) for a job under IN_PROCESS_UNITS.
 */
export function workersFor(io: CliIo, asked: number | undefined, units: number): number {
  if (asked !== undefined) return asked;
  return units < IN_PROCESS_UNITS ? 1 : io.cpus;
}

/**
 * --workers 1 (or no worker factory) runs in-process. --workers n runs in the CLI's own process and
 * n - 1 worker processes: the CLI's process would otherwise wait idle on a core while n processes
 * load, compile the engine and contend for the same cores (docs/performance-journal.md, round 14).
 * Each worker process is given two jobs at once, so that it never waits for the CLI's process to
 * finish a replication before it gets its next.
 *
 * With `ownProcess: false`, n worker processes and none in the CLI's: for jobs whose answers are
 * larger than a socket buffer (about 200 KB; a drift replication's windows are 0.2 MB for a quarter
 * of the company, 0.9 MB for a year). An answer that size crosses a buffer per turn of the CLI's
 * event loop, and no turn comes while the CLI's process runs a replication of its own: on a year's
 * log the worker ran 6 of the 30. Making the CLI's process wait for an announced answer before its
 * next replication, and the worker for its answer to be out before its next, still lost whenever a
 * worker answered in the middle of one of the CLI's (15.5 to 16.5 s against 14.0 with this layout;
 * round 18). compare's and run's answers, 49 to 250 KB, lose nothing measurable on the shared layout.
 */
export function executorFor(io: CliIo, workers: number, options: { ownProcess?: boolean } = {}): WorkerPool {
  const spawn = io.spawnWorker;
  if (workers <= 1 || !spawn) return createWorkerPool({ size: 1, spawn: () => inProcessWorker(workerApi) });
  const own = options.ownProcess ?? true;
  return createWorkerPool({
    size: workers,
    spawn: (index) => (index === 0 && own ? inProcessWorker(workerApi) : withDepth(spawn(), 2)),
  });
}
