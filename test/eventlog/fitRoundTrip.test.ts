// The round trip: simulate a bundled scenario with known parameters, export its log, fit a scenario
// from the log, and recover what went in. rework-loop.yaml: Poisson arrivals 6.4/h around the clock,
// one agent, exponential service with mean 6 min, and a gate sending 20% of passes back (e d = 0.2).
// Tolerances (11 weeks, about 11,800 arrivals and 14,800 services): arrival rate within 3% (the
// Poisson count's sd is 0.9%), the rework probability within 0.015 (sd 0.0033), mean service within
// 4% (sd 0.8%): each about 3 to 4.5 standard deviations.
import { describe, expect, test } from 'vitest';
import { fitModel, validateFit } from '../../src/eventlog/index.js';
import { compileText } from '../support/index.js';
import { allWithin, bundled, exportText, readText, verdictsOf } from './logSupport.js';

const { model } = bundled('scenarios/validation/rework-loop.yaml');

describe('fit(export(simulate(rework-loop)))', () => {
  const { log } = readText(exportText(model, 'csv', 11), 'csv');
  const m = fitModel(log, { horizon: '13w', source: 'rework-loop.csv' });

  test('recovers the arrival rate, the rework probability and the mean service time', () => {
    expect(m.types.map((t) => t.id)).toEqual(['job']);
    const perHour = m.types[0].perDay.reduce((s, x) => s + x, 0) / 168;
    expect(Math.abs(perHour / 6.4 - 1)).toBeLessThan(0.03);
    expect(m.types[0].window).toEqual({ from: 0, to: 24 });
    const work = m.steps.find((s) => s.id === 'work')!;
    const total = work.next.reduce((s, x) => s + x.n, 0);
    const again = work.next.find((x) => x.to === 'work')!.n / total;
    expect(Math.abs(again - 0.2)).toBeLessThan(0.015);
    expect(work.exact).toBe(work.count);
    expect(Math.abs(work.fit!.mean / 0.1 - 1)).toBeLessThan(0.04);
    // The KS criterion should not pick a family far from the exponential that generated the data.
    expect(
      work.fit!.chosen.dist === 'exponential' ||
        (work.fit!.chosen.dist === 'gamma' && Math.abs(work.fit!.chosen.cv - 1) < 0.05),
    ).toBe(true);
    expect(m.pools).toMatchObject([{ id: 'ops', headcount: 1 }]);
    expect(m.pools[0].week.every((d) => d !== null && d.from === 0 && d.to === 24)).toBe(true);
  });

  test("the fitted scenario's throughput and cycle time fall within the simulated intervals on the held-out part", () => {
    const v = validateFit(log, { replications: 10, seed: 5, source: 'rework-loop.csv' });
    expect(v.heldOut).toBe(true);
    const kpis = [
      'arrivals (/week)',
      'throughput (/week)',
      'cycle time mean (h)',
      'cycle time p90 (h)',
      'work (/week)',
    ];
    expect(verdictsOf(v, kpis)).toEqual(allWithin(kpis));
  });
});

describe('fit on a scenario with office hours', () => {
  test('recovers the working days and hours of a human pool', () => {
    const office = bundled('scenarios/validation/calendar-pause.yaml');
    const { log } = readText(exportText(office.model, 'csv', 2), 'csv');
    const m = fitModel(log, { horizon: '13w', source: 'calendar-pause.csv' });
    const cal = office.model.calendars[office.model.pools[0].calendar];
    const open = new Set(cal.week.flatMap(([a, b]) => Array.from({ length: b - a }, (_, k) => a + k)));
    const fitted = new Set(
      m.pools[0].week.flatMap((d, day) =>
        d === null ? [] : Array.from({ length: d.to - d.from }, (_, k) => day * 24 + d.from + k),
      ),
    );
    expect([...fitted].sort((a, b) => a - b)).toEqual([...open].sort((a, b) => a - b));
  });
});

describe('fit on a log with case types', () => {
  // Tickets (3/h) are checked and done; deals (1/h) are checked, then decided (lognormal, 20 h).
  // Fitted with one routing and one duration per activity, a ticket would go on to `decide` a quarter
  // of the time; per item type, never.
  const TYPED = `
opsim: 1
name: tickets and deals
horizon: 11w
seed: 1
functions: [desk]
pools:
  clerks: { kind: agent, capacity: 500, costPerTask: 1 }
itemTypes:
  ticket: { arrivals: { poisson: 3/h }, entry: check }
  deal: { arrivals: { poisson: 1/h }, entry: check }
steps:
  check:
    function: desk
    serve: [{ pool: clerks, time: { byType: { ticket: { dist: exponential, mean: 4m }, deal: { dist: exponential, mean: 30m } } } }]
    next: { when: [{ if: { type: [ticket] }, to: done }], otherwise: decide }
  decide:
    function: desk
    serve: [{ pool: clerks, time: { dist: lognormal, mean: 20h, cv: 0.5 } }]
    next: done
  done: { kind: exit, outcome: done }
`;
  const { log } = readText(exportText(compileText(TYPED, 'typed.yaml'), 'csv', 4), 'csv');
  const m = fitModel(log, { horizon: '13w', source: 'typed.csv' });

  test("routes and times each type as the log shows it: tickets never reach decide, and each type's check time is its own", () => {
    expect(m.kinds).toBeNull(); // the log says what the types are
    expect(m.types.map((t) => t.id).sort()).toEqual(['deal', 'ticket']);
    const check = m.steps.find((s) => s.id === 'check')!;
    const of = (type: string) => check.byType!.find((k) => k.type === type)!;
    expect(of('ticket').next.map((x) => x.to)).toEqual(['done']);
    expect(of('deal').next.map((x) => x.to)).toEqual(['decide']);
    // The export records starts, so each type's durations at check are exact.
    expect(Math.abs(of('ticket').fit!.mean / (4 / 60) - 1)).toBeLessThan(0.05);
    expect(Math.abs(of('deal').fit!.mean / 0.5 - 1)).toBeLessThan(0.05);
  });

  test("the fitted scenario's cycle times fall within the simulated intervals on the held-out part", () => {
    const v = validateFit(log, { replications: 10, seed: 5, source: 'typed.csv' });
    const kpis = [
      'throughput (/week)',
      'cycle time mean (h)',
      'cycle time p50 (h)',
      'cycle time p90 (h)',
      'decide (/week)',
    ];
    expect(verdictsOf(v, kpis)).toEqual(allWithin(kpis));
  });
});
