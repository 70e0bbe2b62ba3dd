// An event log held in columns: strings interned once, times in a Float64Array. A million events
// take about 30 MB however long their text was, which is what lets readers stream a large file into
// it without holding the file.

import { LIFECYCLES, type Lifecycle, type LogEvent } from './logEvent.js';
import { Names } from './names.js';

/**
 * A parser's field may be a slice of the chunk it came from, and V8 keeps the whole chunk alive for
 * it; a name a log keeps is kept for good, so it is copied into a string of its own.
 */
const ownCopy = (name: string): string => JSON.parse(JSON.stringify(name)) as string;

/** A read-only columnar log. Event k: case caseOf[k], activity act[k], ... ; -1 where absent. */
export interface EventLog {
  readonly n: number;
  readonly cases: readonly string[];
  readonly activities: readonly string[];
  readonly resources: readonly string[];
  readonly groups: readonly string[];
  readonly types: readonly string[];
  readonly caseOf: Int32Array;
  readonly act: Int32Array;
  readonly life: Uint8Array;
  readonly ms: Float64Array;
  readonly offsetMin: Int16Array;
  readonly res: Int32Array;
  readonly grp: Int32Array;
  /** Item type of each case (index into types), -1 when the log does not say. */
  readonly caseType: Int32Array;
  /** Names of the cases' numeric attributes (opsim's item attributes), in order of first appearance. */
  readonly attributes: readonly string[];
  /** attributeValues[a][c]: attribute a of case c; NaN where the case has none. */
  readonly attributeValues: readonly Float64Array[];
}

export function lifecycleName(code: number): Lifecycle {
  return LIFECYCLES[code];
}

/** A copy of column `a` with room for `capacity` values. */
function grown<T extends Int32Array | Uint8Array | Float64Array | Int16Array>(a: T, capacity: number): T {
  const b = new (a.constructor as new (n: number) => T)(capacity);
  b.set(a);
  return b;
}

const LIFECYCLE_CODE = new Map<Lifecycle, number>(LIFECYCLES.map((l, k) => [l, k]));

export function lifecycleCode(l: Lifecycle): number {
  return LIFECYCLE_CODE.get(l) ?? -1;
}

/**
 * The per-event columns of a log being built, grown by doubling. Two builders fill them:
 * EventLogBuilder from LogEvent objects (the readers), and simulateLog's sink from a run's trace.
 */
export class EventColumns {
  n = 0;
  private cap = 1024;
  private caseOf = new Int32Array(this.cap);
  private act = new Int32Array(this.cap);
  private life = new Uint8Array(this.cap);
  private ms = new Float64Array(this.cap);
  private off = new Int16Array(this.cap);
  private res = new Int32Array(this.cap);
  private grp = new Int32Array(this.cap);

  push(caseIx: number, act: number, life: number, ms: number, offsetMin: number, res: number, grp: number): void {
    if (this.n === this.cap) this.grow();
    const k = this.n++;
    this.caseOf[k] = caseIx;
    this.act[k] = act;
    this.life[k] = life;
    this.ms[k] = ms;
    this.off[k] = offsetMin;
    this.res[k] = res;
    this.grp[k] = grp;
  }

  private grow(): void {
    this.cap *= 2;
    this.caseOf = grown(this.caseOf, this.cap);
    this.act = grown(this.act, this.cap);
    this.life = grown(this.life, this.cap);
    this.ms = grown(this.ms, this.cap);
    this.off = grown(this.off, this.cap);
    this.res = grown(this.res, this.cap);
    this.grp = grown(this.grp, this.cap);
  }

  /**
   * The log: these events with the names their indices refer to, each case's type (-1: none), and
   * per attribute its value by case (holes where a case has none).
   */
  build(
    names: Pick<EventLog, 'cases' | 'activities' | 'resources' | 'groups' | 'types' | 'attributes'>,
    caseType: readonly number[],
    attributeValues: readonly (readonly number[])[],
  ): EventLog {
    const n = this.n;
    return {
      n,
      cases: names.cases,
      activities: names.activities,
      resources: names.resources,
      groups: names.groups,
      types: names.types,
      caseOf: this.caseOf.slice(0, n),
      act: this.act.slice(0, n),
      life: this.life.slice(0, n),
      ms: this.ms.slice(0, n),
      offsetMin: this.off.slice(0, n),
      res: this.res.slice(0, n),
      grp: this.grp.slice(0, n),
      caseType: Int32Array.from(caseType),
      attributes: names.attributes,
      attributeValues: attributeValues.map((col) => {
        const out = new Float64Array(names.cases.length).fill(Number.NaN);
        col.forEach((v, c) => (out[c] = v));
        return out;
      }),
    };
  }
}

