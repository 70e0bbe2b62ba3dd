import { releaseProxy, wrap, type Endpoint } from 'comlink';
import type { Model } from '../core/index.js';
import type { WorkerHandle } from './pool.js';
import type { MeasuredRun } from '../eventlog/measure.js';
import { isProgressMessage, type JobOutcome, type WorkerApi } from './protocol.js';

/**
 * What the handle needs of a worker, whatever runs it: a child process of the CLI
 * (nodeProcess.ts) or a Web Worker of the page (browserWorkerHandle.ts).
 */
export interface WorkerChannel {
  /** Where comlink talks to the worker's API. */
  endpoint: Endpoint;
  /**
   * Calls `listener` (at most once) when the worker can no longer answer: it failed to load, threw
   * outside a job, crashed or exited. `reason` says which, in words, for the user.
   */
  onFailure(listener: (reason: string) => void): void;
  terminate(): void;
}

/** Designs a worker keeps at once; a sweep of more points sends a point again after this many others. */
const HELD_DESIGNS = 256;

/** A worker stopped answering: it did not load, crashed, or died (out of memory, a fatal engine error). */
export class WorkerFailure extends Error {
  override name = 'WorkerError';
}

/**
 * workerHandle(channel): the pool's handle on one worker. A worker that fails to load or dies
 * rejects the job in hand, and every later one, with a WorkerFailure naming the job and the reason,
 * so the run fails with a message instead of waiting for an answer that will never come.
 */
export function workerHandle(channel: WorkerChannel): WorkerHandle {
  const api = wrap<WorkerApi>(channel.endpoint);
  // The designs this worker holds, oldest first, by model object (every job of a design carries the
  // same one): each is cloned across once, not with every replication. Messages arrive in order, so a
  // design is loaded before the first job that names it.
  const held = new Map<Model, number>();
  let nextDesign = 0;
  const designOf = (model: Model): number => {
    const known = held.get(model);
    if (known !== undefined) return known;
    if (held.size >= HELD_DESIGNS) {
      const [oldest, id] = held.entries().next().value!;
      held.delete(oldest);
      void Promise.resolve(api.forgetDesign(id)).catch(() => {});
    }
    const id = nextDesign++;
    held.set(model, id);
    // A failed load shows as the job's failure (the worker answers that the design is unknown).
    void Promise.resolve(api.loadDesign(id, model)).catch(() => {});
    return id;
  };
  // The share of the job in hand simulated, posted by the worker beside comlink's messages (which
  // comlink ignores, as they carry no request id). A worker runs its jobs one at a time, in the order
  // sent, so progress is the oldest unanswered job's, whatever the pool's depth.
  const onShares: (((share: number) => void) | undefined)[] = [];
  channel.endpoint.addEventListener('message', (event) => {
    const data = (event as MessageEvent).data;
    if (isProgressMessage(data)) onShares[0]?.(data.opsimProgress);
  });
  let failure: string | null = null;
  let terminated = false;
  const inHand = new Map<(err: Error) => void, string>();
  const failed = (reason: string, job: string) => new WorkerFailure(`a simulation worker stopped ${job}: ${reason}`);
  channel.onFailure((reason) => {
    if (failure !== null || terminated) return;
    failure = reason;
    for (const [reject, job] of inHand) reject(failed(reason, job));
    inHand.clear();
  });
  /** Sends one job with `call`; rejects it if the worker fails before it answers. */
  const send = <R>(what: string, call: () => R | Promise<R>, share?: (share: number) => void): Promise<R> => {
    if (failure !== null) return Promise.reject(failed(failure, what));
    return new Promise((resolve, reject) => {
      inHand.set(reject, what);
      onShares.push(share);
      Promise.resolve(call()).then(
        (outcome) => {
          onShares.shift();
          if (inHand.delete(reject)) resolve(outcome);
        },
        (err: unknown) => {
          onShares.shift();
          if (inHand.delete(reject)) reject(err);
        },
      );
    });
  };
  const named = (job: { replication: number; model: Model }) =>
    `while running replication ${job.replication} of ${JSON.stringify(job.model.name)}`;
  return {
    runJob: (job, share) =>
      send<JobOutcome>(named(job), () => api.runDesign(designOf(job.model), job.seed, job.replication), share),
    measureJob: (job) =>
      send<JobOutcome<MeasuredRun>>(named(job), () =>
        api.measureDesign(designOf(job.model), job.seed, job.replication, job.measure),
      ),
    terminate() {
      terminated = true;
      inHand.clear();
      onShares.length = 0;
      held.clear();
      api[releaseProxy]();
      channel.terminate();
    },
  };
}
