import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/index.js';
import { numericLeaves, runDocument } from './runDocument.js';
import { compileDocument } from '../support/index.js';
import { scenarioArbitrary } from './scenarioArbitrary.js';
import { lawRuns } from './lawRuns.js';
import { summariseRuns } from '../../src/experiments/index.js';

describe('non-negative results', () => {
  it('every number in a RunResult is finite and >= 0 (waits, cycle times, costs, queue lengths, counts)', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ stable: false, horizonHours: 168, warmupHours: 24 }), ({ doc, seed }) => {
        const bad = numericLeaves(runDocument(doc, seed)).filter(
          (leaf) => !(Number.isFinite(leaf.value) && leaf.value >= 0),
        );
        expect(bad).toEqual([]);
      }),
      lawRuns(301, 40),
    );
  });

  it('utilisations are fractions in [0, 1] (unless overtime), percentiles are ordered p50 <= p90 <= p95', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ stable: false, horizonHours: 168, warmupHours: 24 }), ({ doc, seed }) => {
        const model = compileDocument(doc);
        const r = simulate(model, { seed, replication: 0 });
        const leaves = numericLeaves(r);
        // Overtime counts as busy but not as available, so a pool that worked overtime, and a step it
        // serves, may pass 1.
        const overtime = (poolId: string) => r.pools[poolId].overtimeHours > 0;
        const servedWithOvertime = (stepId: string) => {
          const node = model.nodes.find((n) => n.id === stepId);
          return node?.kind === 'step' && node.servers.some((srv) => overtime(model.pools[srv.pool].id));
        };
        const over = [
          ...Object.entries(r.steps)
            .filter(([id, s]) => s.utilisation > 1 + 1e-9 && !servedWithOvertime(id))
            .map(([id, s]) => `steps.${id}: ${s.utilisation}`),
          ...Object.entries(r.pools)
            .filter(([id, p]) => p.utilisation > 1 + 1e-9 && !overtime(id))
            .map(([id, p]) => `pools.${id}: ${p.utilisation}`),
        ];
        expect(over).toEqual([]);
        const percentiles = leaves.filter((l) => l.path.endsWith('.p50')).map((l) => l.path.slice(0, -4));
        for (const p of percentiles) {
          const at = (k: string) => leaves.find((l) => l.path === `${p}.${k}`)!.value;
          expect(
            at('p50') <= at('p90') && at('p90') <= at('p95'),
            `${p}: ${at('p50')}, ${at('p90')}, ${at('p95')}`,
          ).toBe(true);
        }
      }),
      lawRuns(302, 25),
    );
  });

  it("so a design's interval of any figure starts at 0 or above (lo is cut at 0, mean and hi are not)", () => {
    fc.assert(
      fc.property(scenarioArbitrary({ stable: false, horizonHours: 168, warmupHours: 24 }), ({ doc, seed }) => {
        const runs = [0, 1, 2].map((replication) => runDocument(doc, seed, replication));
        const leaves = numericLeaves(summariseRuns(runs));
        const los = leaves.filter((l) => l.path.endsWith('.lo') && l.value < 0);
        expect(los).toEqual([]);
        // Only lo moves: mean and hi are those of the uncut interval.
        for (const l of leaves.filter((x) => x.path.endsWith('.hi'))) {
          const at = (k: string) => leaves.find((x) => x.path === `${l.path.slice(0, -3)}.${k}`)!.value;
          expect(at('hi')).toBeCloseTo(at('mean') + at('half'), 6);
        }
      }),
      lawRuns(303, 15),
    );
  });
});
