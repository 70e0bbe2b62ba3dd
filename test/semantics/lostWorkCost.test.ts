// Losing a customer is never cheaper than serving one. Two designs differ only in patience: in one
// callers wait as long as it takes, in the other they give up after 10 minutes on average. Both run
// the same replications (common random numbers: the same arrivals and service times). Cost per done
// item must not fall because work was dropped:
//   - a team paid by the hour costs the same whoever it serves, so fewer done items cost more each;
//   - with agents paid per task, the dropped calls cost nothing to serve, and `abandonCost` is what
//     keeps losing them from looking free: it adds abandonCost x lost / done to cost per done item,
//     exactly, replication by replication.
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { compileText, meanCi, replicate } from '../support/index.js';

const scenario = (pool: string, type: string) => `
opsim: 1
name: lost work
horizon: 6w
warmup: 1w
functions: [cs]
calendars:
  always: { week: always }
pools:
  ${pool}
itemTypes:
  call: { arrivals: { poisson: 10/h }, entry: answer${type} }
steps:
  answer:
    serve: [{ pool: team, time: { dist: exponential, mean: 15m } }]
    next: done
  done: { kind: exit, outcome: done }
`;

const HUMANS = 'team: { kind: human, headcount: 3, calendar: always, costPerHour: 30 }';
const AGENTS = 'team: { kind: agent, capacity: 3, costPerTask: 2 }';
const IMPATIENT = ', patience: { dist: exponential, mean: 10m }';
const PRICED = ', abandonCost: 25';

const runs = (pool: string, type: string): RunResult[] => replicate(compileText(scenario(pool, type)), 10, 'lost-work');
const lost = (r: RunResult) => r.overall.abandoned + r.overall.blocked;
const done = (r: RunResult) => r.overall.done + r.overall.doneWithDefect;

describe('a design that abandons more work never shows a lower cost per done item for that reason alone', () => {
  let humans: { patient: RunResult[]; impatient: RunResult[]; priced: RunResult[] };
  let agents: { patient: RunResult[]; impatient: RunResult[]; priced: RunResult[] };
  beforeAll(() => {
    humans = {
      patient: runs(HUMANS, ''),
      impatient: runs(HUMANS, IMPATIENT),
      priced: runs(HUMANS, IMPATIENT + PRICED),
    };
    agents = {
      patient: runs(AGENTS, ''),
      impatient: runs(AGENTS, IMPATIENT),
      priced: runs(AGENTS, IMPATIENT + PRICED),
    };
  });

  it('the impatient design loses work (the premise)', () => {
    for (const r of humans.impatient) expect(lost(r) / r.overall.arrived).toBeGreaterThan(0.02);
    for (const r of humans.patient) expect(lost(r)).toBe(0);
  });

  it('a team paid by the hour: the same cost spread over fewer done items, so cost per done item rises', () => {
    for (let k = 0; k < humans.patient.length; k++) {
      expect(humans.impatient[k].cost.total).toBeCloseTo(humans.patient[k].cost.total, 6);
      expect(done(humans.impatient[k])).toBeLessThan(done(humans.patient[k]));
      expect(humans.impatient[k].cost.perDone).toBeGreaterThan(humans.patient[k].cost.perDone);
      expect(humans.priced[k].cost.perDone).toBeGreaterThan(humans.impatient[k].cost.perDone);
    }
  });

  it('agents paid per task: abandonCost adds exactly abandonCost x lost / done, and the lost calls no longer look free', () => {
    for (let k = 0; k < agents.patient.length; k++) {
      const free = agents.impatient[k];
      const priced = agents.priced[k];
      expect(priced.cost.byCause.lostWork).toBe(25 * lost(priced));
      expect(priced.cost.perDone - free.cost.perDone).toBeCloseTo((25 * lost(free)) / done(free), 9);
    }
    const gap = meanCi(agents.priced.map((r, k) => r.cost.perDone - agents.patient[k].cost.perDone));
    expect(gap.lo, `priced impatient minus patient: ${gap.mean} ± ${gap.halfWidth}`).toBeGreaterThan(0);
  });

  it('cost by item type carries the lost work to the type that lost it', () => {
    for (const r of agents.priced) expect(r.cost.byType.call.byCause.lostWork).toBe(r.cost.byCause.lostWork);
  });
});
