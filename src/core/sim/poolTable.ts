import type { Model } from '../model/model.js';
import { WorkCalendar } from '../calendar/workCalendar.js';
import type { ServerTable } from './serverTable.js';
import { maxCapacity } from './timelineTable.js';
import { PoolRoster } from './poolRoster.js';

/** Pools: how many servers, how many are held and working now, whether the calendar is open. */
export class PoolTable {
  readonly count: number;
  readonly capacity: Int32Array;
  /** Servers held by a task, paused ones included: a pool with occupied = capacity starts nothing. */
  readonly occupied: Int32Array;
  /** Servers working now (held and not paused): overtime is counted from them. */
  readonly working: Int32Array;
  readonly open: Uint8Array;
  readonly calendar: (WorkCalendar | null)[];
  /** The roster of a pool whose headcount follows the slots of the week (shifts.ts); null for the others. */
  readonly roster: (PoolRoster | null)[];
  /** 1 when a task in hand at the end of a shift is paused (else finished in overtime). */
  readonly pausesAtShiftEnd: Uint8Array;
  /** Item in hand per server slot (-1 free); kept only for pause-policy pools, which must find them at closing. */
  readonly inHand: Int32Array[];
  /** Free slots of inHand, a stack of freeSlotCount entries. */
  readonly freeSlots: Int32Array[];
  readonly freeSlotCount: Int32Array;
  /** The servers (ServerTable indices) of each pool, in server order. */
  readonly servers: Int32Array[];
  /** 1 when the pool has a rate limit or a weekly budget (canStart must be asked; see PoolLimitTable). */
  readonly limited: Uint8Array;
  /**
   * 1 when the pool's headcount changes while it is open (a roster's slots, a timeline's changes): heads
   * that leave finish their task in overtime, so overtime is kept up to date at each completion.
   */
  readonly headsVary: Uint8Array;

  constructor(model: Model, servers: ServerTable) {
    const count = (this.count = model.pools.length);
    this.capacity = new Int32Array(count);
    this.occupied = new Int32Array(count);
    this.working = new Int32Array(count);
    this.open = new Uint8Array(count);
    this.calendar = [];
    this.roster = [];
    this.pausesAtShiftEnd = new Uint8Array(count);
    this.inHand = [];
    this.freeSlots = [];
    this.freeSlotCount = new Int32Array(count);
    this.servers = [];
    this.limited = new Uint8Array(count);
    this.headsVary = new Uint8Array(count);
    for (const c of model.timeline ?? []) if (c.target.kind === 'capacity') this.headsVary[c.target.pool] = 1;
    model.pools.forEach((pool, p) => {
      const cap = Math.max(0, Math.floor(pool.capacity));
      this.capacity[p] = cap;
      const cal = pool.calendar >= 0 ? model.calendars[pool.calendar] : null;
      const roster = cal && pool.roster ? new PoolRoster(pool.roster, cal, model) : null;
      this.roster.push(roster);
      if (roster !== null) this.headsVary[p] = 1;
      this.calendar.push(
        roster ? roster.calendar : cal ? new WorkCalendar(cal, model.startWeekday, model.horizon) : null,
      );
      this.open[p] = 1;
      this.pausesAtShiftEnd[p] = pool.shiftEnd === 'pause' ? 1 : 0;
      // Slots for the most heads the pool ever has (a timeline may hire).
      const slots = maxCapacity(model, p);
      this.inHand.push(new Int32Array(slots).fill(-1));
      const free = new Int32Array(slots);
      for (let k = 0; k < slots; k++) free[k] = slots - 1 - k;
      this.freeSlots.push(free);
      this.freeSlotCount[p] = slots;
      const serves: number[] = [];
      for (let k = 0; k < servers.count; k++) if (servers.pool[k] === p) serves.push(k);
      this.servers.push(Int32Array.from(serves));
      this.limited[p] = pool.rateLimitPerHour > 0 || pool.budgetHoursPerWeek > 0 ? 1 : 0;
    });
  }
}
