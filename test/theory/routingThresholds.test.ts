import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import type { RouteTarget } from '../../src/core/model/model.js';
import { loadValidationModel, THEORY_SEED } from './theoryChecks.js';
import { expectNear, replicate } from '../support/index.js';

// risk ~ beta(2, 2): F(x) = 3x^2 - 2x^3; cuts at 0.3 and 0.7.
const F = (x: number) => 3 * x * x - 2 * x * x * x;
const shares = { auto: F(0.3), review: F(0.7) - F(0.3), escalate: 1 - F(0.7) };

describe('scenarios/validation/routing-thresholds.yaml (threshold gate on a beta(2, 2) risk)', () => {
  const model = loadValidationModel('routing-thresholds');
  let runs: RunResult[];
  beforeAll(() => {
    runs = replicate(model, 20, THEORY_SEED);
  });

  it('compiles the gate to ascending cuts [0.3, 0.7] and the risk to beta(2, 2)', () => {
    const gate = model.nodes.find((n) => n.id === 'gate');
    const id = (i: RouteTarget) => (typeof i === 'number' ? model.nodes[i].id : i);
    expect(gate?.next?.kind === 'thresholds' && { cuts: gate.next.cuts, to: gate.next.to.map(id) }).toEqual({
      cuts: [0.3, 0.7],
      to: ['auto', 'review', 'escalate'],
    });
    expect(model.itemTypes[0].attributes).toEqual([{ kind: 'beta', a: 2, b: 2 }]);
  });

  for (const [exit, share] of Object.entries(shares)) {
    it(`sends F-share ${share.toFixed(3)} of jobs to ${exit}`, () => {
      expectNear(
        runs.map((r) => r.steps[exit].arrivals / r.overall.arrived),
        { figure: `share to ${exit}`, exact: share, relTol: 0.02 },
      );
    });
  }

  it('takes no time: every job leaves at once, with outcomes split done / rejected', () => {
    for (const r of runs) {
      expect(r.overall.cycleTime.mean).toBe(0);
      expect(r.overall.inSystemAtEnd).toBe(0);
      expect(r.overall.done + r.overall.rejected).toBe(r.overall.arrived);
      expect(r.overall.rejected).toBe(r.steps.escalate.arrivals);
    }
  });
});
