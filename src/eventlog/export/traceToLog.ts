// The engine's trace records as event-log events. The engine's monitor sees items and pools, not
// people, so the export numbers the servers of a pool itself: a task takes the lowest free number
// of its pool and keeps it through a pause, which is what a roster of named people would show.

import type { Model, TraceRecord } from '../../core/index.js';
import type { Lifecycle, LogEvent } from '../model/logEvent.js';

export const MS_PER_HOUR = 3_600_000;

export interface LogClock {
  /** Milliseconds since 1970 of simulated time 0 (the scenario's start date, 00:00 UTC). */
  startMs: number;
  /** UTC offset the timestamps are written in, minutes. */
  offsetMin: number;
}

export function caseIdOf(item: number): string {
  return `item-${item}`;
}

/**
 * Numbers the servers of each pool: lowest free number on start, released on finish. What an item
 * holds is dropped when it lets go, so an export of a long run keeps only the work in progress.
 */
export class ServerNumbers {
  private readonly busy = new Map<string, boolean[]>();
  private readonly held = new Map<number, number>();

  take(pool: string, item: number): number {
    let slots = this.busy.get(pool);
    if (slots === undefined) this.busy.set(pool, (slots = []));
    let k = slots.indexOf(false);
    if (k < 0) k = slots.push(false) - 1;
    slots[k] = true;
    this.held.set(item, k);
    return k;
  }

  of(item: number): number {
    return this.held.get(item) ?? 0;
  }

  release(pool: string, item: number): number {
    const k = this.of(item);
    this.held.delete(item);
    const slots = this.busy.get(pool);
    if (slots !== undefined) slots[k] = false;
    return k;
  }
}

/**
 * What traceCaseEvents hands on: the case events of a run in the model's own names. A sink that
 * builds LogEvent objects serves the file writers (traceToLog); one that writes columns serves the
 * simulated logs that drift and fit validation measure (simulatedLog.ts), with no object per event.
 */
export interface CaseEventSink {
  /** An item arrived (before its first event): its type and the attributes it drew, when it has any. */
  arrive(item: number, type: string | undefined, attributes: Readonly<Record<string, number>> | undefined): void;
  /** One event of the item's case at node `node`; `server` numbers the task's server of `pool`, -1 for none. */
  event(item: number, node: string, lifecycle: Lifecycle, t: number, pool: string | undefined, server: number): void;
  /** The item left the system. */
  close(item: number): void;
}

/**
 * Turns trace records into case events: arrival = 'schedule' of the entry node, service =
 * start/complete (suspend/resume around a shift end or a pre-emption), a forum decision = complete at the forum.
 */
export function traceCaseEvents(sink: CaseEventSink): (r: TraceRecord) => void {
  const servers = new ServerNumbers();
  // Items set aside by a pre-emption: their next start continues the same task ('resume').
  const interrupted = new Set<number>();
  // Items paused at a shift end: one displaced at the opening is suspended already.
  const paused = new Set<number>();
  return (r) => {
    switch (r.event) {
      case 'arrive': {
        const attributes =
          r.attributes !== undefined && Object.keys(r.attributes).length > 0 ? r.attributes : undefined;
        sink.arrive(r.item, r.type, attributes);
        sink.event(r.item, r.node, 'schedule', r.t, undefined, -1);
        return;
      }
      case 'start': {
        const lifecycle = interrupted.size > 0 && interrupted.delete(r.item) ? 'resume' : 'start';
        sink.event(r.item, r.node, lifecycle, r.t, r.pool, servers.take(r.pool!, r.item));
        return;
      }
      case 'finish':
        sink.event(r.item, r.node, 'complete', r.t, r.pool, servers.release(r.pool!, r.item));
        return;
      case 'pause':
      case 'resume': {
        if (r.event === 'pause') paused.add(r.item);
        else paused.delete(r.item);
        sink.event(r.item, r.node, r.event === 'pause' ? 'suspend' : 'resume', r.t, r.pool, servers.of(r.item));
        return;
      }
      case 'preempt': {
        // The task is set aside and its server freed for the item that interrupted it.
        const server = servers.release(r.pool!, r.item);
        interrupted.add(r.item);
        if (!paused.delete(r.item)) sink.event(r.item, r.node, 'suspend', r.t, r.pool, server);
        return;
      }
      case 'decide':
        sink.event(r.item, r.node, 'complete', r.t, r.pool, r.pool !== undefined ? 0 : -1);
        return;
      case 'exit':
        sink.close(r.item);
        return;
      default:
        return;
    }
  };
}

/** traceCaseEvents as LogEvent objects: `onEvent` gets each event, `onClose` the case id when the item leaves. */
export function traceToLog(
  model: Model,
  clock: LogClock,
  onEvent: (e: LogEvent) => void,
  onClose: (caseId: string) => void,
): (r: TraceRecord) => void {
  const fnOf = new Map(model.nodes.map((n) => [n.id, n.fn >= 0 ? model.functions[n.fn] : undefined]));
  // Type and attributes come with an item's arrival and are kept while it is in the system.
  const typeOfItem = new Map<number, string>();
  const attributesOfItem = new Map<number, Readonly<Record<string, number>>>();
  return traceCaseEvents({
    arrive(item, type, attributes) {
      if (type !== undefined) typeOfItem.set(item, type);
      if (attributes !== undefined) attributesOfItem.set(item, attributes);
    },
    event(item, node, lifecycle, t, pool, server) {
      const e: LogEvent = {
        caseId: caseIdOf(item),
        activity: node,
        lifecycle,
        ms: clock.startMs + t * MS_PER_HOUR,
        offsetMin: clock.offsetMin,
      };
      const g = fnOf.get(node);
      if (g !== undefined) e.group = g;
      const ty = typeOfItem.get(item);
      if (ty !== undefined) e.caseType = ty;
      const attributes = attributesOfItem.get(item);
      if (attributes !== undefined) e.caseAttributes = attributes;
      if (server >= 0) e.resource = `${pool}#${server}`;
      onEvent(e);
    },
    close(item) {
      typeOfItem.delete(item);
      attributesOfItem.delete(item);
      onClose(caseIdOf(item));
    },
  });
}
