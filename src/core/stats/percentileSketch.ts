/**
 * Fixed-memory percentile sketch with log-spaced buckets (the DDSketch idea, Masson et al. 2019).
 * Bucket i holds values in (gamma^(i-1), gamma^i] with gamma = (1 + a) / (1 - a), a = 0.01, and
 * reports 2 gamma^i / (gamma + 1); so every quantile of values in [1e-6, 1e7] is returned with a
 * RELATIVE ERROR OF AT MOST 1%. Values below 1e-6 (including 0) are counted as 0; values above 1e7
 * are clamped to 1e7. Memory is ~1,500 counters whatever the number of values. The mean is exact.
 */
const ALPHA = 0.01;
const GAMMA = (1 + ALPHA) / (1 - ALPHA);
const LOG_GAMMA = Math.log(GAMMA);
const MIN_VALUE = 1e-6;
const MAX_VALUE = 1e7;
const OFFSET = Math.ceil(Math.log(MIN_VALUE) / LOG_GAMMA);
const BUCKETS = Math.ceil(Math.log(MAX_VALUE) / LOG_GAMMA) - OFFSET + 1;

export class PercentileSketch {
  private counts: Float64Array | null = null;
  private zeros = 0;
  n = 0;
  sum = 0;

  add(x: number): void {
    this.n++;
    this.sum += x;
    if (x < MIN_VALUE) {
      this.zeros++;
      return;
    }
    if (this.counts === null) this.counts = new Float64Array(BUCKETS);
    let i = Math.ceil(Math.log(x) / LOG_GAMMA) - OFFSET;
    if (i >= BUCKETS) i = BUCKETS - 1;
    else if (i < 0) i = 0;
    this.counts[i]++;
  }

  /** Adds all values of another sketch (same bucket layout, so merging loses nothing). */
  merge(other: PercentileSketch): void {
    this.n += other.n;
    this.sum += other.sum;
    this.zeros += other.zeros;
    if (other.counts === null) return;
    if (this.counts === null) this.counts = new Float64Array(BUCKETS);
    for (let i = 0; i < BUCKETS; i++) this.counts[i] += other.counts[i];
  }

  get mean(): number {
    return this.n > 0 ? this.sum / this.n : 0;
  }

  /** The q-quantile (0 <= q <= 1) by the nearest-rank rule within 1% relative error; 0 when empty. */
  quantile(q: number): number {
    if (this.n === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.n));
    if (rank <= this.zeros || this.counts === null) return 0;
    let seen = this.zeros;
    const counts = this.counts;
    for (let i = 0; i < BUCKETS; i++) {
      seen += counts[i];
      if (seen >= rank) return (2 * Math.pow(GAMMA, i + OFFSET)) / (GAMMA + 1);
    }
    return MAX_VALUE;
  }
}
