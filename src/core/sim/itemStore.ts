/**
 * Items in the system as parallel typed arrays, recycled through a free list, so memory grows with
 * work in progress and never with run length. An item is an index (a slot); `serial` is its stable
 * number in order of creation, used in traces.
 */
export class ItemStore {
  capacity = 0;
  private freeList: Int32Array = new Int32Array(0);
  private freeCount = 0;
  private nextSerial = 0;
  live = 0;

  readonly nAttrs: number;
  readonly maskWords: number;

  /** 1 while the slot holds an item in the system. */
  alive = new Uint8Array(0);
  serial = new Float64Array(0);
  type = new Int32Array(0);
  /** Node the item is at (or travelling to). */
  node = new Int32Array(0);
  /** Server index (into the model-wide server table) while in service or paused; -1 otherwise. */
  server = new Int32Array(0);
  /** Slot in the serving pool's slot table. */
  slot = new Int32Array(0);
  arrivalT = new Float64Array(0);
  /** Time it joined its current queue (or forum). */
  enqT = new Float64Array(0);
  /**
   * Token of its current queue entry; changed to take it out lazily; -1 when in no queue. Entries of
   * pre-empted items take negative tokens (below -1), which order them before their class.
   */
  token = new Float64Array(0);
  openErrors = new Int32Array(0);
  reworkRounds = new Int32Array(0);
  /** Node that sent it back for rework and that it has not passed again; -1 when not in rework. A task done while it is set is rework (it cannot change while the item is in service). */
  reworkNode = new Int32Array(0);
  lastFn = new Int32Array(0);
  fnCount = new Int32Array(0);
  fnMask = new Uint32Array(0);
  attrs = new Float64Array(0);
  /** Sequence number of its pending completion event; -1 when none (paused or not in service). */
  complSeq = new Float64Array(0);
  complT = new Float64Array(0);
  /** Service time left when paused. */
  remaining = new Float64Array(0);
  /** Start of the current busy segment (service start or resume). */
  busyFrom = new Float64Array(0);
  /**
   * Start of the current service (a resume after a pause does not move it): the cycle-time ledger's
   * visit. While pre-empted it holds the service time had so far, and a resumed service starts that
   * much before it resumes (see preemption.ts).
   */
  serviceStart = new Float64Array(0);
  /** 1 from a pre-emption until service starts again (never set when the item leaves or is freed). */
  preempted = new Uint8Array(0);
  /** 1 from an SLA breach (counted as an escalation) until the item enters its next step or forum, which then does not count it again. */
  escalated = new Uint8Array(0);
  patienceSeq = new Float64Array(0);
  slaSeq = new Float64Array(0);
  /** The instant of its last zero-time hop and how many it has made then: the routing-cycle guard counts per item, so any number of items circulating together is caught. */
  hopT = new Float64Array(0);
  hops = new Int32Array(0);

  /** The most items the store holds at once (the model's limits.maxWip); capacity never exceeds it. */
  readonly maxLive: number;

  /**
   * Bytes each slot takes in the store's arrays, measured on a small store. The scenario layer's
   * memory estimate keeps its own formula (it takes only types from the core), and a test holds that
   * formula to this measurement, so adding an array here fails the test until the formula follows.
   */
  static bytesPerSlot(nAttrs: number, nFunctions: number): number {
    const store = new ItemStore(nAttrs, nFunctions, 16);
    let bytes = 0;
    for (const value of Object.values(store)) if (ArrayBuffer.isView(value)) bytes += value.byteLength;
    return bytes / store.capacity;
  }

  constructor(nAttrs: number, nFunctions: number, initialCapacity = 256, maxLive = Infinity) {
    this.nAttrs = nAttrs;
    this.maskWords = Math.max(1, Math.ceil(nFunctions / 32));
    this.maxLive = maxLive;
    this.grow(initialCapacity);
  }

