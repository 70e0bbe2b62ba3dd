import { CLASS_CALENDAR, EV_POOL_WAKE } from './eventOrder.js';
import type { SimState } from './simState.js';

/**
 * Whether pool p may start a task now, beyond having a free server and being open:
 * - rate limit: at most `rateLimitPerHour` starts in each clock hour [h, h + 1) of simulated time;
 * - weekly budget (executives): no task starts once the hours committed this calendar week
 *   (Monday 00:00 local, durations counted in full when a task starts) reach the budget.
 * When blocked, a wake event at the renewal time lets the pool pick up waiting work again.
 */
export function canStart(s: SimState, p: number, t: number): boolean {
  if (s.poolRate[p] > 0) {
    const h = Math.floor(t);
    if (h !== s.poolRateHour[p]) {
      s.poolRateHour[p] = h;
      s.poolRateCount[p] = 0;
    }
    if (s.poolRateCount[p] >= s.poolRate[p]) {
      scheduleWake(s, p, h + 1);
      return false;
    }
  }
  if (s.poolBudget[p] > 0) {
    const week = weekOf(s, p, t);
    if (week !== s.poolBudgetWeek[p]) {
      s.poolBudgetWeek[p] = week;
      s.poolBudgetUsed[p] = 0;
    }
    if (s.poolBudgetUsed[p] >= s.poolBudget[p]) {
      scheduleWake(s, p, (week + 1) * 168 - s.poolWeekShift[p]);
      return false;
    }
  }
  return true;
}

/** Calendar week number of time t in the pool's local time (a small epsilon absorbs rounding at the boundary). */
export function weekOf(s: SimState, p: number, t: number): number {
  return Math.floor((t + s.poolWeekShift[p]) / 168 + 1e-9);
}

function scheduleWake(s: SimState, p: number, at: number): void {
  if (s.poolWakeAt[p] === at || at >= s.horizon) return;
  s.poolWakeAt[p] = at;
  s.eq.push(at, CLASS_CALENDAR, EV_POOL_WAKE, p);
}
