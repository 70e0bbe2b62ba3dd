// The ceiling's event calendar: a binary min-heap over parallel typed arrays, ordered by
// (time, sequence). It holds one int payload per event and nothing else, so the ceiling
// pays for ordering events and for no abstraction: the bar the engine is measured against.
// Ties in time are broken by insertion order, as in the engine, so runs are deterministic.
// A class, not a closure per heap: each run makes a new heap, and new closures at the same call
// sites made V8 recompile the ceiling's loop for several runs before it settled.

export class EventHeap {
  constructor(initialCapacity = 1024) {
    this.cap = initialCapacity;
    this.times = new Float64Array(initialCapacity);
    this.seqs = new Float64Array(initialCapacity);
    this.payloads = new Int32Array(initialCapacity);
    this.n = 0;
    this.nextSeq = 0;
  }

  grow() {
    this.cap *= 2;
    const t = new Float64Array(this.cap);
    t.set(this.times);
    this.times = t;
    const s = new Float64Array(this.cap);
    s.set(this.seqs);
    this.seqs = s;
    const p = new Int32Array(this.cap);
    p.set(this.payloads);
    this.payloads = p;
  }

  push(time, payload) {
    if (this.n === this.cap) this.grow();
    const times = this.times,
      seqs = this.seqs,
      payloads = this.payloads;
    const seq = this.nextSeq++;
    let i = this.n++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent];
      if (pt < time || (pt === time && seqs[parent] < seq)) break;
      times[i] = pt;
      seqs[i] = seqs[parent];
      payloads[i] = payloads[parent];
      i = parent;
    }
    times[i] = time;
    seqs[i] = seq;
    payloads[i] = payload;
  }

  /** Removes the earliest event and returns its payload; read its time with topTime() first. */
  pop() {
    const times = this.times,
      seqs = this.seqs,
      payloads = this.payloads;
    const top = payloads[0];
    const n = --this.n;
    if (n === 0) return top;
    const time = times[n],
      seq = seqs[n],
      payload = payloads[n];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && (times[right] < times[child] || (times[right] === times[child] && seqs[right] < seqs[child])))
        child = right;
      const ct = times[child];
      if (time < ct || (time === ct && seq < seqs[child])) break;
      times[i] = ct;
      seqs[i] = seqs[child];
      payloads[i] = payloads[child];
      i = child;
    }
    times[i] = time;
    seqs[i] = seq;
    payloads[i] = payload;
    return top;
  }

  topTime() {
    return this.times[0];
  }

  size() {
    return this.n;
  }
}
