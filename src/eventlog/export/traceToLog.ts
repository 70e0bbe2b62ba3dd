// The engine's trace records as event-log events. The engine's monitor sees items and pools, not
// people, so the export numbers the servers of a pool itself: a task takes the lowest free number
// of its pool and keeps it through a pause, which is what a roster of named people would show.

import type { Model, TraceRecord } from '../../core/index.js';
import type { LogEvent } from '../model/logEvent.js';

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

/** Numbers the servers of each pool: lowest free number on start, released on finish. */
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
 * Turns trace records into case events: arrival = 'schedule' of the entry node, service =
 * start/complete (suspend/resume around a shift end or a pre-emption), a forum decision = complete at the forum.
 * `onEvent` gets each event; `onClose` gets the case id when the item leaves.
 */
export function traceToLog(
  model: Model,
  clock: LogClock,
  onEvent: (e: LogEvent) => void,
  onClose: (caseId: string) => void,
): (r: TraceRecord) => void {
  const fnOf = new Map(model.nodes.map((n) => [n.id, n.fn >= 0 ? model.functions[n.fn] : undefined]));
  // Type and attributes come with an item's 'arrive' record and are kept while it is in the system.
  const typeOfItem = new Map<number, string>();
  const attributesOfItem = new Map<number, Readonly<Record<string, number>>>();
  const servers = new ServerNumbers();
  // Items set aside by a pre-emption: their next start continues the same task ('resume').
  const interrupted = new Set<number>();
  // Items paused at a shift end: one displaced at the opening is suspended already.
  const paused = new Set<number>();
  return (r) => {
    const base = (activity: string, lifecycle: LogEvent['lifecycle']): LogEvent => {
      const e: LogEvent = {
        caseId: caseIdOf(r.item),
        activity,
        lifecycle,
        ms: clock.startMs + r.t * MS_PER_HOUR,
        offsetMin: clock.offsetMin,
      };
      const g = fnOf.get(r.node);
      if (g !== undefined) e.group = g;
      const ty = typeOfItem.get(r.item);
      if (ty !== undefined) e.caseType = ty;
      const attributes = attributesOfItem.get(r.item);
      if (attributes !== undefined) e.caseAttributes = attributes;
      return e;
    };
    switch (r.event) {
      case 'arrive': {
        if (r.type !== undefined) typeOfItem.set(r.item, r.type);
        if (r.attributes !== undefined && Object.keys(r.attributes).length > 0)
          attributesOfItem.set(r.item, r.attributes);
        onEvent(base(r.node, 'schedule'));
        return;
      }
      case 'start': {
        const e = base(r.node, interrupted.delete(r.item) ? 'resume' : 'start');
        e.resource = `${r.pool}#${servers.take(r.pool!, r.item)}`;
        onEvent(e);
        return;
      }
      case 'finish': {
        const e = base(r.node, 'complete');
        e.resource = `${r.pool}#${servers.release(r.pool!, r.item)}`;
        onEvent(e);
        return;
      }
      case 'pause':
      case 'resume': {
        if (r.event === 'pause') paused.add(r.item);
        else paused.delete(r.item);
        const e = base(r.node, r.event === 'pause' ? 'suspend' : 'resume');
        e.resource = `${r.pool}#${servers.of(r.item)}`;
        onEvent(e);
        return;
      }
      case 'preempt': {
        // The task is set aside and its server freed for the item that interrupted it.
        const e = base(r.node, 'suspend');
        e.resource = `${r.pool}#${servers.release(r.pool!, r.item)}`;
        interrupted.add(r.item);
        if (!paused.delete(r.item)) onEvent(e);
        return;
      }
      case 'decide': {
        const e = base(r.node, 'complete');
        if (r.pool !== undefined) e.resource = `${r.pool}#0`;
        onEvent(e);
        return;
      }
      case 'exit':
        typeOfItem.delete(r.item);
        attributesOfItem.delete(r.item);
        onClose(caseIdOf(r.item));
        return;
      default:
        return;
    }
  };
}
