/**
 * Fixed-memory percentile sketch with log-linear buckets (the HdrHistogram layout): a value's bucket
 * is its binary exponent and the top 6 bits of its mantissa, read straight from the float's bits,
 * so adding a value costs no logarithm. A bucket spans a relative width of at most 1/64 and reports
 * its midpoint, so every quantile of values in [2^-20, 2^24) (about 1e-6 to 1.7e7 hours) is
 * returned with a RELATIVE ERROR OF AT MOST 1/128 < 0.8%. Values below 2^-20 (including 0) count
 * as 0; larger values are clamped to the last bucket. Memory: 44 x 64 counters, allocated on the
 * first non-zero value, whatever the number of values. The mean is exact.
 */
const SUB_BITS = 6;
const SUB = 1 << SUB_BITS;
const MIN_EXP = -20;
const MAX_EXP = 24;
const BUCKETS = (MAX_EXP - MIN_EXP) * SUB;
const MIN_VALUE = 1 / (1 << -MIN_EXP);
const IEEE_BIAS = 1023;
const EXP_OFFSET = IEEE_BIAS + MIN_EXP;

// Reading the high word of a float64 through a typed-array view; its index depends on endianness.
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

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
    f64[0] = x;
    const hi = u32[HI];
    const i = (((hi >>> 20) - EXP_OFFSET) << SUB_BITS) | ((hi >>> (20 - SUB_BITS)) & (SUB - 1));
    // Kept short so that V8 inlines it into the event loop's hot functions.
    (this.counts ?? this.allocate())[i < BUCKETS ? i : BUCKETS - 1]++;
  }

  private allocate(): Float64Array {
    this.counts = new Float64Array(BUCKETS);
    return this.counts;
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

  /** The q-quantile (0 <= q <= 1) by the nearest-rank rule, within 0.8% relative error; 0 when empty. */
  quantile(q: number): number {
    if (this.n === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.n));
    if (rank <= this.zeros || this.counts === null) return 0;
    let seen = this.zeros;
    const counts = this.counts;
    for (let i = 0; i < BUCKETS; i++) {
      seen += counts[i];
      if (seen >= rank) return bucketMidpoint(i);
    }
    return bucketMidpoint(BUCKETS - 1);
  }
}

function bucketMidpoint(i: number): number {
  const sub = i & (SUB - 1);
  // 2^exponent by exact halvings or doublings, not **, whose accuracy the spec leaves open.
  let scale = 1;
  for (let e = (i >> SUB_BITS) + MIN_EXP; e < 0; e++) scale /= 2;
  for (let e = (i >> SUB_BITS) + MIN_EXP; e > 0; e--) scale *= 2;
  return scale * (1 + (sub + 0.5) / SUB);
}
