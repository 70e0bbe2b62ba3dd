// A compare measured by period gives the same report, byte for byte, with one worker or three whose
// replications finish out of order: the periods, their paired differences and the periods' Holm
// family do not depend on which worker ran what, or when.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCompareReport, replicate, reportJson, type CompareSpec } from '../../src/experiments/index.js';
import { PERIOD_KINDS, withPeriods } from '../../src/scenario/index.js';
import { workerApi } from '../../src/worker/api.js';
import { inProcessWorker } from '../../src/worker/inProcess.js';
import { createWorkerPool } from '../../src/worker/pool.js';
import { compileDocument } from '../support/index.js';
import { slowWorker } from '../worker/slowWorker.js';
import { lawRuns } from './lawRuns.js';
import { scenarioArbitrary } from './scenarioArbitrary.js';

/** The document with every pool's task price doubled from its third week: a second design that differs by period. */
function dearerFromWeek3(doc: unknown): unknown {
  const d = structuredClone(doc) as { pools: Record<string, Record<string, unknown>>; timeline?: object };
  const timeline: Record<string, unknown> = {};
  for (const [id, pool] of Object.entries(d.pools))
    if (typeof pool.costPerTask === 'number')
      timeline[`${id}-dearer`] = { at: '2027-01-18', set: { [`pools.${id}.costPerTask`]: 2 * pool.costPerTask + 1 } };
  d.timeline = timeline;
  return d;
}

const spec = (hours: number, warmup: number): CompareSpec => ({
  scenario: 'law',
  seed: '1',
  horizonHours: hours,
  warmup: { method: 'scenario', hours: warmup, pilot: null },
  designs: [
    { name: 'base', variant: null },
    { name: 'dearer', variant: 'dearer' },
  ],
});

describe('periods and worker count', () => {
  it('compare --periods: one worker or three finishing out of order give the same report JSON', async () => {
    await fc.assert(
      fc.asyncProperty(
        scenarioArbitrary({ stable: false, horizonHours: 24 * 30, warmupHours: 48 }),
        fc.constantFrom(...PERIOD_KINDS),
        async ({ doc, seed }, kind) => {
          const models = [doc, dearerFromWeek3(doc)].map((d) => withPeriods(compileDocument(d), undefined, kind));
          const report = async (size: number) => {
            const pool = createWorkerPool({
              size,
              spawn: () =>
                size === 1 ? inProcessWorker(workerApi) : slowWorker(workerApi, (j) => (j.replication * 7 + 3) % 5),
            });
            const { runs } = await replicate(pool, models, String(seed), 0, 4);
            pool.close();
            return reportJson(
              buildCompareReport(spec(models[0].horizon, models[0].warmup), runs, {
                rule: 'fixed',
                target: null,
                maxReplications: null,
              }),
            );
          };
          const one = await report(1);
          expect(one).toContain('"periodSignificance"');
          expect(await report(3)).toBe(one);
        },
      ),
      lawRuns(1305, 10),
    );
  });
});
