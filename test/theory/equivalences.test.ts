// Two descriptions of the same system must give the same run: random streams are named after ids,
// so what is drawn does not depend on how a pool is described.
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { loadValidationModel, THEORY_SEED } from './theoryChecks.js';
import { replicate } from '../support/index.js';

const flow = (r: RunResult) =>
  JSON.stringify({ overall: r.overall, byType: r.byType, steps: r.steps, quality: r.quality, totals: r.totals });

describe('scenarios/validation/mmc.yaml, variant humans (people on an always-open calendar)', () => {
  const agents = replicate(loadValidationModel('mmc'), 2, THEORY_SEED);
  const humans = replicate(loadValidationModel('mmc', 'humans'), 2, THEORY_SEED);

  it('serves exactly as the agent pool of the same id', () => {
    expect(humans.map(flow)).toEqual(agents.map(flow));
    expect(humans.map((r) => r.pools.servers.busyHours)).toEqual(agents.map((r) => r.pools.servers.busyHours));
  });

  it('pays every open hour of every person: 5 x 1680 h at 50', () => {
    for (const r of humans) {
      expect(r.pools.servers.paidHours).toBeCloseTo(8400, 6);
      expect(r.pools.servers.overtimeHours).toBe(0);
      expect(r.pools.servers.cost).toBeCloseTo(420_000, 3);
      expect(r.cost.byKind).toEqual({ agent: 0, human: expect.closeTo(420_000, 3), executive: 0 });
    }
  });
});
