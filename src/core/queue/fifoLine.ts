import type { WaitingLine } from './waitingLine.js';

/** First in, first out: a growable ring buffer (capacity a power of two, so wrapping is a mask). Storage order is service order. */
export class FifoLine implements WaitingLine {
  private items: Int32Array;
  private tokens: Float64Array;
  private head = 0;
  private n = 0;

  constructor(initialCapacity = 16) {
    let c = 16;
    while (c < initialCapacity) c *= 2;
    this.items = new Int32Array(c);
    this.tokens = new Float64Array(c);
  }

  get size(): number {
    return this.n;
  }

  push(item: number, token: number, _key: number): void {
    if (this.n === this.items.length) this.grow();
    const i = (this.head + this.n) & (this.items.length - 1);
    this.items[i] = item;
    this.tokens[i] = token;
    this.n++;
  }

  headItem(): number {
    return this.items[this.head];
  }

  headToken(): number {
    return this.tokens[this.head];
  }

  shift(): void {
    this.head = (this.head + 1) & (this.items.length - 1);
    this.n--;
  }

  itemAt(i: number): number {
    return this.items[(this.head + i) & (this.items.length - 1)];
  }

  tokenAt(i: number): number {
    return this.tokens[(this.head + i) & (this.items.length - 1)];
  }

  keyAt(_i: number): number {
    return 0;
  }

  /** Binary search: tokens increase in storage order, since entries are appended as they are issued. */
  indexAfter(token: number): number {
    const mask = this.items.length - 1;
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[(this.head + mid) & mask] <= token) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  compact(itemTokens: Float64Array): void {
    const mask = this.items.length - 1;
    let kept = 0;
    for (let i = 0; i < this.n; i++) {
      const j = (this.head + i) & mask;
      const item = this.items[j];
      const token = this.tokens[j];
      if (itemTokens[item] !== token) continue;
      const k = (this.head + kept) & mask;
      this.items[k] = item;
      this.tokens[k] = token;
      kept++;
    }
    this.n = kept;
  }

  private grow(): void {
    const c = this.items.length * 2;
    const items = new Int32Array(c);
    const tokens = new Float64Array(c);
    for (let i = 0; i < this.n; i++) {
      const j = (this.head + i) & (this.items.length - 1);
      items[i] = this.items[j];
      tokens[i] = this.tokens[j];
    }
    this.items = items;
    this.tokens = tokens;
    this.head = 0;
  }
}
