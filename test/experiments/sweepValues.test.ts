import { describe, expect, it } from 'vitest';
import { parseSweepValues } from '../../src/experiments/sweepValues.js';
import { gridPoints } from '../../src/experiments/sweepReport.js';
import { shardJobs } from '../../src/experiments/shardRange.js';

describe('parseSweepValues(text)', () => {
  it('reads lists of numbers, booleans and words', () => {
    expect(parseSweepValues('0.3, 0.4,true,bot')).toEqual([0.3, 0.4, true, 'bot']);
  });
  it('reads from:to:step ranges without floating-point drift', () => {
    expect(parseSweepValues('0.1:0.9:0.1')).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]);
    expect(parseSweepValues('1:10:4')).toEqual([1, 5, 9]);
  });
  it('rejects malformed ranges with a message', () => {
    expect(() => parseSweepValues('1:2')).toThrow(/from:to:step/);
    expect(() => parseSweepValues('1:2:0')).toThrow(/step must be a positive number/);
    expect(() => parseSweepValues('5:1:1')).toThrow(/'to' must not be below 'from'/);
  });
});

describe('gridPoints(params)', () => {
  it('varies the first parameter slowest', () => {
    expect(
      gridPoints([
        { path: 'a', values: [1, 2] },
        { path: 'b', values: ['x', 'y'] },
      ]),
    ).toEqual([
      { a: 1, b: 'x' },
      { a: 1, b: 'y' },
      { a: 2, b: 'x' },
      { a: 2, b: 'y' },
    ]);
  });
});

describe('shardJobs(total, k, n)', () => {
  it('takes every n-th job, so the points of a design-major list spread over the shards', () => {
    expect([1, 2, 3].map((k) => shardJobs(10, k, 3))).toEqual([
      [0, 3, 6, 9],
      [1, 4, 7],
      [2, 5, 8],
    ]);
    expect(shardJobs(2, 3, 3)).toEqual([]);
  });
});