/** Collects events one at a time (from a reader, or a run's LogEvents) into an EventLog. */
export class EventLogBuilder {
  private readonly columns = new EventColumns();
  private readonly cases = new Names(ownCopy);
  private readonly acts = new Names(ownCopy);
  private readonly ress = new Names(ownCopy);
  private readonly grps = new Names(ownCopy);
  private readonly typs = new Names(ownCopy);
  private readonly caseType: number[] = [];
  private readonly attrs = new Names(ownCopy);
  /** Per attribute, its value by case (holes where a case has none). */
  private readonly attrValues: number[][] = [];

  get size(): number {
    return this.columns.n;
  }

  add(e: LogEvent): void {
    const c = this.cases.id(e.caseId);
    if (c === this.caseType.length) this.caseType.push(-1);
    if (e.caseType !== undefined && this.caseType[c] < 0) this.caseType[c] = this.typs.id(e.caseType);
    if (e.caseAttributes !== undefined)
      for (const name in e.caseAttributes) {
        const a = this.attrs.id(name);
        const col = (this.attrValues[a] ??= []);
        col[c] ??= e.caseAttributes[name];
      }
    const act = this.acts.id(e.activity);
    const res = e.resource === undefined || e.resource === '' ? -1 : this.ress.id(e.resource);
    const grp = e.group === undefined || e.group === '' ? -1 : this.grps.id(e.group);
    this.columns.push(c, act, lifecycleCode(e.lifecycle), e.ms, e.offsetMin, res, grp);
  }

  build(): EventLog {
    const names = {
      cases: this.cases.names,
      activities: this.acts.names,
      resources: this.ress.names,
      groups: this.grps.names,
      types: this.typs.names,
      attributes: this.attrs.names,
    };
    return this.columns.build(names, this.caseType, this.attrValues);
  }
}

/** Event k back as a LogEvent (for writers and tests). */
export function eventAt(log: EventLog, k: number): LogEvent {
  const e: LogEvent = {
    caseId: log.cases[log.caseOf[k]],
    activity: log.activities[log.act[k]],
    lifecycle: lifecycleName(log.life[k]),
    ms: log.ms[k],
    offsetMin: log.offsetMin[k],
  };
  if (log.res[k] >= 0) e.resource = log.resources[log.res[k]];
  if (log.grp[k] >= 0) e.group = log.groups[log.grp[k]];
  const t = log.caseType[log.caseOf[k]];
  if (t >= 0) e.caseType = log.types[t];
  const attributes = caseAttributesOf(log, log.caseOf[k]);
  if (attributes !== undefined) e.caseAttributes = attributes;
  return e;
}

/** The attributes of case c by name, or undefined when it has none. */
export function caseAttributesOf(log: EventLog, c: number): Record<string, number> | undefined {
  let out: Record<string, number> | undefined;
  log.attributes.forEach((name, a) => {
    const v = log.attributeValues[a][c];
    if (!Number.isNaN(v)) (out ??= {})[name] = v;
  });
  return out;
}

/**
 * Event indices grouped by case, each case's events in time order (ties keep log order), in one
 * array: case c's events are order[start[c]] to order[start[c + 1] - 1]. One array rather than one
 * per case: a simulated quarter of the company has 130,000 cases.
 */
export function caseEventOrder(log: EventLog): { order: Int32Array; start: Int32Array } {
  const caseCount = log.cases.length;
  const start = new Int32Array(caseCount + 1);
  for (let k = 0; k < log.n; k++) start[log.caseOf[k] + 1]++;
  for (let c = 0; c < caseCount; c++) start[c + 1] += start[c];
  const order = new Int32Array(log.n);
  const fill = start.slice(0, caseCount);
  for (let k = 0; k < log.n; k++) order[fill[log.caseOf[k]]++] = k;
  const ms = log.ms;
  for (let c = 0; c < caseCount; c++) {
    const from = start[c];
    const to = start[c + 1];
    let sorted = true;
    for (let i = from + 1; i < to; i++) if (ms[order[i]] < ms[order[i - 1]]) sorted = false;
    if (!sorted) order.subarray(from, to).sort((a, b) => ms[a] - ms[b] || a - b);
  }
  return { order, start };
}

/** Event indices grouped by case, each case's events in time order (ties keep log order). */
export function eventsByCase(log: EventLog): Int32Array[] {
  const { order, start } = caseEventOrder(log);
  return Array.from({ length: log.cases.length }, (_, c) => order.slice(start[c], start[c + 1]));
}
