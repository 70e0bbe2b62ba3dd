// One replication's event log in memory (validation and drift measure simulated runs with the same
// code as the real log). Memory grows with the run's events: a few tens of MB for a year of the
// company; the export to a file (exportRunLog) is the streaming path.
//
// The columns are written straight from the trace (traceCaseEvents), not through LogEvent objects
// and EventLogBuilder: drift simulates 30 runs, and building each run's log event by event (an
// object, a case id and a resource name made and looked up as strings per event) took three times
// as long as simulating it. The log is the one EventLogBuilder would build from traceToLog's events,
// name for name and in the same order (test/eventlog/simulateLog.test.ts).

import { simulate, type Model } from '../../core/index.js';
import { EventColumns, lifecycleCode, type EventLog } from '../model/eventLog.js';
import type { Lifecycle } from '../model/logEvent.js';
import { Names } from '../model/names.js';
import { caseIdOf, MS_PER_HOUR, traceCaseEvents, type CaseEventSink, type LogClock } from './traceToLog.js';

export function simulateLog(model: Model, clock: LogClock, seed: string | number, replication: number): EventLog {
  const columns = new LogColumns(model, clock);
  simulate(model, { seed, replication, monitor: traceCaseEvents(columns) });
  return columns.build();
}

/**
 * A CaseEventSink that writes a log's columns. Items are numbered from 0 in order of creation, so
 * what the sink keeps per item is in arrays by that number, and per node in a slot found by one
 * lookup of its id.
 */
class LogColumns implements CaseEventSink {
  private readonly columns = new EventColumns();
  private readonly cases: string[] = [];
  /** The case of each item in the system, by item number; -1 before its first event and after it left. */
  private readonly caseOfItem: number[] = [];
  private readonly caseType: number[] = [];
  private readonly activities = new Names();
  private readonly resources = new Names();
  /** Resource index by pool, then server number, made at the resource's first event. */
  private readonly resourceOf = new Map<string, number[]>();
  private readonly groups = new Names();
  /** By node id, at the node's first event: its activity and group (-1: the node has no function). */
  private readonly nodeSlot = new Map<string, { act: number; group: number }>();
  private readonly types = new Names();
  private readonly attributes = new Names();
  private readonly attributeValues: number[][] = [];
  private readonly typeOfItem: (string | undefined)[] = [];
  private readonly attributesOfItem: (Readonly<Record<string, number>> | undefined)[] = [];
  private readonly fnOf: Map<string, string | undefined>;

  constructor(
    model: Model,
    private readonly clock: LogClock,
  ) {
    this.fnOf = new Map(model.nodes.map((n) => [n.id, n.fn >= 0 ? model.functions[n.fn] : undefined]));
  }

  arrive(item: number, type: string | undefined, attributes: Readonly<Record<string, number>> | undefined): void {
    this.grow(item);
    this.typeOfItem[item] = type;
    this.attributesOfItem[item] = attributes;
  }

  event(item: number, node: string, lifecycle: Lifecycle, t: number, pool: string | undefined, server: number): void {
    this.grow(item);
    let c = this.caseOfItem[item];
    if (c < 0) c = this.openCase(item);
    // A case's type and attributes are those of its first event that has them (EventLogBuilder's rule).
    if (this.caseType[c] < 0) {
      const type = this.typeOfItem[item];
      if (type !== undefined) this.caseType[c] = this.types.id(type);
    }
    let slot = this.nodeSlot.get(node);
    if (slot === undefined) {
      const act = this.activities.id(node);
      const name = this.fnOf.get(node);
      slot = { act, group: name === undefined || name === '' ? -1 : this.groups.id(name) };
      this.nodeSlot.set(node, slot);
    }
    const ms = this.clock.startMs + t * MS_PER_HOUR;
    const res = server < 0 ? -1 : this.resource(pool!, server);
    this.columns.push(c, slot.act, lifecycleCode(lifecycle), ms, this.clock.offsetMin, res, slot.group);
  }

  close(item: number): void {
    this.caseOfItem[item] = -1;
    this.typeOfItem[item] = undefined;
    this.attributesOfItem[item] = undefined;
  }

  /** Makes room for item numbers up to `item`, so that the arrays stay dense. */
  private grow(item: number): void {
    while (this.caseOfItem.length <= item) {
      this.caseOfItem.push(-1);
      this.typeOfItem.push(undefined);
      this.attributesOfItem.push(undefined);
    }
  }

  private openCase(item: number): number {
    const c = this.cases.push(caseIdOf(item)) - 1;
    this.caseOfItem[item] = c;
    this.caseType.push(-1);
    // Attributes do not change while an item is in the system, so its first event carries them all.
    const drawn = this.attributesOfItem[item];
    if (drawn !== undefined)
      for (const name in drawn) {
        const a = this.attributes.id(name);
        (this.attributeValues[a] ??= [])[c] = drawn[name];
      }
    return c;
  }

  private resource(pool: string, server: number): number {
    let byServer = this.resourceOf.get(pool);
    if (byServer === undefined) this.resourceOf.set(pool, (byServer = []));
    let r = byServer[server];
    if (r === undefined) {
      r = this.resources.id(`${pool}#${server}`);
      byServer[server] = r;
    }
    return r;
  }

  build(): EventLog {
    const names = {
      cases: this.cases,
      activities: this.activities.names,
      resources: this.resources.names,
      groups: this.groups.names,
      types: this.types.names,
      attributes: this.attributes.names,
    };
    return this.columns.build(names, this.caseType, this.attributeValues);
  }
}
