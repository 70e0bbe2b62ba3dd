// A fitted pool's concurrency is the most of its instances in progress at one time, an end counted
// before a start at the same instant. It is swept over starts and ends sorted apart; the oracle
// sorts the pairs together, as fitModel did before (a million pairs for a year of one pool).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Instance } from '../../src/eventlog/fit/activityInstances.js';
import { mostAtOnce } from '../../src/eventlog/fit/fitLog.js';

function oracle(xs: readonly Instance[]): number {
  const edges: [number, number][] = [];
  for (const i of xs) if (i.how !== 'unknown' && i.end > i.start) edges.push([i.start, 1], [i.end, -1]);
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let busy = 0;
  let most = 0;
  for (const [, d] of edges) most = Math.max(most, (busy += d));
  return most;
}

const instance = fc
  .record({
    start: fc.integer({ min: 0, max: 20 }),
    length: fc.integer({ min: -2, max: 8 }),
    how: fc.constantFrom<Instance['how']>('exact', 'estimated', 'unknown'),
  })
  .map(({ start, length, how }): Instance => ({
    caseIx: 0,
    act: 0,
    res: -1,
    grp: -1,
    start,
    end: start + length,
    how,
  }));

describe('mostAtOnce', () => {
  test('equals the sweep over start and end pairs sorted together, ties included', () => {
    fc.assert(
      fc.property(fc.array(instance, { maxLength: 40 }), (xs) => {
        expect(mostAtOnce(xs)).toBe(oracle(xs));
      }),
      { numRuns: 2000 },
    );
  });
});
