import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { FeasibilityCheck } from '../../../src/experiments/select/feasibilityCheck.js';
import { KnScreening } from '../../../src/experiments/select/knScreening.js';
import { screeningConstant } from '../../../src/experiments/select/screeningConstant.js';
import {
  selectBest,
  type Sampler,
  type SelectionProblem,
} from '../../../src/experiments/select/sequentialSelection.js';

/** Normal observations of designs with the given means; `common` is the sd of a shared term (common random numbers). */
function normalSampler(means: number[][], sd: number, common: number, seed: string): Sampler {
  return async (designs, from, to) =>
    designs.map((d) =>
      Array.from({ length: to - from }, (_, j) => {
        const shared = gauss(seedrandom(`${seed}:shared:${from + j}`));
        const own = seedrandom(`${seed}:${d}:${from + j}`);
        return means[d].map((m) => m + common * shared + sd * gauss(own));
      }),
    );
}

function gauss(rng: () => number): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

const problem = (over: Partial<SelectionProblem>): SelectionProblem => ({
  designs: 5,
  direction: 'min',
  constraints: [],
  delta: 1,
  confidence: 0.95,
  firstStage: 10,
  batch: 5,
  maxReplications: 10000,
  ...over,
});

describe('screeningConstant(alpha, n0)', () => {
  it('is 2η(n0−1) with η = ½[(2α)^(−2/(n0−1)) − 1] (Kim and Nelson 2001)', () => {
    for (const [a, n0] of [
      [0.05 / 4, 10],
      [0.025, 20],
      [0.001, 5],
    ] as const) {
      const eta = 0.5 * ((2 * a) ** (-2 / (n0 - 1)) - 1);
      expect(screeningConstant(a, n0)).toBeCloseTo(2 * eta * (n0 - 1), 12);
    }
  });
});

describe('KnScreening', () => {
  it('eliminates a clearly worse system at the first stage and names who beat it', () => {
    const kn = new KnScreening(2, 0.05, 1, 2);
    kn.advance([10, 0]);
    kn.advance([10.5, 0.5]);
    expect(kn.survivors()).toEqual([0]);
    expect(kn.elimination(1)).toEqual({ stage: 2, by: 0 });
  });

  it('with identical systems every triangle closes and the first survivor is taken as a tie', () => {
    const kn = new KnScreening(3, 0.05, 1, 3);
    for (let r = 0; r < 3; r++) kn.advance([r, r, r]);
    expect(kn.done()).toBe(true);
    expect(kn.tie).toBe(true);
    expect(kn.leader()).toBe(0);
  });
});

describe('FeasibilityCheck', () => {
  it('declares a constant figure inside its limit feasible and one outside infeasible at the first stage', () => {
    const inside = new FeasibilityCheck([{ sense: '<=', limit: 48, tolerance: 1 }], 0.01, 3);
    const outside = new FeasibilityCheck([{ sense: '>=', limit: 100, tolerance: 1 }], 0.01, 3);
    for (let r = 0; r < 3; r++) {
      inside.advance([40]);
      outside.advance([90]);
    }
    expect(inside.outcome).toEqual({ decision: 'feasible', stage: 3, failed: [] });
    expect(outside.outcome).toEqual({ decision: 'infeasible', stage: 3, failed: [0] });
  });
});

