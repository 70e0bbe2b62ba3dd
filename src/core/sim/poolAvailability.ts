import { CLASS_CALENDAR, EV_POOL_WAKE } from './eventOrder.js';
import type { SimState } from './simState.js';
import { dispatchPool } from './stepService.js';
import type { PoolLimitTable } from './poolLimitTable.js';

/**
 * Whether pool p may start a task now, beyond having a free server and being open:
 * - rate limit: at most `rateLimitPerHour` starts in each clock hour [h, h + 1) of simulated time;
 * - weekly budget (executives): no task starts once the hours committed this calendar week
 *   (Monday 00:00 local, durations counted in full when a task starts) reach the budget.
 * When blocked, a wake event at the renewal time lets the pool pick up waiting work again.
 */
export function canStart(s: SimState, p: number): boolean {
  const t = s.now;
  const poolLimits = s.poolLimits;
  if (poolLimits.ratePerHour[p] > 0) {
    const h = Math.floor(t);
    if (h !== poolLimits.rateHour[p]) {
      poolLimits.rateHour[p] = h;
      poolLimits.startsThisHour[p] = 0;
    }
    if (poolLimits.startsThisHour[p] >= poolLimits.ratePerHour[p]) {
      scheduleWake(s, p, h + 1);
      return false;
    }
  }
  if (poolLimits.budgetHoursPerWeek[p] > 0) {
    const week = weekOf(poolLimits, p, t);
    if (week !== poolLimits.budgetWeek[p]) {
      poolLimits.budgetWeek[p] = week;
      poolLimits.budgetUsed[p] = 0;
    }
    if (poolLimits.budgetUsed[p] >= poolLimits.budgetHoursPerWeek[p]) {
      scheduleWake(s, p, (week + 1) * 168 - poolLimits.weekShift[p]);
      return false;
    }
  }
  return true;
}

/** Calendar week number of time t in the pool's local time (a small epsilon absorbs rounding at the boundary). */
export function weekOf(limits: PoolLimitTable, p: number, t: number): number {
  return Math.floor((t + limits.weekShift[p]) / 168 + 1e-9);
}

/** A pool's rate-limit window or budget week has renewed: its free servers pick up waiting work. */
export function wakePool(s: SimState, p: number): void {
  s.poolLimits.wakeAt[p] = -1;
  dispatchPool(s, p);
}

function scheduleWake(s: SimState, p: number, at: number): void {
  const poolLimits = s.poolLimits;
  if (poolLimits.wakeAt[p] === at || at >= s.horizon) return;
  poolLimits.wakeAt[p] = at;
  s.eventQueue.push(at, CLASS_CALENDAR, EV_POOL_WAKE, p);
}
