// Plane geometry for checking drawn diagrams: does a segment of a route pass through a box?

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when segment a-b passes through the inside of `box` shrunk by `inset` (touching its border is allowed). Liang-Barsky clipping. */
export function segmentCrossesBox(a: Point, b: Point, box: Box, inset = 1): boolean {
  const x0 = box.x + inset,
    x1 = box.x + box.width - inset,
    y0 = box.y + inset,
    y1 = box.y + box.height - inset;
  const dx = b.x - a.x,
    dy = b.y - a.y;
  let t0 = 0,
    t1 = 1;
  for (const [p, q] of [
    [-dx, a.x - x0],
    [dx, x1 - a.x],
    [-dy, a.y - y0],
    [dy, y1 - a.y],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      t0 = Math.max(t0, t);
    } else {
      if (t < t0) return false;
      t1 = Math.min(t1, t);
    }
  }
  return t0 < t1;
}

/** Every (route, box) pair where a segment of the route runs through a box other than its own two ends. */
export function routesThroughBoxes(routes: { from: string; to: string; points: Point[] }[], boxes: Box[]): string[] {
  const hits: string[] = [];
  for (const r of routes) {
    for (let i = 0; i + 1 < r.points.length; i++) {
      for (const b of boxes)
        if (b.key !== r.from && b.key !== r.to && segmentCrossesBox(r.points[i], r.points[i + 1], b))
          hits.push(`${r.from} → ${r.to} runs under ${b.key}`);
    }
  }
  return hits;
}
