// The ceiling's event calendar: a binary min-heap over parallel typed arrays, ordered by
// (time, sequence). It holds one int payload per event and nothing else, so the ceiling
// pays for ordering events and for no abstraction: the bar the engine is measured against.
// Ties in time are broken by insertion order, as in the engine, so runs are deterministic.

export function createEventHeap(initialCapacity = 1024) {
  let cap = initialCapacity;
  let times = new Float64Array(cap);
  let seqs = new Float64Array(cap);
  let payloads = new Int32Array(cap);
  let size = 0;
  let nextSeq = 0;

  function grow() {
    cap *= 2;
    const t = new Float64Array(cap); t.set(times); times = t;
    const s = new Float64Array(cap); s.set(seqs); seqs = s;
    const p = new Int32Array(cap); p.set(payloads); payloads = p;
  }

  function push(time, payload) {
    if (size === cap) grow();
    const seq = nextSeq++;
    let i = size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent];
      if (pt < time || (pt === time && seqs[parent] < seq)) break;
      times[i] = pt; seqs[i] = seqs[parent]; payloads[i] = payloads[parent];
      i = parent;
    }
    times[i] = time; seqs[i] = seq; payloads[i] = payload;
  }

  // Returns the payload of the earliest event; its time is read with topTime() before popping.
  function pop() {
    const top = payloads[0];
    const n = --size;
    if (n === 0) return top;
    const time = times[n], seq = seqs[n], payload = payloads[n];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && (times[right] < times[child] || (times[right] === times[child] && seqs[right] < seqs[child]))) child = right;
      const ct = times[child];
      if (time < ct || (time === ct && seq < seqs[child])) break;
      times[i] = ct; seqs[i] = seqs[child]; payloads[i] = payloads[child];
      i = child;
    }
    times[i] = time; seqs[i] = seq; payloads[i] = payload;
    return top;
  }

  return {
    push,
    pop,
    topTime: () => times[0],
    size: () => size,
  };
}
