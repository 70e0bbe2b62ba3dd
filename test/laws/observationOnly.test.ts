// Warm-up and the over-time series decide what is observed, never what happens: the same seed must
// draw the same numbers and move the same items whatever the warm-up or the sampling interval.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lawRuns } from './lawRuns.js';
import { runDocument } from './runDocument.js';
import { scenarioArbitrary } from './scenarioArbitrary.js';

type Doc = Record<string, unknown>;

describe('observation does not change the run', () => {
  it('another warm-up leaves totals (whole run) unchanged', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary({ stable: false, horizonHours: 168, warmupHours: 24 }),
        fc.integer({ min: 0, max: 100 }),
        ({ doc, seed }, warmup) => {
          const other: Doc = { ...doc, warmup: `${warmup}h` };
          if (warmup === 0) delete other.warmup;
          expect(runDocument(other, seed).totals).toEqual(runDocument(doc, seed).totals);
        },
      ),
      lawRuns(1201, 15),
    );
  });

  it('sampling the series or not leaves every other figure unchanged', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ stable: false, horizonHours: 168, warmupHours: 24 }), ({ doc, seed }) => {
        const sampled: Doc = { ...doc, trace: { every: '3h' } };
        const plain: Doc = { ...doc };
        delete plain.trace;
        const a = runDocument(sampled, seed);
        const b = runDocument(plain, seed);
        expect(b.series).toBeNull();
        expect(a.series).not.toBeNull();
        const rest = (r: typeof a) => JSON.stringify({ ...r, series: null, events: null });
        expect(rest(a)).toBe(rest(b));
      }),
      lawRuns(1202, 15),
    );
  });

  it('each type reports value = (done + doneWithDefect) x its value per done item, and overall the sum', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ stable: false, horizonHours: 168, warmupHours: 24 }), ({ doc, seed }) => {
        const r = runDocument(doc, seed);
        const types = doc.itemTypes as Record<string, { value?: number }>;
        let total = 0;
        for (const [id, f] of Object.entries(r.byType)) {
          expect(f.value).toBeCloseTo((f.done + f.doneWithDefect) * (types[id].value ?? 0), 9);
          total += f.value;
        }
        expect(r.overall.value).toBeCloseTo(total, 9);
      }),
      lawRuns(1203, 10),
    );
  });
});
