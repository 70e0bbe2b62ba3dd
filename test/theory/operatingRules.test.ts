// The operating-model rules of docs/architecture.md on small systems without randomness, where
// every figure can be worked out by hand (each scenario file shows the working).
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/index.js';
import type { RunResult } from '../../src/core/report/runResult.js';
import { loadValidationModel } from './theoryChecks.js';

const run = (name: string, variant?: string): RunResult =>
  simulate(loadValidationModel(name, variant), { seed: 1, replication: 0 });
const outcomes = (r: RunResult) => {
  const { arrived, done, doneWithDefect, rejected, abandoned, blocked, inSystemAtEnd } = r.totals;
  return { arrived, done, doneWithDefect, rejected, abandoned, blocked, inSystemAtEnd };
};
const none = { doneWithDefect: 0, rejected: 0, abandoned: 0, blocked: 0 };

describe('scenarios/validation/rate-limit.yaml (rateLimit 4/h on ten agents)', () => {
  const r = run('rate-limit');

  it('starts at most 4 tasks in each clock hour: waits 0 (x4), 1 h (x4), 2 h (x2)', () => {
    expect(r.steps.work.wait.mean).toBeCloseTo(0.8, 12);
    expect(r.overall.cycleTime.mean).toBeCloseTo(1.3, 12);
    expect(r.steps.work.queueMean).toBeCloseTo(8 / 168, 12);
  });

  it('keeps the other six servers idle: busy 5 of 1680 server-hours', () => {
    expect(r.pools.bots.busyHours).toBeCloseTo(5, 12);
    expect(r.pools.bots.utilisation).toBeCloseTo(5 / 1680, 12);
  });
});

describe('scenarios/validation/exec-budget.yaml (2 decision hours a week)', () => {
  const r = run('exec-budget');

  it('starts no decision once the week’s budget is spent: two decisions a week, the rest wait', () => {
    expect(outcomes(r)).toEqual({ ...none, arrived: 15, done: 6, inSystemAtEnd: 9 });
    expect(r.executives.ceo.decisionWait.mean).toBeCloseTo(807 / 6, 12);
    expect(r.overall.cycleTime.mean).toBeCloseTo(813 / 6, 12);
  });

  it('reports 15 escalations received, 6 decided, 9 still waiting, 6 hours, the whole budget used, each escalation counted once', () => {
    const e = r.executives.ceo;
    expect({
      escalations: e.escalations,
      decided: e.decided,
      perWeek: e.decidedPerWeek,
      waiting: e.waitingAtEnd,
      hours: e.hoursConsumed,
      budget: e.budgetUtilisation,
    }).toEqual({
      escalations: 15,
      decided: 6,
      perWeek: 2,
      waiting: 9,
      hours: 6,
      budget: 1,
    });
    expect(r.totals.escalations).toBe(15);
    expect(r.pools.ceo.cost).toBeCloseTo(6 * 300, 9);
  });
});

describe('scenarios/validation/forum.yaml (weekly review, 3 decisions per session)', () => {
  const r = run('forum');

  it('decides at most 3 held items per Monday 10:00 session, oldest first', () => {
    expect(outcomes(r)).toEqual({ ...none, arrived: 15, done: 9, inSystemAtEnd: 6 });
    expect(r.steps.review.wait.mean).toBeCloseTo(849 / 9, 12);
    expect(r.overall.cycleTime.mean).toBeCloseTo(849 / 9, 12);
    expect(r.steps.review.wipEnd).toBe(6);
  });

  it('charges the chair half an hour per decision and counts every item entering the forum as an escalation', () => {
    const e = r.executives.coo;
    expect({
      escalations: e.escalations,
      atForum: e.escalationsAtForum,
      decided: e.decidedAtForum,
      waiting: e.waitingAtEnd,
      hours: e.hoursConsumed,
    }).toEqual({
      escalations: 15,
      atForum: 15,
      decided: 9,
      waiting: 6,
      hours: 4.5,
    });
    expect(r.totals.escalations).toBe(15);
  });
});

describe('scenarios/validation/forum-monthly.yaml (board on the 1st of each month at 10:00)', () => {
  const r = run('forum-monthly');

  it('sits on 2027-02-01 and 2027-03-01, deciding everything held', () => {
    expect(outcomes(r)).toEqual({ ...none, arrived: 10, done: 9, inSystemAtEnd: 1 });
    expect(r.steps.board.wait.mean).toBeCloseTo(2697 / 9, 9);
  });
});

