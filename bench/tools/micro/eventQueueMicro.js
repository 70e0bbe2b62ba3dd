// The classic "hold" benchmark for a pending-event set: keep n events queued, then repeatedly pop
// the earliest and push one at its time plus an exponential increment. Compares the engine's
// EventQueue (binary heap over parallel typed arrays, no allocation) with a binary heap of event
// objects and with a sorted array (binary search + splice), at the sizes opsim sees: ~2 pending
// events (M/M/1), ~21 (M/M/20), ~1,000 (a company: servers, timers, forums), 100,000 (SLA and
// patience timers on a large backlog). Each variant runs in its own process (no shared call sites).
// Run: node bench/tools/micro/eventQueueMicro.js
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import seedrandom from 'seedrandom';
import { loadDist } from '../../lib/loadDist.js';
import { median } from '../../lib/median.js';
import { cpuNow } from '../../lib/cpuTimer.js';

const SIZES = [2, 21, 1000, 100000];
const OPS = 3_000_000;

class ObjectHeap {
  constructor() {
    this.a = [];
    this.seq = 0;
  }
  less(x, y) {
    return x.time < y.time || (x.time === y.time && x.seq < y.seq);
  }
  push(time, cls, kind, payload) {
    const e = { time, seq: this.seq++, kind, payload };
    const a = this.a;
    let i = a.length;
    a.push(e);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.less(a[p], e)) break;
      a[i] = a[p];
      i = p;
    }
    a[i] = e;
  }
  pop() {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      let i = 0;
      const n = a.length;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && this.less(a[c + 1], a[c])) c++;
        if (this.less(last, a[c])) break;
        a[i] = a[c];
        i = c;
      }
      a[i] = last;
    }
    this.time = top.time;
    return true;
  }
  get size() {
    return this.a.length;
  }
}

// Binary heap over two typed arrays (time, event slot); the event's key, kind and payload stay in
// slot-indexed arrays and never move, so a sift moves 2 numbers per level instead of 4.
class SlotHeap {
  constructor(cap = 1024) {
    this.times = new Float64Array(cap);
    this.ids = new Int32Array(cap);
    this.keys = new Float64Array(cap);
    this.kinds = new Int32Array(cap);
    this.payloads = new Int32Array(cap);
    this.free = new Int32Array(cap);
    for (let i = 0; i < cap; i++) this.free[i] = cap - 1 - i;
    this.nFree = cap;
    this.n = 0;
    this.seq = 0;
  }
  grow() {
    const cap = this.times.length * 2;
    const g = (A, a) => {
      const b = new A(cap);
      b.set(a);
      return b;
    };
    this.times = g(Float64Array, this.times);
    this.ids = g(Int32Array, this.ids);
    this.keys = g(Float64Array, this.keys);
    this.kinds = g(Int32Array, this.kinds);
    this.payloads = g(Int32Array, this.payloads);
    const free = new Int32Array(cap);
    for (let i = 0; i < cap / 2; i++) free[i] = cap - 1 - i;
    this.free = free;
    this.nFree = cap / 2;
  }
  push(time, cls, kind, payload) {
    if (this.nFree === 0) this.grow();
    const id = this.free[--this.nFree];
    const key = cls * 2 ** 46 + this.seq++;
    this.keys[id] = key;
    this.kinds[id] = kind;
    this.payloads[id] = payload;
    const times = this.times,
      ids = this.ids,
      keys = this.keys;
    let i = this.n++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = times[p];
      if (pt < time || (pt === time && keys[ids[p]] < key)) break;
      times[i] = pt;
      ids[i] = ids[p];
      i = p;
    }
    times[i] = time;
    ids[i] = id;
  }
  pop() {
    const times = this.times,
      ids = this.ids,
      keys = this.keys;
    const id0 = ids[0];
    this.time = times[0];
    this.kind = this.kinds[id0];
    this.payload = this.payloads[id0];
    this.free[this.nFree++] = id0;
    const last = --this.n;
    if (last === 0) return true;
    const t = times[last],
      id = ids[last],
      k = keys[id];
    let i = 0;
    const half = last >> 1;
    while (i < half) {
      let c = 2 * i + 1;
      const r = c + 1;
      if (r < last && (times[r] < times[c] || (times[r] === times[c] && keys[ids[r]] < keys[ids[c]]))) c = r;
      const ct = times[c];
      if (t < ct || (t === ct && k < keys[ids[c]])) break;
      times[i] = ct;
      ids[i] = ids[c];
      i = c;
    }
    times[i] = t;
    ids[i] = id;
    return true;
  }
  get size() {
    return this.n;
  }
}

class SortedArray {
  constructor() {
    this.t = [];
    this.head = 0;
  }
  push(time) {
    const t = this.t;
    let lo = this.head,
      hi = t.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (t[mid] <= time) lo = mid + 1;
      else hi = mid;
    }
    t.splice(lo, 0, time);
  }
  pop() {
    this.time = this.t[this.head++];
    if (this.head > 4096) {
      this.t = this.t.slice(this.head);
      this.head = 0;
    }
    return true;
  }
  get size() {
    return this.t.length - this.head;
  }
}

async function measure(variant, n) {
  const make = {
    'engine EventQueue (typed-array heap)': async () => new (await loadDist('core/index.js')).EventQueue(1024),
    'binary heap of event objects': async () => new ObjectHeap(),
    'typed-array heap of (time, slot), event data by slot': async () => new SlotHeap(),
    'sorted array (binary search + splice)': async () => new SortedArray(),
  }[variant];
  const rates = [];
  for (let round = 0; round < 5; round++) {
    const q = await make();
    const u = seedrandom.alea('hold');
    for (let i = 0; i < n; i++) q.push(-Math.log(1 - u()), 0, 0, i);
    const ops = n >= 100000 && variant.startsWith('sorted') ? OPS / 30 : OPS;
    const t0 = cpuNow();
    for (let i = 0; i < ops; i++) {
      q.pop();
      q.push(q.time - Math.log(1 - u()), 0, 0, i);
    }
    rates.push(ops / (cpuNow() - t0) / 1000);
  }
  return median(rates);
}

const [variant, n] = process.argv.slice(2);
if (variant) {
  process.stdout.write(JSON.stringify(await measure(variant, Number(n))));
} else {
  const self = fileURLToPath(import.meta.url);
  const rows = [];
  for (const v of [
    'engine EventQueue (typed-array heap)',
    'typed-array heap of (time, slot), event data by slot',
    'binary heap of event objects',
    'sorted array (binary search + splice)',
  ]) {
    const row = { variant: v };
    for (const size of SIZES)
      row[`n=${size}`] = JSON.parse(
        execFileSync(process.execPath, [self, v, String(size)], { encoding: 'utf8', env: process.env }),
      ).toFixed(1);
    rows.push(row);
  }
  console.log('million hold operations (pop + push) per CPU second, median of 5');
  console.table(rows);
}
