// The event calendar: a binary min-heap stored as parallel typed arrays (struct of arrays), so a
// push or pop allocates nothing. Events are totally ordered by (time, class, seq): `class` is the
// same-time priority from sim/eventOrder.ts and `seq` is the insertion counter, so two runs of the
// same model pop the same events in the same order. class and seq are packed into one float key
// (class * 2^46 + seq; exact while seq < 2^46, i.e. ~7e13 pushes). The event kind rides in the low
// 4 bits of the payload word (payload * 16 + kind), so a heap level moves three arrays, not four
// (+3% on M/M/20 and the tandem); payloads must stay below 2^27.
//
// pop() leaves its slot at the root empty (a hole) until the queue is next used: a push then puts
// its event there and sifts it down, in place of pop moving the last entry to the root and sifting
// it down the whole height, then push sifting the new event up. Most events schedule one more (an
// arrival the next, a completion the next start), so this saves about one sift per event. Any heap
// pops the same events in the same order: (time, class, seq) is a total order.
//
// Two queues can share one sequence counter (`takeSeq` of one, `pushNumbered` on the other): the
// engine keeps its timers apart from the other events and merges the two heads by the same (time,
// class, seq) order (headsFirst), so the order of events is exactly that of one queue.

const CLASS_SHIFT = 2 ** 46;
const KIND_BITS = 4;
const KIND_MASK = (1 << KIND_BITS) - 1;

export class EventQueue {
  private times: Float64Array;
  private keys: Float64Array;
  /** payload << KIND_BITS | kind */
  private words: Int32Array;
  /** Entries in the arrays, counting the root while it is a hole. */
  private n = 0;
  private nextSeq = 0;
  /** The root was popped and is not refilled yet (see above). */
  private hole = false;

  /** Fields of the event last returned by pop(); class and seq are unpacked on demand. */
  time: number;
  /**
   * The time of the event the next pushAt() schedules. Set it, then call pushAt: a double passed to
   * a call that V8 does not inline is boxed, a heap number per event (the M/M/20's only garbage:
   * about 22 bytes a customer, from its arrivals and service starts); a store to this field is not.
   */
  at: number;
  /** Events at or after this time are not taken (the run's horizon): see dueBeforeEnd. */
  end = Infinity;
  private key: number;
  private word = 0;

  get kind(): number {
    return this.word & KIND_MASK;
  }

  get payload(): number {
    return this.word >> KIND_BITS;
  }

  get cls(): number {
    return Math.floor(this.key / CLASS_SHIFT);
  }

  get seq(): number {
    return this.key - Math.floor(this.key / CLASS_SHIFT) * CLASS_SHIFT;
  }

  constructor(initialCapacity = 1024) {
    // Doubles from the first store (see SimState's constructor).
    this.time = 0.5;
    this.time = 0;
    this.at = 0.5;
    this.at = 0;
    this.key = 0.5;
    this.key = 0;
    const c = Math.max(16, initialCapacity);
    this.times = new Float64Array(c);
    this.keys = new Float64Array(c);
    this.words = new Int32Array(c);
    this.times[0] = Infinity;
  }

  get size(): number {
    return this.hole ? this.n - 1 : this.n;
  }

  /** Schedules an event and returns its sequence number (unique; use it to recognise a cancelled event). */
  push(time: number, cls: number, kind: number, payload: number): number {
    this.at = time;
    return this.insert(cls, kind, payload, this.nextSeq++);
  }

  /** push() at the time set in `at` first: what the event loop's hot paths use (see `at`). */
  pushAt(cls: number, kind: number, payload: number): number {
    return this.insert(cls, kind, payload, this.nextSeq++);
  }

  /** Takes the next sequence number, for an event pushed to a queue that shares this one's order. */
  takeSeq(): number {
    return this.nextSeq++;
  }

  /** Schedules an event numbered by another queue's takeSeq(); returns that number. */
  pushNumbered(time: number, cls: number, kind: number, payload: number, seq: number): number {
    this.at = time;
    return this.insert(cls, kind, payload, seq);
  }

  /** pushNumbered() at the time set in `at` first (see `at`). */
  pushNumberedAt(cls: number, kind: number, payload: number, seq: number): number {
    return this.insert(cls, kind, payload, seq);
  }