describe('selectBest(problem, sample)', () => {
  const means = [[12], [10], [11], [13], [14]];

  it('selects the best of five normal designs in at least 95% of 200 repetitions (slippage configuration)', async () => {
    let correct = 0;
    for (let m = 0; m < 200; m++) {
      const out = await selectBest(problem({}), normalSampler(means, 3, 0, `pcs${m}`));
      if (out.selected === 1) correct++;
    }
    expect(correct / 200).toBeGreaterThanOrEqual(0.95);
  });

  it('spends fewer replications when the designs share a common noise term', async () => {
    let crn = 0;
    let independent = 0;
    for (let m = 0; m < 20; m++) {
      const a = await selectBest(problem({}), normalSampler(means, 1, 3, `c${m}`));
      const b = await selectBest(problem({}), normalSampler(means, Math.sqrt(10), 0, `c${m}`));
      crn += a.designs.reduce((s, d) => s + d.observations.length, 0);
      independent += b.designs.reduce((s, d) => s + d.observations.length, 0);
    }
    expect(crn).toBeLessThan(independent / 2);
  });

  it('gives the same decisions whatever the batch size', async () => {
    const sampler = normalSampler(means, 3, 0, 'batch');
    const outcomes = await Promise.all([1, 3, 7, 50].map((batch) => selectBest(problem({ batch }), sampler)));
    const decisions = outcomes.map((o) => ({
      selected: o.selected,
      designs: o.designs.map((d) => ({ status: d.status, eliminated: d.eliminated, used: d.observations.length })),
    }));
    for (const d of decisions) expect(d).toEqual(decisions[0]);
    expect(outcomes[0].designs.map((d) => d.simulated)).not.toEqual(outcomes[3].designs.map((d) => d.simulated));
  });

  it('with a constraint, selects the best feasible design and names the infeasible ones', async () => {
    // Objective: lower is better; constraint figure must be <= 5. Design 1 is best but infeasible.
    const m = [
      [12, 0],
      [10, 9],
      [11, 2],
      [13, 1],
      [14, 20],
    ];
    const out = await selectBest(
      problem({ constraints: [{ sense: '<=', limit: 5, tolerance: 0.5 }] }),
      normalSampler(m, 1, 0, 'ak'),
    );
    expect(out.selected).toBe(2);
    expect(out.designs.map((d) => d.status)).toEqual([
      'eliminated',
      'infeasible',
      'selected',
      'eliminated',
      'infeasible',
    ]);
    expect(out.phase2Start).toBeGreaterThanOrEqual(10);
    expect(out.alpha).toEqual({ feasibility: 0.025, comparison: 0.025 });
  });

  it('records the replication of every observation it used, so that warnings read the same runs', async () => {
    // Each observation carries its replication index as a last figure, which no limit reads.
    const m = [[12], [10], [11]];
    const limits = problem({ designs: 3, constraints: [{ sense: '<=', limit: 5, tolerance: 0.5 }] });
    const base = normalSampler(
      m.map((x) => [...x, 0]),
      1,
      0,
      'used',
    );
    const tagged: Sampler = async (designs, from, to) =>
      (await base(designs, from, to))!.map((rows) => rows.map((row, j) => [...row, from + j]));
    const out = await selectBest(limits, tagged);
    for (const d of out.designs) {
      expect(d.used).toEqual(d.observations.map((o) => o[2]));
      // Phase I from replication 0, then Phase II from its common start.
      const split = d.used.findIndex((r) => r >= out.phase2Start);
      const phase1 = split < 0 ? d.used : d.used.slice(0, split);
      expect(phase1).toEqual(phase1.map((_, i) => i));
      if (split >= 0) expect(d.used.slice(split)).toEqual(d.used.slice(split).map((_, i) => out.phase2Start + i));
    }
  });

  it('reports rule infeasible when no design meets the constraint', async () => {
    const m = [
      [1, 9],
      [2, 8],
    ];
    const out = await selectBest(
      problem({ designs: 2, constraints: [{ sense: '<=', limit: 5, tolerance: 0.5 }] }),
      normalSampler(m, 1, 0, 'none'),
    );
    expect(out).toMatchObject({ rule: 'infeasible', selected: null });
  });

  it('stops at the cap with the leader and rule cap when the zone is too small to decide', async () => {
    const out = await selectBest(
      problem({ designs: 2, delta: 1e-6, maxReplications: 30 }),
      normalSampler([[1], [1.001]], 1, 0, 'cap'),
    );
    expect(out.rule).toBe('cap');
    expect(out.designs.every((d) => d.observations.length === 30)).toBe(true);
  });
});
