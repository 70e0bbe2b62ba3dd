import type { Model } from '../model/model.js';

/** Rate limits and weekly budgets of the pools that have them (see poolAvailability). */
export class PoolLimitTable {
  /** Starts allowed per clock hour; 0 for none. */
  readonly ratePerHour: Float64Array;
  /** The clock hour startsThisHour counts; -1 before the first start. */
  readonly rateHour: Float64Array;
  readonly startsThisHour: Float64Array;
  /** Decision hours per calendar week; 0 for none. */
  readonly budgetHoursPerWeek: Float64Array;
  /** The week budgetUsed counts. */
  readonly budgetWeek: Float64Array;
  readonly budgetUsed: Float64Array;
  /** Shift from simulated time to hours since a Monday 00:00 local, for weekly budgets. */
  readonly weekShift: Float64Array;
  /** Next time a wake event is pending for the pool (rate window or budget week); -1 none. */
  readonly wakeAt: Float64Array;
  // What the budget available in the window (budgetWindow.ts) needs of a budget week the window
  // starts inside: the engine has no event at the warm-up's end, so its budget state is read at the
  // first change of the counters at or after it, when it is still the state at the warm-up's end.
  /** The budget week holding the warm-up's end. */
  readonly windowWeek: Float64Array;
  /** Hours the counter's week charged, before the warm-up's end, for decisions that run past it: not spent before the window. */
  readonly chargedPastWarmup: Float64Array;
  /** Hours that week's budget had spent before the warm-up's end; -1 until read. */
  readonly usedBeforeWindow: Float64Array;
  /** Hours that week's budget spent in all, read when its counter renews; -1 until then. */
  readonly windowWeekUsed: Float64Array;

  constructor(model: Model, warmup: number) {
    const count = model.pools.length;
    this.ratePerHour = new Float64Array(count);
    this.rateHour = new Float64Array(count).fill(-1);
    this.startsThisHour = new Float64Array(count);
    this.budgetHoursPerWeek = new Float64Array(count);
    this.budgetWeek = new Float64Array(count).fill(-Infinity);
    this.budgetUsed = new Float64Array(count);
    this.weekShift = new Float64Array(count);
    this.wakeAt = new Float64Array(count).fill(-1);
    this.windowWeek = new Float64Array(count);
    this.chargedPastWarmup = new Float64Array(count);
    this.usedBeforeWindow = new Float64Array(count).fill(-1);
    this.windowWeekUsed = new Float64Array(count).fill(-1);
    model.pools.forEach((pool, p) => {
      this.ratePerHour[p] = pool.rateLimitPerHour;
      this.budgetHoursPerWeek[p] = pool.budgetHoursPerWeek;
      const cal = pool.calendar >= 0 ? model.calendars[pool.calendar] : null;
      this.weekShift[p] = (cal ? cal.offsetHours : 0) + 24 * model.startWeekday;
      this.windowWeek[p] = weekOf(this, p, warmup);
    });
  }
}

/** Calendar week number of time t in the pool's local time (a small epsilon absorbs rounding at the boundary). */
export function weekOf(limits: PoolLimitTable, p: number, t: number): number {
  return Math.floor((t + limits.weekShift[p]) / 168 + 1e-9);
}
