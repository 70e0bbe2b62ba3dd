// Routing that depends on the item's history: how many functions it has touched (cross-function items
// go to the COO), the handoff delay paid when it crosses, and how many rework rounds it has had.
// A gate that names a function counts as touching it, so the deciding gate below names none.
import { describe, expect, it } from 'vitest';
import { compileText, replicate } from '../support/index.js';

// One job every 10 h (at 10k + 2 h), nothing ever queues. Half the jobs (drawn at `split`) also go
// through engineering, paying a 5 h handoff, and then need the COO (30 min); the others go straight
// out. Jobs k = 10..99 live entirely inside the window [100 h, 1000 h]:
//   via engineering: 1 h + 5 h handoff + 1 h + 0.5 h COO = 7.5 h      straight out: 1 h
const crossing = `
opsim: 1
name: cross-function escalation
horizon: 1000h
warmup: 100h
functions: [sales, engineering, leadership]
calendars:
  always: { week: always }
pools:
  bot: { kind: agent, capacity: 5 }
  coo: { kind: executive, calendar: always, costPerHour: 400 }
itemTypes:
  job: { arrivals: { batch: 1, every: 10h, first: 2h }, entry: sell }
steps:
  sell:
    function: sales
    serve: [{ pool: bot, time: 1h }]
    next: split
  split:
    kind: gate
    function: sales
    next: { p: { build: 0.5, route: 0.5 } }
  build:
    function: engineering
    serve: [{ pool: bot, time: 1h }]
    next: route
  route:
    kind: gate
    next:
      when:
        - if: { functionsTouched: { gt: 1 } }
          to: coo-decision
      otherwise: done
  coo-decision:
    function: leadership
    serve: [{ pool: coo, time: 30m }]
    next: done
  done: { kind: exit, outcome: done }
handoffs:
  - { from: sales, to: engineering, delay: 5h }
`;

// Every task is wrong (e = 1) and every check catches it (d = 1); after 2 rework rounds the item
// goes to the head of the function instead. So each job is worked exactly 3 times and escalated once.
const stuck = `
opsim: 1
name: rework limit
horizon: 1000h
warmup: 100h
functions: [ops]
calendars:
  always: { week: always }
pools:
  bot: { kind: agent, capacity: 5, errorRate: 1 }
  head: { kind: executive, calendar: always }
itemTypes:
  job: { arrivals: { batch: 1, every: 10h, first: 2h }, entry: work }
steps:
  work:
    function: ops
    serve: [{ pool: bot, time: 1h }]
    next: check
  check:
    kind: gate
    function: ops
    detect: 1
    rework: { to: work, maxRounds: 2, exceeded: head-decision }
    next: done
  head-decision:
    function: ops
    serve: [{ pool: head, time: 30m }]
    next: done
  done: { kind: exit, outcome: done }
`;

describe('cross-function routing', () => {
  it('sends exactly the jobs that touched two functions to the COO, after the handoff delay', () => {
    for (const r of replicate(compileText(crossing), 3, 'semantics')) {
      const viaEngineering = r.steps.build.arrivals;
      expect(viaEngineering).toBeGreaterThan(20); // ~45 of 90: both routes are exercised
      expect(viaEngineering).toBeLessThan(70);
      expect(r.overall.done).toBe(90);
      expect(r.executives.coo.escalations).toBe(viaEngineering);
      expect(r.steps['coo-decision'].arrivals).toBe(viaEngineering);
      expect(r.overall.cycleTime.mean).toBeCloseTo((7.5 * viaEngineering + 1 * (90 - viaEngineering)) / 90, 9);
    }
  });
});

describe('rework limit', () => {
  it('works an always-wrong job 1 + maxRounds times, then escalates it', () => {
    const [r] = replicate(compileText(stuck), 1, 'semantics');
    expect(r.overall.done + r.overall.doneWithDefect).toBe(90);
    expect(r.steps.work.arrivals).toBe(3 * 90);
    expect(r.quality.reworkRounds).toBe(2 * 90);
    expect(r.executives.head.escalations).toBe(90);
    expect(r.overall.cycleTime.mean).toBeCloseTo(3.5, 9);
  });

  it('counts the error caught at the limit as caught: the escalated job leaves without a defect', () => {
    const [r] = replicate(compileText(stuck), 1, 'semantics');
    expect(r.quality.errorsMade).toBe(3 * 90);
    expect(r.quality.errorsCaught).toBe(3 * 90);
    expect(r.overall.doneWithDefect).toBe(0);
  });
});
