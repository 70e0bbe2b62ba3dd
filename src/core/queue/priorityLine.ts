import type { WaitingLine } from './waitingLine.js';

/**
 * Non-preemptive priority: the entry with the lowest key is served first, ties by token (FIFO,
 * since tokens increase). A binary heap over parallel typed arrays.
 */
export class PriorityLine implements WaitingLine {
  private items: Int32Array;
  private tokens: Float64Array;
  private keys: Float64Array;
  private n = 0;

  constructor(initialCapacity = 16) {
    this.items = new Int32Array(initialCapacity);
    this.tokens = new Float64Array(initialCapacity);
    this.keys = new Float64Array(initialCapacity);
  }

  get size(): number {
    return this.n;
  }

  private less(i: number, key: number, token: number): boolean {
    const k = this.keys[i];
    return k < key || (k === key && this.tokens[i] < token);
  }

  push(item: number, token: number, key: number): void {
    if (this.n === this.items.length) this.grow();
    let i = this.n++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.less(p, key, token)) break;
      this.items[i] = this.items[p];
      this.tokens[i] = this.tokens[p];
      this.keys[i] = this.keys[p];
      i = p;
    }
    this.items[i] = item;
    this.tokens[i] = token;
    this.keys[i] = key;
  }

  headItem(): number {
    return this.items[0];
  }

  headToken(): number {
    return this.tokens[0];
  }

  shift(): void {
    const last = --this.n;
    if (last === 0) return;
    const item = this.items[last];
    const token = this.tokens[last];
    const key = this.keys[last];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= last) break;
      const r = c + 1;
      if (r < last && this.less(r, this.keys[c], this.tokens[c])) c = r;
      if (!this.less(c, key, token)) break;
      this.items[i] = this.items[c];
      this.tokens[i] = this.tokens[c];
      this.keys[i] = this.keys[c];
      i = c;
    }
    this.items[i] = item;
    this.tokens[i] = token;
    this.keys[i] = key;
  }

  itemAt(i: number): number {
    return this.items[i];
  }

  tokenAt(i: number): number {
    return this.tokens[i];
  }

  keyAt(i: number): number {
    return this.keys[i];
  }

  compact(itemTokens: Float64Array): void {
    const n = this.n;
    const items = this.items.slice(0, n);
    const tokens = this.tokens.slice(0, n);
    const keys = this.keys.slice(0, n);
    this.n = 0;
    for (let i = 0; i < n; i++) if (itemTokens[items[i]] === tokens[i]) this.push(items[i], tokens[i], keys[i]);
  }

  private grow(): void {
    const c = this.items.length * 2;
    const items = new Int32Array(c);
    items.set(this.items);
    const tokens = new Float64Array(c);
    tokens.set(this.tokens);
    const keys = new Float64Array(c);
    keys.set(this.keys);
    this.items = items;
    this.tokens = tokens;
    this.keys = keys;
  }
}
