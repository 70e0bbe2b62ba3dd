// Where each point's label goes in a scatter chart. Labels were placed right of their point and
// pushed down a line at a time while they overprinted another: on the company's compare, six designs
// within 30 by 40 pixels of each other pushed their labels under the x axis, over its numbers, and
// no reader could say which dot was which. Each label now takes the first free place among eight
// around its point, then the nearest free place further out with a line back to its point; a place
// is free when it overprints no label placed before it, no point, and stays inside the plot.

/** A point with its label's width, in plot pixels. */
export interface LabelledPoint {
  x: number;
  y: number;
  /** The point's radius: labels keep off every point. */
  r: number;
  /** The label's width in pixels. */
  width: number;
}

/** Where a label's text starts (x) and its baseline (y), relative to its point; `leader` when drawn away from it. */
export interface LabelPlace {
  dx: number;
  dy: number;
  leader: boolean;
}

/** The text's height above its baseline and below it (descenders), in pixels, at the charts' 10 px font. */
const ASCENT = 9;
const DESCENT = 3;
const GAP = 2;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const boxOf = (x: number, baseline: number, width: number): Box => ({
  left: x - GAP,
  top: baseline - ASCENT - GAP,
  right: x + width + GAP,
  bottom: baseline + DESCENT + GAP,
});

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * A place for each label, in the order given (put the points that matter most first): the first free
 * place of eight around the point, else the nearest free place up to `reach` pixels above or below
 * with a leader line, else (nowhere free) right of the point as before. `bounds` is the plot's box
 * (labels may use `spare` pixels right of it, the chart's right margin).
 */
export function placeLabels(
  points: readonly LabelledPoint[],
  bounds: { width: number; height: number; spare?: number },
  reach = 120,
): LabelPlace[] {
  const spare = bounds.spare ?? 0;
  const placed: Box[] = [];
  const dots: Box[] = points.map((p) => ({ left: p.x - p.r, top: p.y - p.r, right: p.x + p.r, bottom: p.y + p.r }));
  const free = (b: Box) =>
    b.left >= 0 &&
    b.right <= bounds.width + spare &&
    b.top >= 0 &&
    b.bottom <= bounds.height &&
    !placed.some((q) => overlaps(q, b)) &&
    !dots.some((d) => overlaps(d, b));
  return points.map((p) => {
    const w = p.width;
    const near: [number, number][] = [
      [p.r + 3, -p.r - 1],
      [p.r + 3, p.r + ASCENT + 1],
      [-p.r - 3 - w, -p.r - 1],
      [-p.r - 3 - w, p.r + ASCENT + 1],
      [-w / 2, -p.r - DESCENT - 2],
      [-w / 2, p.r + ASCENT + 2],
      [p.r + 4, ASCENT / 2 - 1],
      [-p.r - 4 - w, ASCENT / 2 - 1],
    ];
    for (const [dx, dy] of near) {
      const b = boxOf(p.x + dx, p.y + dy, w);
      if (free(b)) return take(b, { dx, dy, leader: false });
    }
    // Further out, nearest first, right of the point and then left of it, with a line back.
    const step = ASCENT + DESCENT + 2;
    for (let d = step; d <= reach; d += step) {
      for (const dy of [-d, d]) {
        for (const dx of [p.r + 14, -p.r - 14 - w]) {
          const b = boxOf(p.x + dx, p.y + dy, w);
          if (free(b)) return take(b, { dx, dy, leader: true });
        }
      }
    }
    return take(boxOf(p.x + near[0][0], p.y + near[0][1], w), { dx: near[0][0], dy: near[0][1], leader: false });
  });

  function take(b: Box, place: LabelPlace): LabelPlace {
    placed.push(b);
    return place;
  }
}

/** Where a leader line from the point (0, 0) meets its label: the label's nearer end, at mid-height. */
export function leaderEnd(place: LabelPlace, width: number): { x: number; y: number } {
  return { x: place.dx >= 0 ? place.dx - 2 : place.dx + width + 2, y: place.dy - ASCENT / 2 + 1 };
}