describe('scenarios/validation/handoff.yaml (2 h from sales to cs, through a gate of no function)', () => {
  const r = run('handoff');

  it('adds the handoff delay once: 1 + 2 + 1 = 4 h in the system, in transit counted as WIP', () => {
    expect(outcomes(r)).toEqual({ ...none, arrived: 3, done: 3, inSystemAtEnd: 0 });
    expect(r.overall.cycleTime.mean).toBeCloseTo(4, 12);
    expect(r.overall.wipMean).toBeCloseTo(12 / 504, 12);
    expect([r.steps.qualify.wait.mean, r.steps.onboard.wait.mean]).toEqual([0, 0]);
  });
});

describe('scenarios/validation/sla-patience.yaml (SLA 3 h to an executive; patience 1 h)', () => {
  const r = run('sla-patience');

  it('takes the ticket that waited 3 h out of the queue and sends it to the executive', () => {
    expect(r.steps.work.slaEscalations).toBe(1);
    expect(r.steps.work.wait.mean).toBeCloseTo(1, 12);
    expect(r.byType.ticket.cycleTime.mean).toBeCloseTo(10 / 3, 12);
    expect(r.executives.boss.escalations).toBe(1);
    expect(r.executives.boss.decisionWait.mean).toBe(0);
    expect(r.totals.escalations).toBe(1);
  });

  it('lets the chats that waited 1 h abandon', () => {
    expect(r.steps.answer.abandoned).toBe(2);
    expect(r.byType.chat.abandoned).toBe(2);
    expect(r.byType.chat.done).toBe(1);
    expect(r.steps.answer.queueMean).toBeCloseTo(2 / 168, 12);
  });

  // Regression: until 9015496 the engine counted this twice, once at the breach (its target, a gate,
  // is not an escalation step) and again on entering the executive step behind the gate.
  it('counts an SLA breach routed through a gate to the executive as one escalation (variant via-gate)', () => {
    const viaGate = run('sla-patience', 'via-gate');
    expect(viaGate.executives.boss.escalations).toBe(1);
    expect(viaGate.totals.escalations).toBe(1);
  });
});

describe('scenarios/validation/initial-wip.yaml (three 5-hour-old jobs at time 0)', () => {
  const r = run('initial-wip');

  it('counts initial work as arrived and its cycle time from its age: 6, 7, 8 h', () => {
    expect(outcomes(r)).toEqual({ ...none, arrived: 3, done: 3, inSystemAtEnd: 0 });
    expect(r.overall.cycleTime.mean).toBeCloseTo(7, 12);
  });

  it('serves the job in service first, then the waiting ones, whose waits count from time 0', () => {
    expect(r.steps.work.wait.mean).toBeCloseTo(1, 12);
    expect(r.overall.wipMean).toBeCloseTo(6 / 24, 12);
  });
});

describe('scenarios/validation/rework-exceeded.yaml (every task errs, every check catches, 2 rounds allowed)', () => {
  const r = run('rework-exceeded');

  it('sends a job back twice, then to the exceeded route: 3 tasks, rejected after 3 h', () => {
    expect(outcomes(r)).toEqual({
      arrived: 3,
      done: 0,
      doneWithDefect: 0,
      rejected: 3,
      abandoned: 0,
      blocked: 0,
      inSystemAtEnd: 0,
    });
    expect(r.steps.draft.completions).toBe(9);
    expect(r.steps.rejected.arrivals).toBe(3);
    expect(r.overall.wipMean).toBeCloseTo(9 / 504, 12);
  });

  it('counts 9 errors made and caught, 6 rework rounds, nothing escaped or discarded', () => {
    const q = r.quality;
    expect({
      made: q.errorsMade,
      caught: q.errorsCaught,
      escaped: q.errorsEscaped,
      discarded: q.errorsDiscarded,
      rounds: q.reworkRounds,
    }).toEqual({ made: 9, caught: 9, escaped: 0, discarded: 0, rounds: 6 });
    expect(r.totals.errorsOpen).toBe(0);
  });

  it('charges the two tasks done after each return as rework: 12 of 18', () => {
    expect(r.cost.total).toBeCloseTo(18, 12);
    expect(r.cost.byCause).toEqual({
      labour: 0,
      idleLabour: 0,
      agentTasks: expect.closeTo(6, 12),
      rework: expect.closeTo(12, 12),
      escapedDefects: 0,
      lostWork: 0,
      delay: 0,
      slaPenalties: 0,
    });
  });
});
