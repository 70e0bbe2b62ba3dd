// A step's utilisation is the busy hours of its pools at the step over their open hours. Each pool's
// hours count once however many serve entries name it, and an executive's count not at all (its limit
// is its decision budget, not its diary: the pools table, the headline and the periods give it none).
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/index.js';
import { stepWithValues } from '../../src/experiments/noValue.js';
import { withPeriods } from '../../src/scenario/index.js';
import { compileText, replicate } from '../support/index.js';

describe('step utilisation', () => {
  it('counts a pool named by two serve entries once: the step is as busy as its only pool', () => {
    const [run] = replicate(
      compileText(`
opsim: 1
name: one pool, two entries
horizon: 4w
functions: [ops]
attributes: [risk]
pools:
  bot: { kind: agent, capacity: 1 }
itemTypes:
  job:
    arrivals: { poisson: 1/h }
    entry: work
    attributes: { risk: { dist: uniform, min: 0, max: 1 } }
steps:
  work:
    function: ops
    serve:
      - { pool: bot, time: 30m, when: { attr: risk, lt: 0.5 } }
      - { pool: bot, time: 30m }
    next: done
  done: { kind: exit, outcome: done }
`),
      1,
      'step utilisation',
    );
    expect(run.steps.work.availableHours).toBe(run.pools.bot.availableHours);
    expect(run.steps.work.utilisation).toBeCloseTo(run.pools.bot.utilisation, 12);
    expect(run.pools.bot.utilisation).toBeGreaterThan(0.4);
  });

  it('gives an escalation step no utilisation, and periods no executive utilisation', () => {
    // 10 escalations a week for a budget that decides 2: the executive is swamped, its diary (always
    // open) is 0.6% used. That 0.6% is not what limits it and must not show at its step.
    const text = `
opsim: 1
name: swamped
horizon: 4w
functions: [ops]
calendars:
  always: { week: always }
pools:
  team: { kind: human, headcount: 1, calendar: always, costPerHour: 10 }
  boss: { kind: executive, calendar: always, budget: 1h/w, costPerHour: 100 }
itemTypes:
  job: { arrivals: { batch: 10, every: 1w, first: 1h }, entry: work }
steps:
  work: { function: ops, serve: [{ pool: team, time: 1h }], next: decide }
  decide: { function: ops, serve: [{ pool: boss, time: 30m }], next: done }
  done: { kind: exit, outcome: done }
`;
    const [run] = replicate(compileText(text), 1, 'step utilisation');
    expect(run.executives.boss.decided).toBe(8);
    expect(run.steps.decide.availableHours).toBe(0);
    expect(run.steps.decide.utilisation).toBe(0);
    expect(stepWithValues(run.steps.decide).utilisation).toBeNaN();
    // The human step keeps its figure: 40 hours of work over 672 open hours.
    expect(run.steps.work.utilisation).toBeCloseTo(40 / 672, 12);
    expect(run.steps.work.availableHours).toBe(672);

    const byWeek = simulate(withPeriods(compileText(text), '2027-01-04', 'week'), { seed: 1, replication: 0 });
    expect(byWeek.periods).toHaveLength(4);
    for (const p of byWeek.periods!) {
      expect(Object.keys(p.utilisation)).toEqual(['team']);
      expect(p.busyHours.boss).toBeCloseTo(1, 12);
    }
  });
});
