// Scatter labels: each readable, none over another or over a point, all inside the chart, for
// clusters as tight as the company's compare (six designs within 30 x 40 pixels).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelPlace, type LabelledPoint } from '../../web/charts/labelPlacement.js';

const bounds = { width: 434, height: 236, spare: 56 };

/** The label's box as placeLabels reckons it (10 px text: 9 above the baseline, 3 below). */
const box = (p: LabelledPoint, at: LabelPlace) => ({
  left: p.x + at.dx,
  right: p.x + at.dx + p.width,
  top: p.y + at.dy - 9,
  bottom: p.y + at.dy + 3,
});
type Box = ReturnType<typeof box>;
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const dot = (p: LabelledPoint): Box => ({ left: p.x - p.r, right: p.x + p.r, top: p.y - p.r, bottom: p.y + p.r });

function problems(points: LabelledPoint[], places: LabelPlace[]): string[] {
  const out: string[] = [];
  const boxes = points.map((p, i) => box(p, places[i]));
  boxes.forEach((b, i) => {
    if (b.left < 0 || b.right > bounds.width + bounds.spare || b.top < 0 || b.bottom > bounds.height)
      out.push(`label ${i} leaves the chart`);
    for (let j = 0; j < i; j++) if (overlap(b, boxes[j])) out.push(`labels ${j} and ${i} overprint`);
    points.forEach((p, j) => {
      if (overlap(b, dot(p))) out.push(`label ${i} covers point ${j}`);
    });
  });
  return out;
}

describe('scatter label placement', () => {
  it("puts a lone point's label just right of it and above, with no leader line", () => {
    const [at] = placeLabels([{ x: 100, y: 100, r: 6, width: 60 }], bounds);
    expect(at.leader).toBe(false);
    expect(at.dx).toBeGreaterThan(6);
    expect(at.dy).toBeLessThan(0);
  });

  it("places the company compare's eight designs without overprinting (the chart that pushed labels under the axis)", () => {
    // x: escalations a week on 30..48, y: cost per done item on 40..160, as the page draws them.
    const designs: [string, number, number, number][] = [
      ['base', 33.7, 50.08, 6],
      ['merge-cs-teams', 34.3, 49.44, 6],
      ['raise-gate-threshold', 33.3, 54.35, 6],
      ['add-reviewers', 33.5, 54.62, 4],
      ['rollout-at-once', 33.7, 50.78, 4],
      ['rollout-phased', 33.8, 50.64, 4],
      ['human-run', 33.4, 152, 4],
      ['review-everything', 44.8, 55.45, 4],
    ];
    const points = designs.map(([name, esc, cost, r]) => ({
      x: ((esc - 30) / 18) * bounds.width,
      y: bounds.height - ((cost - 40) / 120) * bounds.height,
      r,
      width: name.length * 6,
    }));
    const places = placeLabels(points, bounds);
    expect(problems(points, places)).toEqual([]);
  });

  it('law: up to eight points in a tight cluster all get a free place', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.double({ min: 150, max: 190, noNaN: true }),
            y: fc.double({ min: 100, max: 140, noNaN: true }),
            r: fc.constantFrom(4, 5, 6),
            width: fc.integer({ min: 18, max: 120 }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        (points) => {
          // Points themselves may overlap each other; only labels are placed.
          expect(problems(points, placeLabels(points, bounds))).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
