import { describe, expect, it } from 'vitest';
import { paretoWithConfidence } from '../../src/experiments/paretoConfidence.js';

const min = [
  { key: 'cost', direction: 'min' as const },
  { key: 'wait', direction: 'min' as const },
];
/** Replications around a mean, with a shared noise term so that the points are paired. */
const around = (mean: number, own: number[]) => [0.3, -0.2, 0.1, -0.4, 0.2].map((shared, r) => mean + shared + own[r]);
const noise = (scale: number) => [0.1, -0.1, 0.05, -0.05, 0].map((x) => x * scale);

describe('paretoWithConfidence(values, objectives)', () => {
  it('calls a difference smaller than the noise "possibly optimal" for both points, where the means alone would drop one', () => {
    // Cost 41.5 vs 41.4 with noise of the same size, equal waits: the means say point 1 dominates point 0.
    const values = [
      [around(41.5, noise(2)), around(5, noise(1))],
      [around(41.4, noise(-2)), around(5, noise(1))],
    ];
    expect(paretoWithConfidence(values, min)).toEqual([
      { front: 'possibly optimal', dominatedBy: null },
      { front: 'possibly optimal', dominatedBy: null },
    ]);
  });

  it('marks a point worse on every objective beyond the noise as dominated, naming the first point that dominates it', () => {
    const values = [
      [around(40, noise(1)), around(5, noise(1))],
      [around(45, noise(1)), around(6, noise(1))],
      [around(38, noise(1)), around(9, noise(1))],
    ];
    expect(paretoWithConfidence(values, min)).toEqual([
      { front: 'optimal', dominatedBy: null },
      { front: 'dominated', dominatedBy: 0 },
      { front: 'optimal', dominatedBy: null },
    ]);
  });

  it('reads max objectives the other way round', () => {
    const max = [{ key: 'throughput', direction: 'max' as const }];
    const values = [[around(100, noise(1))], [around(90, noise(1))]];
    expect(paretoWithConfidence(values, max).map((s) => s.front)).toEqual(['optimal', 'dominated']);
  });

  it('treats a difference that is the same in every replication as known exactly', () => {
    const values = [[[10, 11, 12]], [[12, 13, 14]]];
    expect(paretoWithConfidence(values, [min[0]])).toEqual([
      { front: 'optimal', dominatedBy: null },
      { front: 'dominated', dominatedBy: 0 },
    ]);
  });

  it('names a dominating point that keeps up where there is one, else the first', () => {
    // Point 0 is cheapest because it cannot keep up (its backlog grows); 1 keeps up; 2 is worse than both.
    const values = [
      [around(30, noise(1)), around(5, noise(1))],
      [around(35, noise(1)), around(5.5, noise(1))],
      [around(45, noise(1)), around(6, noise(1))],
    ];
    expect(paretoWithConfidence(values, min)[2].dominatedBy).toBe(0);
    expect(paretoWithConfidence(values, min, null, [false, true, true])[2].dominatedBy).toBe(1);
    // Dominated only by points that cannot keep up: the first of them, still dominated.
    expect(paretoWithConfidence(values, min, null, [false, false, true])[2]).toEqual({
      front: 'dominated',
      dominatedBy: 0,
    });
    // Which point is named changes nothing else.
    expect(paretoWithConfidence(values, min, null, [false, true, true]).map((x) => x.front)).toEqual(
      paretoWithConfidence(values, min).map((x) => x.front),
    );
  });
});
