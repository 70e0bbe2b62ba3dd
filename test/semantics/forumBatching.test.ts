// A weekly operating review that decides everything it holds (no perSession limit) turns a steady
// stream into weekly batches. Given the number of Poisson arrivals between two sessions, their times
// are uniform over the week, so each waits Uniform(0, T) for the next session: mean T/2 = 84 h,
// median 84 h, 90th percentile 0.9 T = 151.2 h, whatever the arrival rate. Nothing else delays the
// items, so their cycle time is the same wait.
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { compileText, expectNear, replicate } from '../support/index.js';

const T = 168;

// The first session is at 24 h; the one-week warm-up ends before the second, so every decision
// observed closes a full week of arrivals.
const forum = (perSession: string) => `
opsim: 1
name: weekly review
horizon: 53w
warmup: 1w
functions: [product]
pools: {}
itemTypes:
  request: { arrivals: { poisson: 0.5/h }, entry: review }
steps:
  review:
    kind: forum
    function: product
    schedule: { every: 1w, first: 24h }
    ${perSession}
    next: done
  done: { kind: exit, outcome: done }
`;

describe('forum with Poisson arrivals and unlimited perSession', () => {
  let runs: RunResult[];
  beforeAll(() => {
    runs = replicate(compileText(forum('')), 5, 'semantics');
  });

  it('holds each item T/2 = 84 h on average', () => {
    expectNear(
      runs.map((r) => r.steps.review.wait.mean),
      { figure: 'mean wait at the forum', exact: T / 2, relTol: 0.02 },
    );
    expectNear(
      runs.map((r) => r.overall.cycleTime.mean),
      { figure: 'mean cycle time', exact: T / 2, relTol: 0.02 },
    );
  });

  it('spreads the waits uniformly over the week: median T/2, 90th percentile 0.9 T', () => {
    // The percentile sketch is approximate; the bounds allow for its resolution.
    expectNear(
      runs.map((r) => r.steps.review.wait.p50),
      { figure: 'median wait', exact: T / 2, relTol: 0.04 },
    );
    expectNear(
      runs.map((r) => r.steps.review.wait.p90),
      { figure: '90th percentile wait', exact: 0.9 * T, relTol: 0.03 },
    );
  });

  it('decides everything it holds: at most a week of arrivals is still held at the horizon', () => {
    // The last session is at 24 + 52 x 168 = 8760 h; the horizon is 8904 h, 144 h later.
    for (const r of runs) {
      expect(r.overall.inSystemAtEnd).toBe(r.steps.review.wipEnd);
      expect(r.overall.inSystemAtEnd).toBeLessThan(0.5 * 144 * 1.6);
    }
  });
});

describe('forum with perSession below the weekly arrivals', () => {
  it('decides exactly perSession items a session once a backlog has built up', () => {
    // 84 arrivals a week against 60 decisions: the backlog grows from the first week, so each of the
    // 52 sessions in the window decides exactly 60.
    const [run] = replicate(compileText(forum('perSession: 60')), 1, 'semantics');
    expect(run.steps.review.completions).toBe(52 * 60);
  });
});
