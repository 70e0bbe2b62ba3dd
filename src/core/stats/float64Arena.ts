/**
 * Hands out zeroed Float64Array views of a few large blocks, for the many small arrays a run keeps
 * for its whole length (the percentile sketches' buffers and rows). Each typed array of its own has
 * an ArrayBuffer of its own, which the collector tracks and sweeps one by one: the company's quarter
 * made about 1,060 of them per replication, 720 for the sketches, swept on helper threads that,
 * with a worker on every core, take time from the other workers. A view costs an object, not a
 * buffer. The arena lives as long as the run that made it; a block stays alive while any view of it
 * does.
 */
export class Float64Arena {
  private block = new Float64Array(0);
  private used = 0;

  constructor(private readonly blockLength = 8192) {}

  /** A zeroed array of n values, never handed out before. */
  take(n: number): Float64Array {
    if (this.used + n > this.block.length) {
      this.block = new Float64Array(Math.max(this.blockLength, n));
      this.used = 0;
    }
    const view = this.block.subarray(this.used, this.used + n);
    this.used += n;
    return view;
  }
}
