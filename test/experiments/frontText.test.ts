// A sweep point's standing in words, one rule for the CLI's table and the page's.
import { describe, expect, it } from 'vitest';
import { frontText, type SweepPoint } from '../../src/experiments/index.js';

const warning = { kind: 'poolSaturated' as const, subjects: ['team'], text: '' };
const point = (index: number, front: SweepPoint['front'], dominatedBy: number | null, warned: boolean) =>
  ({ index, front, dominatedBy, warnings: warned ? [warning] : [] }) as unknown as SweepPoint;

describe('frontText', () => {
  const points = [
    point(0, 'optimal', null, true),
    point(1, 'possibly optimal', null, false),
    point(2, 'dominated', 0, false),
    point(3, 'dominated', 1, true),
    point(4, 'dominated', null, false),
  ];
  const text = (i: number) => frontText(points[i], points, (p) => `#${p.index}`);

  it("says a point on the front has warnings, and a dominating point's warnings, not the dominated one's", () => {
    expect(text(0)).toBe('optimal, with warnings');
    expect(text(1)).toBe('possibly optimal');
    expect(text(2)).toBe('dominated by #0, which has warnings');
    expect(text(3)).toBe('dominated by #1');
    expect(text(4)).toBe('dominated');
  });
});
