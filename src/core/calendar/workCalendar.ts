import type { Calendar } from '../model/model.js';

/**
 * A working calendar in simulated time: open or closed at t, the next opening and closing, and
 * open hours in an interval. Local time is L = t + offsetHours; day d (for holidays) is
 * [24d, 24d + 24) in L, and time 0 falls on weekday `startWeekday` (0 = Monday), so the week hour
 * of L is (L + 24 startWeekday) mod 168. At construction the weekly intervals minus holidays are laid
 * out once, up to `until`, as sorted open segments; segments that touch (Sunday 24:00 = Monday
 * 00:00) are merged, so a calendar open across midnight has no spurious close/open. A segment
 * reaching past `until` is open for ever; queries are binary searches.
 */
export class WorkCalendar {
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;

  constructor(cal: Calendar, startWeekday: number, until: number) {
    const offset = cal.offsetHours;
    const holidays = new Set(cal.holidays);
    const week = cal.week.filter(([a, b]) => b > a);
    const weekOrigin = -24 * startWeekday;
    const fromL = offset - 168;
    const toL = until + offset + 168;
    const starts: number[] = [];
    const ends: number[] = [];
    const add = (s: number, e: number) => {
      const n = ends.length;
      if (n > 0 && ends[n - 1] >= s) {
        if (e > ends[n - 1]) ends[n - 1] = e;
      } else {
        starts.push(s);
        ends.push(e);
      }
    };
    if (week.length > 0) {
      for (let base = weekOrigin + 168 * Math.floor((fromL - weekOrigin) / 168); base <= toL; base += 168) {
        for (const [a, b] of week) {
          // Cut the interval at day boundaries that start or end a holiday.
          let s = base + a;
          const e = base + b;
          while (s < e) {
            const day = Math.floor(s / 24);
            const dayEnd = Math.min(e, 24 * (day + 1));
            if (!holidays.has(day)) add(s, dayEnd);
            s = dayEnd;
          }
        }
      }
    }
    const n = starts.length;
    this.starts = new Float64Array(n);
    this.ends = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      this.starts[k] = starts[k] <= fromL ? -Infinity : starts[k] - offset;
      this.ends[k] = ends[k] >= toL ? Infinity : ends[k] - offset;
    }
  }

  /** Index of the first segment ending after t (the one containing t, or the next); length if none. */
  private segmentAfter(t: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid] > t) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  isOpen(t: number): boolean {
    const k = this.segmentAfter(t);
    return k < this.starts.length && this.starts[k] <= t;
  }

  /** Earliest time >= t at which the calendar is open; Infinity if never. */
  nextOpen(t: number): number {
    const k = this.segmentAfter(t);
    if (k >= this.starts.length) return Infinity;
    return this.starts[k] <= t ? t : this.starts[k];
  }

  /** Earliest time >= t at which the calendar is closed; t itself when closed at t; Infinity if open for ever. */
  nextClose(t: number): number {
    const k = this.segmentAfter(t);
    if (k >= this.starts.length || this.starts[k] > t) return t;
    return this.ends[k];
  }

  /** Earliest time > t at which open/closed changes; Infinity if none. */
  nextChange(t: number): number {
    const k = this.segmentAfter(t);
    if (k >= this.starts.length) return Infinity;
    return this.starts[k] <= t ? this.ends[k] : this.starts[k];
  }

  /** Open hours within [a, b]. */
  openHours(a: number, b: number): number {
    let total = 0;
    for (let k = this.segmentAfter(a); k < this.starts.length && this.starts[k] < b; k++) {
      total += Math.min(this.ends[k], b) - Math.max(this.starts[k], a);
    }
    return total;
  }

  /**
   * The time at which `hours` open hours have passed since t: how a clock of working hours (an SLA
   * of "2 business days") turns into a moment. Infinity if the calendar never opens long enough.
   */
  afterOpenHours(t: number, hours: number): number {
    let left = hours;
    for (let k = this.segmentAfter(t); k < this.starts.length; k++) {
      const from = this.starts[k] > t ? this.starts[k] : t;
      const open = this.ends[k] - from;
      if (open >= left) return from + left;
      left -= open;
    }
    return Infinity;
  }
}
