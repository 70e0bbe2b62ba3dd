import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runDocument } from './runDocument.js';
import { scenarioArbitrary } from './scenarioArbitrary.js';
import { lawRuns } from './lawRuns.js';

const sum = (values: number[]) => values.reduce((s, x) => s + x, 0);
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('cost breakdowns', () => {
  it('cost.byCause sums to cost.total', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ stable: false, horizonHours: 168, warmupHours: 24 }), ({ doc, seed }) => {
        const c = runDocument(doc, seed).cost;
        const parts = sum(Object.values(c.byCause));
        expect(close(parts, c.total), `byCause ${JSON.stringify(c.byCause)} sums to ${parts}, total ${c.total}`).toBe(
          true,
        );
      }),
      lawRuns(401, 30),
    );
  });

  it('cost.byKind sums to cost.total less escaped-defect cost, and each kind is the sum of its pools', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ stable: false, horizonHours: 168, warmupHours: 24 }), ({ doc, seed }) => {
        const r = runDocument(doc, seed);
        const c = r.cost;
        const labour = c.total - c.byCause.escapedDefects;
        expect(
          close(sum(Object.values(c.byKind)), labour),
          `byKind ${JSON.stringify(c.byKind)}, total ${c.total}, defects ${c.byCause.escapedDefects}`,
        ).toBe(true);
        for (const kind of ['agent', 'human', 'executive'] as const) {
          const pools = sum(
            Object.values(r.pools)
              .filter((p) => p.kind === kind)
              .map((p) => p.cost),
          );
          expect(close(pools, c.byKind[kind]), `${kind}: pools ${pools}, byKind ${c.byKind[kind]}`).toBe(true);
        }
        expect(close(c.byCause.escapedDefects, r.quality.escapedDefectCost)).toBe(true);
      }),
      lawRuns(402, 30),
    );
  });

  it('cost.byFunction (with the no-function share) sums to cost.total', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ stable: false, horizonHours: 168, warmupHours: 24 }), ({ doc, seed }) => {
        const c = runDocument(doc, seed).cost;
        const parts = sum(Object.values(c.byFunction));
        expect(
          close(parts, c.total),
          `byFunction ${JSON.stringify(c.byFunction)} sums to ${parts}, total ${c.total}`,
        ).toBe(true);
      }),
      lawRuns(404, 20),
    );
  });

  it('cost per outcome and per done item are the total over the counts', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ stable: false, horizonHours: 168, warmupHours: 24 }), ({ doc, seed }) => {
        const r = runDocument(doc, seed);
        const o = r.overall;
        const outcomes = o.done + o.doneWithDefect + o.rejected + o.abandoned;
        const done = o.done + o.doneWithDefect;
        expect(close(r.cost.perOutcome, outcomes > 0 ? r.cost.total / outcomes : 0)).toBe(true);
        expect(close(r.cost.perDone, done > 0 ? r.cost.total / done : 0)).toBe(true);
      }),
      lawRuns(403, 20),
    );
  });
});
