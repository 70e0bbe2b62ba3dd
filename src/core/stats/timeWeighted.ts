/**
 * Time average of a piecewise-constant quantity (queue length, WIP, busy servers) over [start, end].
 * Changes before `start` (the warm-up) set the level but add no area.
 */
export class TimeWeighted {
  private area: number;
  private last: number;
  private level = 0;

  constructor(readonly start: number) {
    // Doubles from the first store (see PercentileSketch's constructor).
    this.area = 0.5;
    this.area = 0;
    this.last = 0.5;
    this.last = start;
  }

  get value(): number {
    return this.level;
  }

  /** The quantity becomes `level` at time t (t never decreases). */
  set(t: number, level: number): void {
    if (t > this.last) {
      this.area += this.level * (t - this.last);
      this.last = t;
    }
    this.level = level;
  }

  add(t: number, delta: number): void {
    this.set(t, this.level + delta);
  }

  /** Integral of the quantity over [start, end]. */
  integral(end: number): number {
    return end > this.last ? this.area + this.level * (end - this.last) : this.area;
  }

  /** Time average over [start, end]; 0 for an empty window. */
  mean(end: number): number {
    const span = end - this.start;
    return span > 0 ? this.integral(end) / span : 0;
  }
}
