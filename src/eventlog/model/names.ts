// Strings numbered in order of first appearance: how a columnar log (EventLog) holds its case ids,
// activities, resources, groups and types, and how KPIs count by name without a lookup per count.

export class Names {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();

  /** `own` is applied to a name when it is first numbered (a reader copies parser slices there). */
  constructor(private readonly own: (name: string) => string = (name) => name) {}

  id(name: string): number {
    let k = this.index.get(name);
    if (k === undefined) {
      const kept = this.own(name);
      k = this.names.push(kept) - 1;
      this.index.set(kept, k);
    }
    return k;
  }
}

type Column = Int32Array | Uint8Array | Float64Array | Int16Array;

/** A copy of column `a` with room for `capacity` values. */
export function grown<T extends Column>(a: T, capacity: number): T {
  const b = new (a.constructor as new (n: number) => T)(capacity);
  b.set(a);
  return b;
}
