// A pool's roster as hours of the week: each slot's days and hours become intervals in hours since
// Monday 00:00 local time (the pool calendar's zone), split where they run past Sunday midnight.

import { readHours } from './clock.js';
import { describeValue } from './describeValue.js';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY_SETS: Record<string, number[]> = { weekdays: [0, 1, 2, 3, 4], weekend: [5, 6], daily: [0, 1, 2, 3, 4, 5, 6] };

/** One piece of a roster slot: [start, end) within [0, 168], and the slot it came from. */
export interface RosterPiece {
  slot: number;
  start: number;
  end: number;
  heads: number;
}

/** The days a slot names (0 = Monday), or an error. */
export function rosterDays(days: unknown): number[] | { error: string } {
  if (typeof days === 'string' && Object.hasOwn(DAY_SETS, days)) return DAY_SETS[days];
  if (Array.isArray(days) && days.length > 0 && days.every((d) => typeof d === 'string' && WEEKDAYS.includes(d)))
    return [...new Set(days.map((d) => WEEKDAYS.indexOf(d as string)))].sort((a, b) => a - b);
  return {
    error: `expected days: weekdays, weekend, daily or a list such as [mon, tue], found ${describeValue(days)}`,
  };
}

/**
 * Every piece of every slot, sorted by start; slots whose days or hours do not read are left out
 * (validation reports them).
 */
export function rosterPieces(roster: readonly unknown[]): RosterPiece[] {
  const out: RosterPiece[] = [];
  roster.forEach((entry, slot) => {
    const { days, hours, heads } = (entry ?? {}) as { days?: unknown; hours?: unknown; heads?: unknown };
    const d = rosterDays(days);
    const h = readHours(hours);
    if (!Array.isArray(d) || 'error' in h || typeof heads !== 'number') return;
    for (const day of d) {
      for (const [open, close] of h.ranges) {
        const start = day * 24 + open;
        const end = day * 24 + close;
        if (end <= 168) out.push({ slot, start, end, heads });
        else {
          out.push({ slot, start, end: 168, heads });
          out.push({ slot, start: 0, end: end - 168, heads });
        }
      }
    }
  });
  return out.sort((a, b) => a.start - b.start || a.slot - b.slot);
}

/** A week hour as people write it: "mon 16:00". */
export function weekHour(h: number): string {
  const day = Math.floor(h / 24) % 7;
  const minutes = Math.round((h - Math.floor(h / 24) * 24) * 60);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${WEEKDAYS[day]} ${hh}:${mm}`;
}
