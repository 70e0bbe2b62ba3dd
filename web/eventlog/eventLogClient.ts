// One lazily started worker for event-log jobs; each call resolves with its own response.
import type { EventLogRequest, EventLogResponse } from './eventLogProtocol.js';

type Pending = (r: EventLogResponse) => void;
let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let next = 1;

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export function eventLogJob(req: WithoutId<EventLogRequest>): Promise<EventLogResponse> {
  if (worker === null) {
    worker = new Worker(new URL('./eventLogWorker.ts', import.meta.url), { type: 'module', name: 'opsim-eventlog' });
    worker.onmessage = (e: MessageEvent<EventLogResponse>) => {
      const done = pending.get(e.data.id);
      pending.delete(e.data.id);
      done?.(e.data);
    };
  }
  const id = next++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker!.postMessage({ ...req, id });
  });
}
