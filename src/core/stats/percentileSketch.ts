/**
 * Fixed-memory percentile sketch with log-linear buckets (the HdrHistogram layout): a value's bucket
 * is its binary exponent and the top 6 bits of its mantissa, read straight from the float's bits,
 * so binning a value costs no logarithm. A bucket spans a relative width of at most 1/64 and reports
 * its midpoint, so every quantile of values in [2^-20, 2^24) (about 1e-6 to 1.7e7 hours) is
 * returned with a RELATIVE ERROR OF AT MOST 1/128 < 0.8%. Values below 2^-20 (including 0) count
 * as 0; larger values are clamped to the last bucket. The mean is exact.
 *
 * `add` only stores the value in a small buffer; a full buffer is counted in one loop that reads
 * the values' high words through a second view of it. The event loop calls `add` several times per
 * item and step, and a call that V8 does not inline passes its double boxed (a heap allocation): a
 * store and a compare are small enough to inline everywhere. Values are summed in the order added,
 * so the mean does not depend on when the buffer is counted.
 *
 * Memory: the buffer (1 KB), and a row of 64 counters (512 bytes) per binary exponent, allocated when
 * a value first falls in it: at most 44 rows whatever the number of values. Waits and times in step
 * usually span a few exponents; allocating all 2,816 counters up front cost a short run (the
 * company's quarter, with several sketches per step) about 3% of its time in zeroing and collection.
 */
import type { Float64Arena } from './float64Arena.js';

const SUB_BITS = 6;
const SUB = 1 << SUB_BITS;
const MIN_EXP = -20;
const MAX_EXP = 24;
const ROWS = MAX_EXP - MIN_EXP;
const MIN_VALUE = 1 / (1 << -MIN_EXP);
const IEEE_BIAS = 1023;
const EXP_OFFSET = IEEE_BIAS + MIN_EXP;
const BUFFER = 128;

// The high word of a float64 in a Uint32Array view of its buffer; its index depends on endianness.
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

export class PercentileSketch {
  /** Counters by row (binary exponent above MIN_EXP), then by the top bits of the mantissa. */
  private readonly rows: (Float64Array | null)[] = new Array<Float64Array | null>(ROWS).fill(null);
  private readonly pending: Float64Array;
  private readonly pendingWords: Uint32Array;
  private pendingCount = 0;
  private zeros = 0;
  private count = 0;
  private total: number;

  /** `arena`, when given, supplies the buffer and the rows (a run's many sketches share a few blocks). */
  constructor(private readonly arena: Float64Arena | null = null) {
    this.pending = arena === null ? new Float64Array(BUFFER) : arena.take(BUFFER);
    this.pendingWords = new Uint32Array(this.pending.buffer, this.pending.byteOffset, 2 * BUFFER);
    // A double from the first store: V8 gives a field the representation of its first value, and
    // changing it later (0 is a small integer) throws away the optimised code that saw the object.
    this.total = 0.5;
    this.total = 0;
    this.next = 0.5;
    this.next = 0;
  }

  add(x: number): void {
    this.pending[this.pendingCount++] = x;
    if (this.pendingCount === BUFFER) this.flush();
  }

  /**
   * The value for addNext(): set it, then call addNext. The event loop's hot paths add this way, as
   * a double passed to a call V8 does not inline is boxed (a heap number per call); a store to this
   * field is not.
   */
  next: number;

  /** add(next). */
  addNext(): void {
    this.pending[this.pendingCount++] = this.next;
    if (this.pendingCount === BUFFER) this.flush();
  }

  /** How many values were added. */
  get n(): number {
    this.flush();
    return this.count;
  }

  /** Their sum, added in order. */
  get sum(): number {
    this.flush();
    return this.total;
  }

  private flush(): void {
    const k = this.pendingCount;
    if (k === 0) return;
    this.pendingCount = 0;
    const values = this.pending;
    const words = this.pendingWords;
    let total = this.total;
    for (let i = 0; i < k; i++) {
      const x = values[i];
      total += x;
      if (x < MIN_VALUE) {
        this.zeros++;
        continue;
      }
      const hi = words[2 * i + HI];
      const e = (hi >>> 20) - EXP_OFFSET;
      // A value past the last row counts in the last bucket.
      if (e < ROWS) (this.rows[e] ?? this.allocate(e))[(hi >>> (20 - SUB_BITS)) & (SUB - 1)]++;
      else (this.rows[ROWS - 1] ?? this.allocate(ROWS - 1))[SUB - 1]++;
    }
    this.total = total;
    this.count += k;
  }

  private allocate(row: number): Float64Array {
    const counts = this.arena === null ? new Float64Array(SUB) : this.arena.take(SUB);
    this.rows[row] = counts;
    return counts;
  }

  /** Adds all values of another sketch (same bucket layout, so merging loses nothing). */
  merge(other: PercentileSketch): void {
    this.flush();
    other.flush();
    this.count += other.count;
    this.total += other.total;
    this.zeros += other.zeros;
    for (let r = 0; r < ROWS; r++) {
      const theirs = other.rows[r];
      if (theirs === null) continue;
      const mine = this.rows[r] ?? this.allocate(r);
      for (let k = 0; k < SUB; k++) mine[k] += theirs[k];
    }
  }

  get mean(): number {
    const n = this.n;
    return n > 0 ? this.total / n : 0;
  }

  /** The q-quantile (0 <= q <= 1) by the nearest-rank rule, within 0.8% relative error; 0 when empty. */
  quantile(q: number): number {
    const n = this.n;
    if (n === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * n));
    if (rank <= this.zeros) return 0;
    let seen = this.zeros;
    let any = false;
    for (let r = 0; r < ROWS; r++) {
      const counts = this.rows[r];
      if (counts === null) continue;
      any = true;
      for (let k = 0; k < SUB; k++) {
        seen += counts[k];
        if (seen >= rank) return bucketMidpoint(r * SUB + k);
      }
    }
    return any ? bucketMidpoint(ROWS * SUB - 1) : 0;
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
