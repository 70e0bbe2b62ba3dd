import type { SimState } from './simState.js';
import { weekOf } from './poolLimitTable.js';
import { usedBeforeWindow } from './poolAvailability.js';

/** Boundaries closer than this (hours) are the same instant: dates and time zones add rounding. */
const EPS = 1e-6;

/**
 * The decision budget executive p could spend in the window [warm-up end, horizon): what its budget
 * use is measured against.
 *
 * The budget renews every Monday 00:00 local and is not rationed within the week: a busy executive
 * spends it on Monday morning, one with little demand a little each day. The weekly budget times the
 * weeks of the window is right when the window is whole budget weeks, and only then: an 8-day window
 * touches two budget weeks, both of which a saturated executive spends in full, where 8/7 of a week's
 * budget said 175%; a window opening on a Sunday after the week's budget was spent counted a seventh
 * of a budget that no longer existed (87.5%). So each budget week the window touches counts:
 * - wholly inside the window: the week's budget;
 * - partly inside: what was left of the week's budget when the window began (all of it for the week
 *   the window ends in), but no more than the executive's share of it for the part of the week
 *   inside the window, by the working hours of its calendar, unless it did spend more there. The
 *   share is the right yardstick for an executive deciding at a steady pace; what it spent, for one
 *   that spent the budget early in the week, as a saturated executive does.
 * So a saturated executive's use is 100% (above it only by what it overran: a decision started with
 * budget left runs to its end, a forum meets whatever the budget says) however the window falls, one
 * deciding at a steady pace shows the rate at which it spends, and whole weeks count as before.
 * The spending is read from the budget counter at three moments: the warm-up's end, the end of that
 * budget week and the horizon; decisions still under way at the horizon count only their hours before it.
 */
export function budgetHoursInWindow(s: SimState, p: number): number {
  const limits = s.poolLimits;
  const budget = limits.budgetHoursPerWeek[p];
  const from = s.warmup;
  const to = s.horizon;
  if (!(budget > 0) || !(to > from)) return 0;
  // The weekly budget pro rata, with each partial week's difference from it added below: whole weeks
  // give the product alone, the same figure to the last bit as before partial weeks were counted.
  let hours = budget * ((to - from) / 168);
  const shift = limits.weekShift[p];
  const first = limits.windowWeek[p];
  const endWeek = weekOf(limits, p, to);
  const last = Math.abs(to + shift - 168 * endWeek) < EPS ? endWeek - 1 : endWeek;
  // Spent in the counter's current week, less the part of decisions under way that falls after the horizon.
  const usedNow = limits.budgetWeek[p] === last ? limits.budgetUsed[p] - unspentAtHorizon(s, p, last) : 0;
  const before = limits.usedBeforeWindow[p] >= 0 ? limits.usedBeforeWindow[p] : usedBeforeWindow(s, p);
  let firstUsed = usedNow;
  if (first !== last)
    firstUsed =
      limits.windowWeekUsed[p] >= 0
        ? limits.windowWeekUsed[p]
        : limits.budgetWeek[p] === first
          ? limits.budgetUsed[p]
          : 0;
  hours += partialWeek(s, p, first, from, Math.min(to, 168 * (first + 1) - shift), budget - before, firstUsed - before);
  if (last !== first) hours += partialWeek(s, p, last, 168 * last - shift, to, budget, usedNow);
  return hours;
}

/**
 * What budget week w adds to the pro-rata figure for the part [a, b) of it inside the window, given
 * the budget left in it when the window began and what was spent of it in the window: 0 for a whole week.
 */
function partialWeek(s: SimState, p: number, w: number, a: number, b: number, left: number, spent: number): number {
  const budget = s.poolLimits.budgetHoursPerWeek[p];
  const weekStart = 168 * w - s.poolLimits.weekShift[p];
  if (a - weekStart < EPS && weekStart + 168 - b < EPS) return 0;
  // Decisions start only in working hours: a weekend in the window holds none of the week's budget,
  // and Monday to Friday all of it.
  const cal = s.pools.calendar[p];
  let share = (b - a) / 168;
  if (cal !== null) {
    const open = cal.openHours(weekStart, weekStart + 168);
    share = open > 0 ? cal.openHours(a, b) / open : 0;
  }
  const available = Math.min(Math.max(left, 0), Math.max(share * budget, spent));
  return available - budget * ((b - a) / 168);
}

/** Hours of pool p's decisions in service at the horizon, charged in budget week w, that fall after it. */
function unspentAtHorizon(s: SimState, p: number, w: number): number {
  const items = s.items;
  const servers = s.servers;
  let out = 0;
  for (let i = 0; i < items.capacity; i++) {
    if (items.alive[i] !== 1 || items.server[i] < 0 || items.complSeq[i] < 0) continue;
    if (servers.pool[items.server[i]] !== p || items.complT[i] <= s.horizon) continue;
    if (weekOf(s.poolLimits, p, items.busyFrom[i]) === w) out += items.complT[i] - s.horizon;
  }
  return out;
}
