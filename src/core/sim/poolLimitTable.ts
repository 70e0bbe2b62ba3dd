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

  constructor(model: Model) {
    const count = model.pools.length;
    this.ratePerHour = new Float64Array(count);
    this.rateHour = new Float64Array(count).fill(-1);
    this.startsThisHour = new Float64Array(count);
    this.budgetHoursPerWeek = new Float64Array(count);
    this.budgetWeek = new Float64Array(count).fill(-Infinity);
    this.budgetUsed = new Float64Array(count);
    this.weekShift = new Float64Array(count);
    this.wakeAt = new Float64Array(count).fill(-1);
    model.pools.forEach((pool, p) => {
      this.ratePerHour[p] = pool.rateLimitPerHour;
      this.budgetHoursPerWeek[p] = pool.budgetHoursPerWeek;
      const cal = pool.calendar >= 0 ? model.calendars[pool.calendar] : null;
      this.weekShift[p] = (cal ? cal.offsetHours : 0) + 24 * model.startWeekday;
    });
  }
}
