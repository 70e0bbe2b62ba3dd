// One lazily started worker for event-log jobs; each call resolves with its own response. A drift
// check's worker asks for its replications (MeasureRequest): `measure` runs them, on the page's
// simulation workers, and its answer goes back to the worker.
import type { MeasuredRun, WindowJob } from '../../src/eventlog/index.js';
import {
  isMeasureRequest,
  type EventLogRequest,
  type EventLogResponse,
  type MeasureReply,
  type MeasureRequest,
} from './eventLogProtocol.js';

/** Runs drift's replications: the page's worker pool (Runner.checkDrift). */
export type MeasureOnPage = (
  jobs: WindowJob[],
) => Promise<{ results: (MeasuredRun | undefined)[]; cancelled: boolean }>;

interface Pending {
  done: (r: EventLogResponse) => void;
  measure?: MeasureOnPage;
}
let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let next = 1;

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

function answer(req: MeasureRequest): void {
  const reply = (r: Omit<MeasureReply, 'measure'>) => worker?.postMessage({ ...r, measure: req.measure });
  const measure = pending.get(req.id)?.measure;
  if (measure === undefined) {
    reply({ results: [], cancelled: false, error: 'the page has no simulation workers for this job' });
    return;
  }
  measure(req.jobs).then(
    (r) => reply({ results: r.results, cancelled: r.cancelled }),
    (err: unknown) => reply({ results: [], cancelled: false, error: err instanceof Error ? err.message : String(err) }),
  );
}

export function eventLogJob(req: WithoutId<EventLogRequest>, measure?: MeasureOnPage): Promise<EventLogResponse> {
  if (worker === null) {
    worker = new Worker(new URL('./eventLogWorker.ts', import.meta.url), { type: 'module', name: 'opsim-eventlog' });
    worker.onmessage = (e: MessageEvent<EventLogResponse | MeasureRequest>) => {
      if (isMeasureRequest(e.data)) {
        answer(e.data);
        return;
      }
      const done = pending.get(e.data.id);
      pending.delete(e.data.id);
      done?.done(e.data);
    };
  }
  const id = next++;
  return new Promise((resolve) => {
    pending.set(id, { done: resolve, measure });
    worker!.postMessage({ ...req, id });
  });
}
