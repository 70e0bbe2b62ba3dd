import { describe, expect, it } from 'vitest';
import { paretoFront } from '../../src/experiments/pareto.js';

describe('paretoFront(points, objectives)', () => {
  it('keeps the points nothing dominates, on a hand-made set', () => {
    const points = [
      { cost: 10, esc: 5 }, // 0: front
      { cost: 8, esc: 7 }, // 1: front
      { cost: 12, esc: 6 }, // 2: dominated by 0
      { cost: 8, esc: 7 }, // 3: equal to 1, kept
      { cost: 15, esc: 1 }, // 4: front
      { cost: 9, esc: 8 }, // 5: dominated by 1
    ];
    const min = [
      { key: 'cost', direction: 'min' as const },
      { key: 'esc', direction: 'min' as const },
    ];
    expect(paretoFront(points, min)).toEqual([0, 1, 3, 4]);
  });
  it('honours maximised objectives', () => {
    const points = [
      { t: 10, c: 5 },
      { t: 12, c: 5 },
      { t: 11, c: 4 },
    ];
    expect(
      paretoFront(points, [
        { key: 't', direction: 'max' },
        { key: 'c', direction: 'min' },
      ]),
    ).toEqual([1, 2]);
  });
});
