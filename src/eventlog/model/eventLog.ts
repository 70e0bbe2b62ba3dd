// An event log held in columns: strings interned once, times in a Float64Array. A million events
// take about 30 MB however long their text was, which is what lets readers stream a large file into
// it without holding the file.

import { LIFECYCLES, type Lifecycle, type LogEvent } from './logEvent.js';

class Interner {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  id(name: string): number {
    let k = this.ids.get(name);
    if (k === undefined) {
      k = this.names.length;
      // A parser's field may be a slice of the chunk it came from, and V8 keeps the whole chunk
      // alive for it; an interned name is kept for good, so it is copied into a string of its own.
      const own = JSON.parse(JSON.stringify(name)) as string;
      this.names.push(own);
      this.ids.set(own, k);
    }
    return k;
  }
}

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

export function lifecycleCode(l: Lifecycle): number {
  return LIFECYCLES.indexOf(l);
}

/** Collects events one at a time (from a reader or a simulation) into an EventLog. */
export class EventLogBuilder {
  private cap = 1024;
  private len = 0;
  private readonly cases = new Interner();
  private readonly acts = new Interner();
  private readonly ress = new Interner();
  private readonly grps = new Interner();
  private readonly typs = new Interner();
  private caseOf = new Int32Array(this.cap);
  private act = new Int32Array(this.cap);
  private life = new Uint8Array(this.cap);
  private ms = new Float64Array(this.cap);
  private off = new Int16Array(this.cap);
  private res = new Int32Array(this.cap);
  private grp = new Int32Array(this.cap);
  private caseType: number[] = [];
  private readonly attrs = new Interner();
  /** Per attribute, its value by case (holes where a case has none). */
  private readonly attrValues: number[][] = [];

  get size(): number {
    return this.len;
  }

  add(e: LogEvent): void {
    if (this.len === this.cap) this.grow();
    const k = this.len++;
    const c = this.cases.id(e.caseId);
    if (c === this.caseType.length) this.caseType.push(-1);
    if (e.caseType !== undefined && this.caseType[c] < 0) this.caseType[c] = this.typs.id(e.caseType);
    if (e.caseAttributes !== undefined)
      for (const name in e.caseAttributes) {
        const a = this.attrs.id(name);
        const col = (this.attrValues[a] ??= []);
        col[c] ??= e.caseAttributes[name];
      }
    this.caseOf[k] = c;
    this.act[k] = this.acts.id(e.activity);
    this.life[k] = lifecycleCode(e.lifecycle);
    this.ms[k] = e.ms;
    this.off[k] = e.offsetMin;
    this.res[k] = e.resource === undefined || e.resource === '' ? -1 : this.ress.id(e.resource);
    this.grp[k] = e.group === undefined || e.group === '' ? -1 : this.grps.id(e.group);
  }

  private grow(): void {
    this.cap *= 2;
    const g = <T extends Int32Array | Uint8Array | Float64Array | Int16Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(this.cap);
      b.set(a);
      return b;
    };
    this.caseOf = g(this.caseOf, Int32Array);
    this.act = g(this.act, Int32Array);
    this.life = g(this.life, Uint8Array);
    this.ms = g(this.ms, Float64Array);
    this.off = g(this.off, Int16Array);
    this.res = g(this.res, Int32Array);
    this.grp = g(this.grp, Int32Array);
  }

  build(): EventLog {
    const n = this.len;
    return {
      n,
      cases: this.cases.names,
      activities: this.acts.names,
      resources: this.ress.names,
      groups: this.grps.names,
      types: this.typs.names,
      caseOf: this.caseOf.slice(0, n),
      act: this.act.slice(0, n),
      life: this.life.slice(0, n),
      ms: this.ms.slice(0, n),
      offsetMin: this.off.slice(0, n),
      res: this.res.slice(0, n),
      grp: this.grp.slice(0, n),
      caseType: Int32Array.from(this.caseType),
      attributes: this.attrs.names,
      attributeValues: this.attrValues.map((col) => {
        const out = new Float64Array(this.cases.names.length).fill(Number.NaN);
        col.forEach((v, c) => (out[c] = v));
        return out;
      }),
    };
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

/** Event indices grouped by case, each case's events in time order (ties keep log order). */
export function eventsByCase(log: EventLog): Int32Array[] {
  const counts = new Int32Array(log.cases.length);
  for (let k = 0; k < log.n; k++) counts[log.caseOf[k]]++;
  const out = Array.from(counts, (c) => new Int32Array(c));
  const fill = new Int32Array(log.cases.length);
  for (let k = 0; k < log.n; k++) {
    const c = log.caseOf[k];
    out[c][fill[c]++] = k;
  }
  for (const evs of out) {
    let sorted = true;
    for (let i = 1; i < evs.length; i++) if (log.ms[evs[i]] < log.ms[evs[i - 1]]) sorted = false;
    if (!sorted) evs.set(Array.from(evs).sort((a, b) => log.ms[a] - log.ms[b] || a - b));
  }
  return out;
}
