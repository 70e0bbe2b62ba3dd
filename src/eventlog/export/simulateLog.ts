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
import type { EventLog } from '../model/eventLog.js';
import { LIFECYCLES, type Lifecycle } from '../model/logEvent.js';
import { grown, Names } from '../model/names.js';
import { caseIdOf, MS_PER_HOUR, traceCaseEvents, type CaseEventSink, type LogClock } from './traceToLog.js';

export function simulateLog(model: Model, clock: LogClock, seed: string | number, replication: number): EventLog {
  const columns = new LogColumns(model, clock);
  simulate(model, { seed, replication, monitor: traceCaseEvents(columns) });
  return columns.build();
}

const LIFECYCLE_CODE = new Map<Lifecycle, number>(LIFECYCLES.map((l, k) => [l, k]));

/** A CaseEventSink that writes a log's columns. */
class LogColumns implements CaseEventSink {
  private cap = 1024;
  private n = 0;
  private caseOf = new Int32Array(this.cap);
  private act = new Int32Array(this.cap);
  private life = new Uint8Array(this.cap);
  private ms = new Float64Array(this.cap);
  private res = new Int32Array(this.cap);
  private grp = new Int32Array(this.cap);
  private readonly cases: string[] = [];
  /** The case of each item in the system, by item serial. */
  private readonly caseOfItem = new Map<number, number>();
  private readonly caseType: number[] = [];
  private readonly activities = new Names();
  private readonly resources = new Names();
  /** Resource index by pool, then server number, made at the resource's first event. */
  private readonly resourceOf = new Map<string, number[]>();
  private readonly groups = new Names();
  /** Group index by node (-1: the node has no function), made at the node's first event. */
  private readonly groupOfNode = new Map<string, number>();
  private readonly types = new Names();
  private readonly attributes = new Names();
  private readonly attributeValues: number[][] = [];
  private readonly typeOfItem = new Map<number, string>();
  private readonly attributesOfItem = new Map<number, Readonly<Record<string, number>>>();
  private readonly fnOf: Map<string, string | undefined>;

  constructor(
    model: Model,
    private readonly clock: LogClock,
  ) {
    this.fnOf = new Map(model.nodes.map((n) => [n.id, n.fn >= 0 ? model.functions[n.fn] : undefined]));
  }

  arrive(item: number, type: string | undefined, attributes: Readonly<Record<string, number>> | undefined): void {
    if (type !== undefined) this.typeOfItem.set(item, type);
    if (attributes !== undefined) this.attributesOfItem.set(item, attributes);
  }

  event(item: number, node: string, lifecycle: Lifecycle, t: number, pool: string | undefined, server: number): void {
    if (this.n === this.cap) this.grow();
    const k = this.n++;
    let c = this.caseOfItem.get(item);
    if (c === undefined) c = this.openCase(item);
    // A case's type and attributes are those of its first event that has them (EventLogBuilder's rule).
    if (this.caseType[c] < 0) {
      const type = this.typeOfItem.get(item);
      if (type !== undefined) this.caseType[c] = this.types.id(type);
    }
    this.caseOf[k] = c;
    this.act[k] = this.activities.id(node);
    this.life[k] = LIFECYCLE_CODE.get(lifecycle)!;
    this.ms[k] = this.clock.startMs + t * MS_PER_HOUR;
    this.res[k] = server < 0 ? -1 : this.resource(`${pool}`, server);
    let g = this.groupOfNode.get(node);
    if (g === undefined) {
      const name = this.fnOf.get(node);
      g = name === undefined || name === '' ? -1 : this.groups.id(name);
      this.groupOfNode.set(node, g);
    }
    this.grp[k] = g;
  }

  close(item: number): void {
    this.caseOfItem.delete(item);
    this.typeOfItem.delete(item);
    this.attributesOfItem.delete(item);
  }

  private openCase(item: number): number {
    const c = this.cases.push(caseIdOf(item)) - 1;
    this.caseOfItem.set(item, c);
    this.caseType.push(-1);
    // Attributes do not change while an item is in the system, so its first event carries them all.
    const drawn = this.attributesOfItem.get(item);
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

  private grow(): void {
    this.cap *= 2;
    this.caseOf = grown(this.caseOf, this.cap);
    this.act = grown(this.act, this.cap);
    this.life = grown(this.life, this.cap);
    this.ms = grown(this.ms, this.cap);
    this.res = grown(this.res, this.cap);
    this.grp = grown(this.grp, this.cap);
  }

  build(): EventLog {
    const n = this.n;
    const caseCount = this.cases.length;
    return {
      n,
      cases: this.cases,
      activities: this.activities.names,
      resources: this.resources.names,
      groups: this.groups.names,
      types: this.types.names,
      caseOf: this.caseOf.slice(0, n),
      act: this.act.slice(0, n),
      life: this.life.slice(0, n),
      ms: this.ms.slice(0, n),
      offsetMin: new Int16Array(n).fill(this.clock.offsetMin),
      res: this.res.slice(0, n),
      grp: this.grp.slice(0, n),
      caseType: Int32Array.from(this.caseType),
      attributes: this.attributes.names,
      attributeValues: this.attributeValues.map((col) => {
        const out = new Float64Array(caseCount).fill(Number.NaN);
        col.forEach((v, c) => (out[c] = v));
        return out;
      }),
    };
  }
}
