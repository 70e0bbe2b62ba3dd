import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runDocument } from './runDocument.js';
import { scenarioArbitrary } from './scenarioArbitrary.js';
import { lawRuns } from './lawRuns.js';

describe('conservation', () => {
  it('totals: arrived = done + doneWithDefect + rejected + abandoned + blocked + inSystemAtEnd', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ stable: false, horizonHours: 168, warmupHours: 24 }), ({ doc, seed }) => {
        const t = runDocument(doc, seed).totals;
        expect(t.done + t.doneWithDefect + t.rejected + t.abandoned + t.blocked + t.inSystemAtEnd).toBe(t.arrived);
      }),
      lawRuns(201, 30),
    );
  });

  it('totals: errorsMade = errorsCaught + errorsEscaped + errorsDiscarded + errorsOpen', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ stable: false, horizonHours: 168, warmupHours: 24 }), ({ doc, seed }) => {
        const t = runDocument(doc, seed).totals;
        expect(t.errorsCaught + t.errorsEscaped + t.errorsDiscarded + t.errorsOpen).toBe(t.errorsMade);
      }),
      lawRuns(202, 30),
    );
  });

  it('without warm-up, the window figures are the totals', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ stable: false, horizonHours: 120, warmupHours: 0 }), ({ doc, seed }) => {
        const r = runDocument(doc, seed);
        const { arrived, done, doneWithDefect, rejected, abandoned, blocked, inSystemAtEnd } = r.overall;
        const t = r.totals;
        expect({ arrived, done, doneWithDefect, rejected, abandoned, blocked, inSystemAtEnd }).toEqual({
          arrived: t.arrived,
          done: t.done,
          doneWithDefect: t.doneWithDefect,
          rejected: t.rejected,
          abandoned: t.abandoned,
          blocked: t.blocked,
          inSystemAtEnd: t.inSystemAtEnd,
        });
        const q = r.quality;
        expect([q.errorsMade, q.errorsCaught, q.errorsEscaped, q.errorsDiscarded]).toEqual([
          t.errorsMade,
          t.errorsCaught,
          t.errorsEscaped,
          t.errorsDiscarded,
        ]);
      }),
      lawRuns(203, 20),
    );
  });

  it('every node without warm-up: arrivals = completions + blocked + overflowed + abandoned + SLA breaches + held at the end', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ stable: false, horizonHours: 120, warmupHours: 0 }), ({ doc, seed }) => {
        const r = runDocument(doc, seed);
        // Initial work enters its step at time 0 and counts among the step's arrivals.
        for (const [id, s] of Object.entries(r.steps)) {
          const left = s.completions + s.blocked + s.overflowed + s.abandoned + s.slaEscalations + s.wipEnd;
          expect(left, `${id}: ${JSON.stringify(s)}`).toBe(s.arrivals);
        }
      }),
      lawRuns(205, 25),
    );
  });

  it('the item types add up to the whole: arrivals and outcomes by type sum to overall', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ stable: false, horizonHours: 168, warmupHours: 24 }), ({ doc, seed }) => {
        const r = runDocument(doc, seed);
        const keys = [
          'arrived',
          'done',
          'doneWithDefect',
          'rejected',
          'abandoned',
          'blocked',
          'inSystemAtEnd',
        ] as const;
        const types = Object.values(r.byType);
        for (const k of keys)
          expect(
            types.reduce((s, f) => s + f[k], 0),
            k,
          ).toBe(r.overall[k]);
      }),
      lawRuns(204, 20),
    );
  });
});
