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
