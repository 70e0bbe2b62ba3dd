export interface Objective {
  /** Headline key, e.g. costPerOutcome. */
  key: string;
  direction: 'min' | 'max';
}

/**
 * paretoFront(points, objectives): indices (ascending) of the points no other point dominates. A point
 * dominates another when it is at least as good on every objective and strictly better on one, so
 * points with identical values are all kept.
 */
export function paretoFront(points: readonly Record<string, number>[], objectives: readonly Objective[]): number[] {
  const better = (a: number, b: number, o: Objective) => (o.direction === 'min' ? a < b : a > b);
  const dominates = (a: Record<string, number>, b: Record<string, number>) => {
    let strictly = false;
    for (const o of objectives) {
      if (better(b[o.key], a[o.key], o)) return false;
      if (better(a[o.key], b[o.key], o)) strictly = true;
    }
    return strictly;
  };
  const front: number[] = [];
  points.forEach((p, i) => {
    if (!points.some((q, j) => j !== i && dominates(q, p))) front.push(i);
  });
  return front;
}
