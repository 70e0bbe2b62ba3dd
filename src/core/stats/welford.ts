/** Running mean and variance in one pass (Welford 1962), numerically stable. */
export class Welford {
  n = 0;
  mean = 0;
  private m2 = 0;

  add(x: number): void {
    this.n++;
    const d = x - this.mean;
    this.mean += d / this.n;
    this.m2 += d * (x - this.mean);
  }

  /** Sample variance (n - 1 denominator); 0 with fewer than two values. */
  get variance(): number {
    return this.n > 1 ? this.m2 / (this.n - 1) : 0;
  }

  get sd(): number {
    return Math.sqrt(this.variance);
  }
}
