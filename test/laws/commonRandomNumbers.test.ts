// docs/architecture.md: every source of randomness has its own stream named by ids, so changing
// one part of a model does not move the random numbers drawn elsewhere. Arrivals are the easiest
// stream to observe: whatever happens to capacities, service times and routes, each type's
// arrivals must stay exactly the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { runDocument } from './runDocument.js';
import { scenarioArbitrary } from './scenarioArbitrary.js';
import { lawRuns } from './lawRuns.js';

const options = { stable: false, horizonHours: 168, warmupHours: 24 };
const arrivalsByType = (r: RunResult) => Object.fromEntries(Object.entries(r.byType).map(([id, f]) => [id, f.arrived]));

type Doc = Record<string, any>;

describe('common random numbers', () => {
  it('more capacity in every pool leaves every type’s arrivals unchanged', () => {
    fc.assert(
      fc.property(scenarioArbitrary(options), ({ doc, seed }) => {
        const changed: Doc = structuredClone(doc);
        for (const pool of Object.values(changed.pools as Doc)) {
          if (pool.kind === 'agent') pool.capacity += 1;
          if (pool.kind === 'human') pool.headcount += 1;
        }
        expect(arrivalsByType(runDocument(changed, seed))).toEqual(arrivalsByType(runDocument(doc, seed)));
      }),
      lawRuns(801, 15),
    );
  });

  it('a new item type leaves the existing types’ arrivals unchanged', () => {
    fc.assert(
      fc.property(scenarioArbitrary(options), ({ doc, seed }) => {
        const changed: Doc = structuredClone(doc);
        const first = Object.values(changed.itemTypes as Doc)[0];
        changed.itemTypes.zz = { ...structuredClone(first), arrivals: { poisson: '2/h' } };
        const before = arrivalsByType(runDocument(doc, seed));
        const after = arrivalsByType(runDocument(changed, seed));
        delete after.zz;
        expect(after).toEqual(before);
      }),
      lawRuns(802, 15),
    );
  });
});
