// Standard queueing figures per step, against theory: the probability of waiting at an M/M/c step is
// Erlang C, and a weekly forum that decides everything it holds meets once a week with the week's
// arrivals as its batch (Poisson 0.5/h: 84 items a session on average).
import { describe, expect, it } from 'vitest';
import { compileFile, compileText, expectNear, replicate, scenariosDir } from '../support/index.js';
import { join } from 'node:path';
import { erlangC } from './theory.js';

describe('P(wait) at a step', () => {
  it('M/M/5 at rho = 0.8 (scenarios/validation/mmc.yaml): Erlang C(5, 4) = 0.554113', () => {
    const runs = replicate(compileFile(join(scenariosDir, 'validation', 'mmc.yaml')), 20, 'theory');
    expectNear(
      runs.map((r) => r.steps.queue.pWait),
      { figure: 'P(wait) at the M/M/5 step', exact: erlangC(5, 4), relTol: 0.03 },
    );
  });

  it('M/M/1 at rho = 0.8: P(wait) = rho', () => {
    const runs = replicate(compileFile(join(scenariosDir, 'validation', 'mm1.yaml')), 20, 'theory');
    expectNear(
      runs.map((r) => r.steps.queue.pWait),
      { figure: 'P(wait) at the M/M/1 step', exact: 0.8, relTol: 0.03 },
    );
  });
});

describe('forum sessions and batch sizes', () => {
  const forum = `
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
    next: done
  done: { kind: exit, outcome: done }
`;
  it('holds one session a week in the window and decides a week of arrivals at each, 84 on average', () => {
    const runs = replicate(compileText(forum), 5, 'theory');
    for (const r of runs) {
      // Sessions at 24 h + 168 k; the window [168, 8904] holds those of k = 1..52.
      expect(r.steps.review.sessions).toBe(52);
      expect(r.steps.review.meanBatch).toBe(r.steps.review.completions / 52);
    }
    expectNear(
      runs.map((r) => r.steps.review.meanBatch),
      { figure: 'mean batch size of the weekly forum', exact: 84, relTol: 0.02 },
    );
  });
});