  /** Puts an event at time `at` into the heap; returns seq. Takes integers only (see `at`). */
  private insert(cls: number, kind: number, payload: number, seq: number): number {
    if (!this.hole && this.n === this.times.length) this.grow();
    const time = this.at;
    const key = cls * CLASS_SHIFT + seq;
    const word = (payload << KIND_BITS) | kind;
    const times = this.times;
    const keys = this.keys;
    const words = this.words;
    if (this.hole) {
      this.hole = false;
      times[0] = time;
      keys[0] = key;
      words[0] = word;
      this.siftDownRoot();
      return seq;
    }
    let i = this.n++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = times[p];
      if (pt < time || (pt === time && keys[p] < key)) break;
      times[i] = pt;
      keys[i] = keys[p];
      words[i] = words[p];
      i = p;
    }
    times[i] = time;
    keys[i] = key;
    words[i] = word;
    return seq;
  }

  /**
   * Time of the next event, or Infinity when empty: times[0] holds Infinity whenever the heap is
   * empty, so this is one load. (`n > 0 ? times[0] : Infinity` merged a raw double with a boxed
   * constant, and V8 boxed the event time on every turn of the event loop.)
   */
  peekTime(): number {
    if (this.hole) this.fillHole();
    return this.times[0];
  }

  /**
   * Whether the next event falls before `end`. The event loop asks this rather than comparing
   * peekTime() with the horizon: a returned double is boxed wherever V8 does not inline the call.
   */
  dueBeforeEnd(): boolean {
    if (this.hole) this.fillHole();
    return this.times[0] < this.end;
  }

  /** The packed (class, seq) key of the next event; meaningful only when the queue is not empty. */
  peekKey(): number {
    if (this.hole) this.fillHole();
    return this.keys[0];
  }

  /** Removes the earliest event into the public fields; false when empty. Its slot stays a hole (see above). */
  pop(): boolean {
    if (this.hole) this.fillHole();
    if (this.n === 0) return false;
    this.time = this.times[0];
    this.key = this.keys[0];
    this.word = this.words[0];
    this.hole = true;
    return true;
  }

  /** The popped root is refilled by the last entry, sifted down. */
  private fillHole(): void {
    this.hole = false;
    const last = --this.n;
    if (last === 0) {
      this.times[0] = Infinity;
      return;
    }
    this.times[0] = this.times[last];
    this.keys[0] = this.keys[last];
    this.words[0] = this.words[last];
    this.siftDownRoot();
  }

  /** Moves the root's entry down to its place among the n entries. Takes no double: see SimState. */
  private siftDownRoot(): void {
    const times = this.times;
    const keys = this.keys;
    const words = this.words;
    const n = this.n;
    const t = times[0];
    const k = keys[0];
    const w = words[0];
    let i = 0;
    const half = n >> 1;
    while (i < half) {
      let c = 2 * i + 1;
      const r = c + 1;
      if (r < n && (times[r] < times[c] || (times[r] === times[c] && keys[r] < keys[c]))) c = r;
      const ct = times[c];
      if (t < ct || (t === ct && k < keys[c])) break;
      times[i] = ct;
      keys[i] = keys[c];
      words[i] = words[c];
      i = c;
    }
    times[i] = t;
    keys[i] = k;
    words[i] = w;
  }

  private grow(): void {
    const c = this.times.length * 2;
    const times = new Float64Array(c);
    times.set(this.times);
    const keys = new Float64Array(c);
    keys.set(this.keys);
    const words = new Int32Array(c);
    words.set(this.words);
    this.times = times;
    this.keys = keys;
    this.words = words;
  }
}

/**
 * Whether a's next event comes before b's in the (time, class, seq) order, for two queues that share
 * a sequence counter: merging their heads this way pops events in exactly one queue's order.
 */
export function headsFirst(a: EventQueue, b: EventQueue): boolean {
  // Each head's time read once: in the loop's usual case (no timer due first) the equality test
  // used to read both again.
  const ta = a.peekTime();
  const tb = b.peekTime();
  return ta < tb || (ta === tb && a.peekKey() < b.peekKey());
}
