// A flow whose cost is known to the cent. One job arrives every hour on the half hour (no randomness
// in the flow); an agent works on it 15 min (2 per task, error rate 0.1), two humans paid 50 an hour
// around the clock review it 30 min (no detection, so every error escapes at 100 each), and an
// executive signs it off in 6 min at 300 an hour.
//
// Job k arrives at k + 0.5 h and leaves at k + 1.35 h. In the window [168 h, 840 h] exactly 672 jobs
// leave (k = 167..838) and exactly 672 tasks of each kind start and finish. So:
//   human labour     2 heads x 672 paid hours x 50  = 67,200   (paid whether busy or not): 336 busy hours
//                    worked (16,800), the other 1,008 paid hours idle (50,400)
//   executive time   672 x 0.1 h x 300              = 20,160
//   agent tasks      672 x 2                        =  1,344
//   escaped defects  100 x (errors escaped)          expected 672 x 0.1 x 100 = 6,720
// cost per outcome = total / 672, expected 100 + 30 + 2 + 10 = 142.
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { compileText, expectNear, replicate } from '../support/index.js';

const outcomes = 672;

const costed = `
opsim: 1
name: exact cost
horizon: 5w
warmup: 1w
functions: [ops]
calendars:
  always: { week: always }
pools:
  agent: { kind: agent, capacity: 1, costPerTask: 2, errorRate: 0.1 }
  clerks: { kind: human, headcount: 2, calendar: always, costPerHour: 50, errorRate: 0 }
  boss: { kind: executive, calendar: always, costPerHour: 300 }
itemTypes:
  job: { arrivals: { batch: 1, every: 1h, first: 30m }, entry: draft, defectCost: 100 }
steps:
  draft:
    function: ops
    serve: [{ pool: agent, time: 15m }]
    next: check
  check:
    function: ops
    serve: [{ pool: clerks, time: 30m }]
    next: sign
  sign:
    function: ops
    serve: [{ pool: boss, time: 6m }]
    next: done
  done: { kind: exit, outcome: done }
`;

describe('cost of a deterministic flow with agent, human, executive and defect costs', () => {
  let runs: RunResult[];
  beforeAll(() => {
    runs = replicate(compileText(costed), 8, 'semantics');
  });

  it('counts exactly 672 outcomes in the window', () => {
    for (const r of runs) expect(r.overall.done + r.overall.doneWithDefect).toBe(outcomes);
  });

  it('pays the humans for every open hour: 2 x 672 h x 50 = 67,200, busy a quarter of it', () => {
    for (const r of runs) {
      expect(r.pools.clerks.paidHours).toBeCloseTo(2 * 672, 6);
      expect(r.pools.clerks.cost).toBeCloseTo(67_200, 6);
      expect(r.pools.clerks.utilisation).toBeCloseTo(0.25, 9);
      expect(r.cost.byKind.human).toBeCloseTo(67_200, 6);
    }
  });

  it('charges the agent per task (1,344) and the executive per hour consumed (20,160)', () => {
    for (const r of runs) {
      expect(r.pools.agent.tasks).toBe(outcomes);
      expect(r.cost.byKind.agent).toBeCloseTo(1_344, 6);
      expect(r.executives.boss.escalations).toBe(outcomes);
      expect(r.executives.boss.hoursConsumed).toBeCloseTo(67.2, 6);
      expect(r.cost.byKind.executive).toBeCloseTo(20_160, 6);
    }
  });

  it('breaks the total down by cause: labour + idle labour + agent tasks + escaped defects, no rework', () => {
    for (const r of runs) {
      const c = r.cost.byCause;
      expect(c.labour).toBeCloseTo(16_800 + 20_160, 6);
      expect(c.idleLabour).toBeCloseTo(50_400, 6);
      expect(c.agentTasks).toBeCloseTo(1_344, 6);
      expect(c.rework).toBe(0);
      expect(c.escapedDefects).toBeCloseTo(100 * r.quality.errorsEscaped, 6);
      expect(r.cost.total).toBeCloseTo(c.labour + c.idleLabour + c.agentTasks + c.rework + c.escapedDefects, 6);
    }
  });

  it('gives cost per outcome = total / 672, expected 142', () => {
    for (const r of runs) {
      expect(r.cost.perOutcome).toBeCloseTo(r.cost.total / outcomes, 9);
      expect(r.cost.perDone).toBeCloseTo(r.cost.total / outcomes, 9);
    }
    expectNear(
      runs.map((r) => r.cost.perOutcome),
      { figure: 'cost per outcome', exact: 142, relTol: 0.01 },
    );
  });
});
