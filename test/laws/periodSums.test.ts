// Figures per period are the window cut at calendar boundaries: every count summed over the periods
// is the window's count, the costs sum to the run's cost (so with the done counts they give its cost
// per done item), and the items in the system move by arrivals less outcomes, whatever the model, the
// warm-up, the prices on the timeline or the kind of period.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate, type RunResult } from '../../src/core/index.js';
import { PERIOD_KINDS, withPeriods, type PeriodKind } from '../../src/scenario/index.js';
import { compileDocument, withMovingPrices } from '../support/index.js';
import { scenarioArbitrary } from './scenarioArbitrary.js';
import { lawRuns } from './lawRuns.js';

/** A random design and a kind of period. */
const designs = () =>
  fc.tuple(
    scenarioArbitrary({ stable: false, horizonHours: 24 * 40, warmupHours: 60 }),
    fc.constantFrom(...PERIOD_KINDS),
  );

/** One replication of the document, measured by period. */
function measured(doc: unknown, seed: number, kind: PeriodKind): RunResult {
  const model = withPeriods(compileDocument(doc), (doc as { start?: string }).start, kind);
  return simulate(model, { seed, replication: 0 });
}

/** Equal but for the rounding of adding the periods' differences back up. */
const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));

describe('periods', () => {
  it('counts per period add up to the window: arrived, outcomes, errors, escalations', () => {
    fc.assert(
      fc.property(designs(), ([{ doc, seed }, kind]) => {
        const r = measured(doc, seed, kind);
        const periods = r.periods!;
        const sum = (
          key:
            | 'arrived'
            | 'done'
            | 'doneWithDefect'
            | 'rejected'
            | 'abandoned'
            | 'blocked'
            | 'errorsMade'
            | 'errorsEscaped'
            | 'escalations',
        ) => periods.reduce((a, p) => a + p[key], 0);
        const o = r.overall;
        expect({
          arrived: sum('arrived'),
          done: sum('done'),
          doneWithDefect: sum('doneWithDefect'),
          rejected: sum('rejected'),
          abandoned: sum('abandoned'),
          blocked: sum('blocked'),
          errorsMade: sum('errorsMade'),
          errorsEscaped: sum('errorsEscaped'),
        }).toEqual({
          arrived: o.arrived,
          done: o.done,
          doneWithDefect: o.doneWithDefect,
          rejected: o.rejected,
          abandoned: o.abandoned,
          blocked: o.blocked,
          errorsMade: r.quality.errorsMade,
          errorsEscaped: r.quality.errorsEscaped,
        });
        // The periods tile the window: from the warm-up's end to the horizon, without gaps.
        expect(periods[0].start).toBe(r.warmup);
        expect(periods[periods.length - 1].end).toBe(r.horizon);
        for (let i = 1; i < periods.length; i++) expect(periods[i].start).toBe(periods[i - 1].end);
        // Busy hours add up too (a task in service at a boundary is split at it).
        for (const [id, pool] of Object.entries(r.pools))
          expect(periods.reduce((a, p) => a + p.busyHours[id], 0)).toBeCloseTo(pool.busyHours, 6);
      }),
      lawRuns(1301, 25),
    );
  });

  it('costs per period add up to cost.total, and with the done counts to cost.perDone', () => {
    fc.assert(
      fc.property(designs(), ([{ doc, seed }, kind]) => {
        const r = measured(doc, seed, kind);
        const periods = r.periods!;
        const cost = periods.reduce((a, p) => a + p.cost, 0);
        const done = periods.reduce((a, p) => a + p.done + p.doneWithDefect, 0);
        near(cost, r.cost.total);
        expect(done).toBe(r.overall.done + r.overall.doneWithDefect);
        near(done > 0 ? cost / done : 0, r.cost.perDone);
        for (const p of periods) {
          const delivered = p.done + p.doneWithDefect;
          expect(p.costPerDone).toBe(delivered > 0 ? p.cost / delivered : 0);
        }
      }),
      lawRuns(1302, 25),
    );
  });

  it('with prices moving on the timeline (forum chairs among the pools), costs per period still add up to cost.total', () => {
    fc.assert(
      fc.property(designs(), ([{ doc, seed }, kind]) => {
        // Every pool's prices rise threefold over the first three weeks, a step a day, and halve in the fifth.
        const moved = withMovingPrices(doc, { rampEnd: '2027-01-25', every: '1d', halvedAt: '2027-02-01' });
        const r = measured(moved, seed, kind);
        const cost = r.periods!.reduce((a, p) => a + p.cost, 0);
        near(cost, r.cost.total);
      }),
      lawRuns(1304, 25),
    );
  });

  it("items in the system at each period's end: the last is the run's, and each moves by arrivals less outcomes", () => {
    fc.assert(
      fc.property(designs(), ([{ doc, seed }, kind]) => {
        const r = measured(doc, seed, kind);
        const periods = r.periods!;
        expect(periods[periods.length - 1].inSystemAtEnd).toBe(r.overall.inSystemAtEnd);
        for (let i = 1; i < periods.length; i++) {
          const p = periods[i];
          const left = p.done + p.doneWithDefect + p.rejected + p.abandoned + p.blocked;
          expect(p.inSystemAtEnd - periods[i - 1].inSystemAtEnd).toBe(p.arrived - left);
        }
      }),
      lawRuns(1303, 25),
    );
  });
});
