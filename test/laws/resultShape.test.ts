// runResult.ts: records are keyed by the model's ids in sorted order, so that serialising a result
// is deterministic; the over-time series has one sample per time for every queue.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/index.js';
import { compileDocument } from '../support/index.js';
import { scenarioArbitrary } from './scenarioArbitrary.js';
import { lawRuns } from './lawRuns.js';

const sorted = (keys: string[]) => [...keys].sort();

describe('RunResult shape', () => {
  it('keys every record by the model’s ids, in sorted order', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ stable: false, horizonHours: 120, warmupHours: 24 }), ({ doc, seed }) => {
        const model = compileDocument(doc);
        const r = simulate(model, { seed, replication: 0 });
        expect(Object.keys(r.steps)).toEqual(sorted(model.nodes.map((n) => n.id)));
        expect(Object.keys(r.pools)).toEqual(sorted(model.pools.map((p) => p.id)));
        expect(Object.keys(r.byType)).toEqual(sorted(model.itemTypes.map((t) => t.id)));
        expect(Object.keys(r.executives)).toEqual(
          sorted(model.pools.filter((p) => p.kind === 'executive').map((p) => p.id)),
        );
        const fns = Object.keys(r.cost.byFunction);
        expect(fns).toEqual(sorted(fns));
        expect(fns.filter((f) => model.functions.includes(f))).toEqual(sorted(model.functions));
      }),
      lawRuns(1001, 25),
    );
  });

  it('samples the series at increasing times, with one value per time for WIP and every step', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ stable: false, horizonHours: 120, warmupHours: 24 }), ({ doc, seed }) => {
        const model = compileDocument(doc);
        const r = simulate(model, { seed, replication: 0 });
        if (model.traceEvery === 0) {
          expect(r.series).toBeNull();
          return;
        }
        const s = r.series!;
        expect(s.t.length).toBeGreaterThan(0);
        expect(s.t.every((t, i) => i === 0 || t > s.t[i - 1])).toBe(true);
        expect(s.t.every((t) => t >= 0 && t <= r.horizon)).toBe(true);
        expect(s.wip.length).toBe(s.t.length);
        for (const [id, q] of Object.entries(s.queues)) expect(q.length, id).toBe(s.t.length);
      }),
      lawRuns(1002, 25),
    );
  });
});
