// An experiment holds every replication's result until its report is made; the CLI refuses a job
// whose results would not fit the heap. The estimate is read from a run of no length, so it must
// count what a real replication holds: the same figures, per-period ones included.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/index.js';
import {
  BYTES_PER_FIGURE,
  BYTES_PER_RESULT,
  figureCount,
  heldResultsExcess,
  heldResultsOverBudget,
  resultBytes,
  resultFigures,
  resultFiguresBound,
} from '../../src/experiments/heldResults.js';
import { compileDocument } from '../support/load.js';
import type { Model } from '../../src/core/index.js';
import { withPeriods } from '../../src/scenario/index.js';
import { bundledScenarios, loadBundled } from '../support/bundledScenarios.js';

describe('held results', () => {
  it('counts the figures of nested values', () => {
    expect(figureCount({ a: 1, b: [2, 'x', null, { c: true }], d: undefined, e: {} })).toBe(5);
    expect(figureCount(NaN)).toBe(1);
  });

  it('estimates from a run of no length the figures of a real replication, for every bundled scenario', () => {
    for (const { file, shown } of bundledScenarios()) {
      const loaded = loadBundled(file);
      if (!loaded.ok) continue;
      for (const kind of [undefined, 'week', 'month'] as const) {
        const model = withPeriods({ ...loaded.model, traceEvery: 0 }, loaded.doc.start, kind);
        const short = { ...model, horizon: Math.min(model.horizon, 6 * 168) };
        const sized = kind === undefined ? short : withPeriods(short, loaded.doc.start, kind);
        const real = simulate(sized, { seed: 'held', replication: 0 });
        expect(resultBytes(sized), `${shown} (${kind ?? 'no'} periods)`).toBe(
          BYTES_PER_RESULT + figureCount(real) * BYTES_PER_FIGURE,
        );
      }
    }
  });

  it('says how far a job is over a budget, and the most replications that fit', () => {
    const bytes = (2 * BYTES_PER_RESULT + 300 * BYTES_PER_FIGURE) * 10;
    expect(heldResultsExcess([100, 200], 10, bytes)).toBeNull();
    expect(heldResultsExcess([100, 200], 10, bytes / 2)).toEqual({ bytes, most: 5 });
    expect(heldResultsExcess([100, 200], 10, 1)).toEqual({ bytes, most: 1 });
  });

  it('adds up designs and replications, and checks a job by its exact figures once the bound does not fit', () => {
    const loaded = loadBundled(bundledScenarios()[0].file);
    if (!loaded.ok) throw new Error('the first bundled scenario does not load');
    const one = resultBytes(loaded.model);
    expect(one).toBeGreaterThan(0);
    const models = [loaded.model, loaded.model];
    expect(heldResultsOverBudget(models, 10, 20 * one)).toBeNull();
    expect(heldResultsOverBudget(models, 10, 10 * one)).toEqual({ bytes: 20 * one, most: 5 });
  });

  it('bounds the figures from the model alone: above the count on every bundled scenario and on wide models', () => {
    const models = bundledScenarios().flatMap(({ file }) => {
      const loaded = loadBundled(file);
      return loaded.ok ? [undefined, 'week' as const].map((k) => withPeriods(loaded.model, loaded.doc.start, k)) : [];
    });
    for (const m of models) {
      expect(resultFiguresBound(m), m.name).toBeGreaterThanOrEqual(resultFigures(m));
      // Loose, but not so loose that a bundled scenario's job never skips the runs of no length.
      expect(resultFiguresBound(m), m.name).toBeLessThan(20 * resultFigures(m));
    }
    // A chain of many steps of one type, and one step with many types and pools.
    for (const m of [chain(300), manyTypes(40)])
      expect(resultFiguresBound(m), m.name).toBeGreaterThanOrEqual(resultFigures(m));
    const pair = models.slice(0, 2);
    expect(heldResultsExcess(pair.map(resultFiguresBound), 3, 0)!.bytes).toBeGreaterThanOrEqual(
      heldResultsExcess(pair.map(resultFigures), 3, 0)!.bytes,
    );
  });
});

// Wide models as documents: a chain of `steps` steps of one type, and one step with `types` types,
// each with a pool and a function of its own.
function chain(steps: number): Model {
  const ids = Array.from({ length: steps }, (_, i) => `s${i}`);
  const flow = Object.fromEntries(
    ids.map((id, i) => [
      id,
      { function: 'ops', serve: [{ pool: 'p', time: '1m' }], next: i + 1 < steps ? ids[i + 1] : 'done' },
    ]),
  );
  return compileDocument({
    opsim: 1,
    horizon: '1w',
    functions: ['ops'],
    pools: { p: { kind: 'agent', capacity: 2 } },
    itemTypes: { job: { arrivals: { poisson: '1/h' }, entry: 's0' } },
    steps: { ...flow, done: { kind: 'exit', outcome: 'done' } },
  });
}

function manyTypes(types: number): Model {
  const ids = Array.from({ length: types }, (_, i) => `t${i}`);
  return compileDocument({
    opsim: 1,
    horizon: '1w',
    functions: ids.map((id) => `f${id}`),
    pools: Object.fromEntries(ids.map((id) => [`p${id}`, { kind: 'agent', capacity: 1 }])),
    itemTypes: Object.fromEntries(ids.map((id) => [id, { arrivals: { poisson: '1/d' }, entry: 'work' }])),
    steps: {
      work: { function: `f${ids[0]}`, serve: ids.map((id) => ({ pool: `p${id}`, time: '1m' })), next: 'done' },
      done: { kind: 'exit', outcome: 'done' },
    },
  });
}
