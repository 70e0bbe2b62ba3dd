import { halfWidthOfSum, sampleVariance, screeningConstant } from './screeningConstant.js';

/**
 * Procedure KN of Kim and Nelson (2001), "A fully sequential procedure for indifference-zone selection
 * in simulation", ACM TOMACS 11(3), 251–273, Section 3, for the LARGEST mean (callers negate a figure
 * to be minimised). With k systems, confidence 1 − α and indifference zone δ:
 *
 *   0. h² = 2η(n0 − 1), η = ½[(2α/(k − 1))^(−2/(n0−1)) − 1].
 *   1. Take n0 observations of every system; S²_il = sample variance of the differences X_ij − X_lj.
 *   2. At each stage r ≥ n0 keep system i only if X̄_i(r) ≥ X̄_l(r) − W_il(r) for every other survivor l,
 *      W_il(r) = max{0, (δ/2r)(h²S²_il/δ² − r)}.
 *   3. Stop when one system is left; otherwise take one more observation of every survivor.
 *
 * S²_il is the variance of the paired difference, so common random numbers (observation j of every
 * system drawn with the same random numbers) shrink it and the procedure stops sooner; the guarantee
 * holds with or without them. Guarantee: P(select the best) ≥ 1 − α whenever the best mean exceeds every
 * other by at least δ (normal observations).
 *
 * Here the comparisons are done on running sums (R_il(r) = r·W_il(r)), stage by stage, exactly as
 * above, however many observations the caller delivers at once: batches only change how many
 * replications are simulated past an elimination, never which system is eliminated or when.
 * When every triangle has closed (r beyond every h²S²_il/δ²) the survivors have equal sums: the
 * first of them in design order is taken, and `tie` says so.
 */
export class KnScreening {
  readonly h2: number;
  private readonly k: number;
  private readonly first: number[][];
  private readonly sums: number[];
  private readonly s2: number[];
  private readonly out: (Elimination | null)[];
  private stage = 0;
  tie = false;

  constructor(
    k: number,
    alpha: number,
    readonly delta: number,
    readonly n0: number,
  ) {
    this.k = k;
    this.h2 = k > 1 ? screeningConstant(alpha / (k - 1), n0) : 0;
    this.first = Array.from({ length: k }, () => []);
    this.sums = new Array<number>(k).fill(0);
    this.s2 = new Array<number>(k * k).fill(0);
    this.out = new Array<Elimination | null>(k).fill(null);
  }

  /** Systems still in contention, in order. */
  survivors(): number[] {
    const alive: number[] = [];
    for (let i = 0; i < this.k; i++) if (this.out[i] === null) alive.push(i);
    return alive;
  }

  /** Stages taken so far (observations of each survivor). */
  get stages(): number {
    return this.stage;
  }

  elimination(i: number): Elimination | null {
    return this.out[i];
  }

  done(): boolean {
    return this.survivors().length <= 1 || this.tie;
  }

  /** The current leader among survivors by sample mean (first on ties): the pick when stopped early. */
  leader(): number {
    let best = -1;
    for (const i of this.survivors()) if (best < 0 || this.sums[i] > this.sums[best]) best = i;
    return best;
  }

  mean(i: number): number {
    return this.stage === 0 ? 0 : this.sums[i] / this.stage;
  }

  /** advance(x): one more observation of every survivor (x[i], indexed by system; others ignored), then screen. */
  advance(x: readonly number[]): void {
    if (this.done()) return;
    const alive = this.survivors();
    this.stage++;
    for (const i of alive) {
      this.sums[i] += x[i];
      if (this.stage <= this.n0) this.first[i].push(x[i]);
    }
    if (this.stage < this.n0) return;
    if (this.stage === this.n0) this.estimateVariances(alive);
    this.screen(alive);
  }

  private estimateVariances(alive: readonly number[]): void {
    for (const i of alive) {
      for (const l of alive) {
        if (l <= i) continue;
        const d = this.first[i].map((v, j) => v - this.first[l][j]);
        const v = sampleVariance(d);
        this.s2[i * this.k + l] = v;
        this.s2[l * this.k + i] = v;
      }
    }
  }

  private screen(alive: readonly number[]): void {
    const r = this.stage;
    const removed: [number, Elimination][] = [];
    let open = false;
    for (const i of alive) {
      let by = -1;
      let worst = 0;
      for (const l of alive) {
        if (l === i) continue;
        const R = halfWidthOfSum(this.h2, this.s2[i * this.k + l], this.delta, r);
        if (R > 0) open = true;
        const gap = this.sums[l] - this.sums[i] - R;
        if (gap > 0 && (by < 0 || gap > worst)) {
          by = l;
          worst = gap;
        }
      }
      if (by >= 0) removed.push([i, { stage: r, by }]);
    }
    for (const [i, e] of removed) this.out[i] = e;
    if (!open && this.survivors().length > 1) this.tie = true;
  }
}

export interface Elimination {
  /** The stage (observations of each system) at which the system was screened out. */
  stage: number;
  /** The system whose running mean exceeded this one's by more than the triangle allowed. */
  by: number;
}
