// Id-to-index lookups of the compiled model. Every collection is sorted by id first, so that the
// order of keys in the file cannot change an index.

export interface Indexes {
  functions: Map<string, number>;
  attributes: Map<string, number>;
  types: Map<string, number>;
  pools: Map<string, number>;
  calendars: Map<string, number>;
  nodes: Map<string, number>;
  /** Pool ids in index order. */
  poolIds: string[];
}

export const sortedIds = (ids: Iterable<string>): string[] => [...new Set(ids)].sort();
export const indexOf = (ids: string[]): Map<string, number> => new Map(ids.map((id, i) => [id, i]));

/** Index of a validated reference; -1 when the reference is absent. */
export function at(map: Map<string, number>, id: string | undefined): number {
  return id === undefined ? -1 : (map.get(id) ?? -1);
}
