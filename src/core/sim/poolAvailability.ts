import { CLASS_CALENDAR, EV_POOL_WAKE } from './eventOrder.js';
import type { SimState } from './simState.js';
import { dispatchPool } from './stepService.js';
import { weekOf } from './poolLimitTable.js';

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
    if (week !== poolLimits.budgetWeek[p]) renewBudget(s, p, week);
    if (poolLimits.budgetUsed[p] >= poolLimits.budgetHoursPerWeek[p]) {
      scheduleWake(s, p, (week + 1) * 168 - poolLimits.weekShift[p]);
      return false;
    }
  }
  return true;
}

/** A new budget week: the counter starts again from 0 (its last week's total kept if the window began in it). */
export function renewBudget(s: SimState, p: number, week: number): void {
  const poolLimits = s.poolLimits;
  keepBudgetAtWindowStart(s, p);
  if (poolLimits.budgetWeek[p] === poolLimits.windowWeek[p]) poolLimits.windowWeekUsed[p] = poolLimits.budgetUsed[p];
  poolLimits.budgetWeek[p] = week;
  poolLimits.budgetUsed[p] = 0;
  poolLimits.chargedPastWarmup[p] = 0;
}

/**
 * To call before pool p's budget counter changes (a new week, a decision charged or refunded): at the
 * first change at or after the warm-up's end, the counter still holds what it held then.
 */
export function keepBudgetAtWindowStart(s: SimState, p: number): void {
  const poolLimits = s.poolLimits;
  if (poolLimits.usedBeforeWindow[p] >= 0 || s.now < s.warmup) return;
  poolLimits.usedBeforeWindow[p] = usedBeforeWindow(s, p);
}

/** Hours of the budget week holding the warm-up's end spent before it (as the counter stands when read). */
export function usedBeforeWindow(s: SimState, p: number): number {
  const poolLimits = s.poolLimits;
  if (poolLimits.budgetWeek[p] !== poolLimits.windowWeek[p]) return 0;
  return poolLimits.budgetUsed[p] - poolLimits.chargedPastWarmup[p];
}

/**
 * A decision of `hours` starts now, or (hours < 0) an interrupted one gives back the -hours it had
 * left. Before the warm-up's end, the part that falls after it is kept apart: it is spent in the window.
 */
export function chargeBudget(s: SimState, p: number, hours: number): void {
  const poolLimits = s.poolLimits;
  keepBudgetAtWindowStart(s, p);
  poolLimits.budgetUsed[p] += hours;
  if (s.now < s.warmup) {
    const end = s.now + Math.abs(hours);
    if (end > s.warmup) poolLimits.chargedPastWarmup[p] += Math.sign(hours) * (end - s.warmup);
  }
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