  /**
   * A free slot for a new item, or -1 when maxLive items are already in the store (checked only when
   * the store is full, so it costs nothing per item). The caller sets its arrivalT: a double passed
   * to a call V8 does not inline is boxed.
   */
  alloc(type: number): number {
    if (this.freeCount === 0) {
      if (this.capacity >= this.maxLive) return -1;
      this.grow(this.capacity * 2);
    }
    const i = this.freeList[--this.freeCount];
    this.live++;
    this.alive[i] = 1;
    this.serial[i] = this.nextSerial++;
    this.type[i] = type;
    this.openErrors[i] = 0;
    this.reworkRounds[i] = 0;
    this.reworkNode[i] = -1;
    this.lastFn[i] = -1;
    this.fnCount[i] = 0;
    this.escalated[i] = 0;
    this.hopT[i] = -Infinity;
    // token, complSeq, patienceSeq and slaSeq are -1 already (set by free() and grow()).
    const w = this.maskWords;
    for (let k = 0; k < w; k++) this.fnMask[i * w + k] = 0;
    const a = this.nAttrs;
    for (let k = 0; k < a; k++) this.attrs[i * a + k] = 0;
    return i;
  }

  free(i: number): void {
    this.live--;
    this.alive[i] = 0;
    this.token[i] = -1;
    this.complSeq[i] = -1;
    this.patienceSeq[i] = -1;
    this.slaSeq[i] = -1;
    this.server[i] = -1;
    this.freeList[this.freeCount++] = i;
  }

  /** Marks function fn as touched; returns true the first time. */
  touch(i: number, fn: number): boolean {
    const idx = i * this.maskWords + (fn >>> 5);
    const bit = 1 << (fn & 31);
    if ((this.fnMask[idx] & bit) !== 0) return false;
    this.fnMask[idx] |= bit;
    this.fnCount[i]++;
    return true;
  }

  private grow(capacity: number): void {
    const old = this.capacity;
    const c = Math.min(Math.max(capacity, 16), this.maxLive);
    const f64 = (a: Float64Array, k = 1) => {
      const b = new Float64Array(c * k);
      b.set(a);
      return b;
    };
    const i32 = (a: Int32Array) => {
      const b = new Int32Array(c);
      b.set(a);
      return b;
    };
    const alive = new Uint8Array(c);
    alive.set(this.alive);
    this.alive = alive;
    this.serial = f64(this.serial);
    this.type = i32(this.type);
    this.node = i32(this.node);
    this.server = i32(this.server);
    this.slot = i32(this.slot);
    this.arrivalT = f64(this.arrivalT);
    this.enqT = f64(this.enqT);
    this.token = f64(this.token);
    this.openErrors = i32(this.openErrors);
    this.reworkRounds = i32(this.reworkRounds);
    this.reworkNode = i32(this.reworkNode);
    this.lastFn = i32(this.lastFn);
    this.fnCount = i32(this.fnCount);
    this.hopT = f64(this.hopT);
    this.hops = i32(this.hops);
    const mask = new Uint32Array(c * this.maskWords);
    mask.set(this.fnMask);
    this.fnMask = mask;
    this.attrs = f64(this.attrs, Math.max(1, this.nAttrs));
    this.complSeq = f64(this.complSeq);
    this.complT = f64(this.complT);
    this.remaining = f64(this.remaining);
    this.busyFrom = f64(this.busyFrom);
    this.serviceStart = f64(this.serviceStart);
    const esc = new Uint8Array(c);
    esc.set(this.escalated);
    this.escalated = esc;
    const preempted = new Uint8Array(c);
    preempted.set(this.preempted);
    this.preempted = preempted;
    this.patienceSeq = f64(this.patienceSeq);
    this.slaSeq = f64(this.slaSeq);
    for (let i = old; i < c; i++) {
      this.token[i] = -1;
      this.complSeq[i] = -1;
      this.patienceSeq[i] = -1;
      this.slaSeq[i] = -1;
      this.server[i] = -1;
      this.slot[i] = -1;
    }
    const fl = new Int32Array(c);
    fl.set(this.freeList.subarray(0, this.freeCount));
    // New slots are handed out lowest first.
    for (let i = c - 1; i >= old; i--) fl[this.freeCount++] = i;
    this.freeList = fl;
    this.capacity = c;
  }
}
