// A step that makes errors and a check that catches them and sends the item back is a Jackson network
// with feedback. Each pass through the step makes an error with probability e, independently of the
// past; the check catches it with probability d. A caught error clears the item's open errors and
// sends it back, so every pass ends in one of three ways:
//   caught, loop back            e d
//   error missed, leave          e (1 - d)
//   no error, leave              1 - e
// Passes per item are geometric: visits = 1 / (1 - e d), so the step is fed at lambda / (1 - e d).
// An item leaves after exactly one non-looping pass, which carries a (missed) error with probability
// e (1 - d) / (1 - e d): that is the share of items done with an escaped defect, each with exactly one
// open error (the earlier ones were cleared when caught). Errors made per item e / (1 - e d), caught
// e d / (1 - e d) = rework rounds per item.
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { compileText, expectNear, replicate, windowHours } from '../support/index.js';

const e = 0.3;
const d = 0.6;
const lambda = 1; // items per hour
const loop = e * d;
const visits = 1 / (1 - loop); // 1.2195...
const escapedShare = (e * (1 - d)) / (1 - loop); // 0.14634...

const atGate = `
opsim: 1
name: rework at a gate
horizon: 2100h
warmup: 100h
functions: [ops]
pools:
  agents: { kind: agent, capacity: 2, errorRate: ${e}, costPerTask: 1 }
itemTypes:
  job: { arrivals: { poisson: ${lambda}/h }, entry: work, defectCost: 10 }
steps:
  work:
    function: ops
    serve: [{ pool: agents, time: { dist: exponential, mean: 1h } }]
    next: check
  check:
    kind: gate
    function: ops
    detect: ${d}
    rework: { to: work, maxRounds: 1000, exceeded: scrap }
    next: done
  done: { kind: exit, outcome: done }
  scrap: { kind: exit, outcome: rejected }
`;

// The same loop with the detection done by a human review step (which adds no errors of its own).
const atReviewStep = `
opsim: 1
name: rework at a review step
horizon: 2100h
warmup: 100h
functions: [ops]
calendars:
  always: { week: always }
pools:
  agents: { kind: agent, capacity: 2, errorRate: ${e} }
  reviewers: { kind: human, headcount: 1, calendar: always, costPerHour: 10 }
itemTypes:
  job: { arrivals: { poisson: ${lambda}/h }, entry: work }
steps:
  work:
    function: ops
    serve: [{ pool: agents, time: { dist: exponential, mean: 1h } }]
    next: review
  review:
    function: ops
    serve: [{ pool: reviewers, time: { dist: exponential, mean: 30m }, errorRate: 0 }]
    detect: ${d}
    rework: { to: work, maxRounds: 1000, exceeded: scrap }
    next: done
  done: { kind: exit, outcome: done }
  scrap: { kind: exit, outcome: rejected }
`;

const leaving = (r: RunResult) => r.overall.done + r.overall.doneWithDefect;

describe('rework loop at a gate (e = 0.3, d = 0.6): Jackson network with feedback', () => {
  let runs: RunResult[];
  beforeAll(() => {
    runs = replicate(compileText(atGate), 10, 'semantics');
  });

  it('feeds the step at lambda / (1 - e d) = 1.2195 per hour', () => {
    expectNear(
      runs.map((r) => r.steps.work.arrivals / windowHours(r)),
      { figure: 'arrivals at work per hour', exact: lambda * visits, relTol: 0.02 },
    );
  });

  it('keeps two agents busy lambda s / (c (1 - e d)) = 0.6098 of the time', () => {
    expectNear(
      runs.map((r) => r.pools.agents.utilisation),
      { figure: 'agents utilisation', exact: (lambda * 1) / (2 * (1 - loop)), relTol: 0.02 },
    );
    expectNear(
      runs.map((r) => r.steps.work.utilisation),
      { figure: 'work utilisation', exact: (lambda * 1) / (2 * (1 - loop)), relTol: 0.02 },
    );
  });

  it('lets e (1 - d) / (1 - e d) = 0.1463 of items leave with an escaped defect, one error each', () => {
    expectNear(
      runs.map((r) => r.overall.doneWithDefect / leaving(r)),
      { figure: 'escaped share', exact: escapedShare, relTol: 0.06 },
    );
    for (const r of runs) {
      expect(r.quality.errorsEscaped).toBe(r.overall.doneWithDefect);
      expect(r.quality.escapedDefectCost).toBeCloseTo(10 * r.quality.errorsEscaped, 6);
    }
  });

  it('makes e / (1 - e d) errors per item and catches e d / (1 - e d), one rework round each', () => {
    const perItem = (pick: (r: RunResult) => number) => runs.map((r) => pick(r) / leaving(r));
    expectNear(
      perItem((r) => r.quality.errorsMade),
      { figure: 'errors made per item', exact: e / (1 - loop), relTol: 0.04 },
    );
    expectNear(
      perItem((r) => r.quality.errorsCaught),
      { figure: 'errors caught per item', exact: loop / (1 - loop), relTol: 0.06 },
    );
    expectNear(
      perItem((r) => r.quality.reworkRounds),
      { figure: 'rework rounds per item', exact: loop / (1 - loop), relTol: 0.06 },
    );
  });

  it('charges tasks after a catch as rework: rework / first-pass agent cost = e d / (1 - e d)', () => {
    expectNear(
      runs.map((r) => r.cost.byCause.rework / r.cost.byCause.agentTasks),
      { figure: 'rework cost ratio', exact: loop / (1 - loop), relTol: 0.06 },
    );
  });

  it('conserves errors over the whole run: made = caught + escaped + discarded + open', () => {
    for (const r of runs) {
      const t = r.totals;
      expect(t.errorsMade).toBe(t.errorsCaught + t.errorsEscaped + t.errorsDiscarded + t.errorsOpen);
    }
  });
});

describe('rework loop at a review step (e = 0.3, d = 0.6)', () => {
  let runs: RunResult[];
  beforeAll(() => {
    runs = replicate(compileText(atReviewStep), 10, 'semantics');
  });

  it('visits both the step and the review 1 / (1 - e d) times per item', () => {
    expectNear(
      runs.map((r) => r.steps.work.arrivals / windowHours(r)),
      { figure: 'arrivals at work per hour', exact: lambda * visits, relTol: 0.02 },
    );
    expectNear(
      runs.map((r) => r.steps.review.arrivals / windowHours(r)),
      { figure: 'arrivals at review per hour', exact: lambda * visits, relTol: 0.02 },
    );
  });

  it('keeps the one reviewer busy lambda s_r / (1 - e d) = 0.6098 of the time', () => {
    expectNear(
      runs.map((r) => r.pools.reviewers.utilisation),
      { figure: 'reviewers utilisation', exact: (lambda * 0.5) / (1 - loop), relTol: 0.03 },
    );
  });

  it('lets e (1 - d) / (1 - e d) of items leave with an escaped defect', () => {
    expectNear(
      runs.map((r) => r.overall.doneWithDefect / leaving(r)),
      { figure: 'escaped share', exact: escapedShare, relTol: 0.06 },
    );
  });
});
