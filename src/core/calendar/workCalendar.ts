import type { Calendar } from '../model/model.js';

/**
 * A working calendar in simulated time: open or closed at t, the next opening and closing, and
 * open hours in an interval. Local time is L = t + offsetHours, so day d (for holidays) is
 * [24d, 24d + 24) in L and time 0 falls on weekday `startWeekday` (0 = Monday). The weekly open
 * intervals minus holidays give raw open pieces; adjacent pieces (Sunday 24:00 = Monday 00:00)
 * are merged, so a calendar open across midnight has no spurious close/open at midnight.
 * Everything is computed up to `until` (simulated hours); beyond it the calendar answers as if
 * nothing changed again, which is all a run of that horizon needs.
 */
export class WorkCalendar {
  private readonly week: [number, number][];
  private readonly holidays: Set<number>;
  private readonly offset: number;
  /** L of the Monday 00:00 on or before L = 0. */
  private readonly weekOrigin: number;
  private readonly untilL: number;

  constructor(cal: Calendar, startWeekday: number, until: number) {
    this.week = cal.week.filter(([a, b]) => b > a);
    this.holidays = new Set(cal.holidays);
    this.offset = cal.offsetHours;
    // At L = 0 the weekday is startWeekday only if the offset keeps the same date; the calendar's
    // week hour is (L + 24 startWeekday) mod 168 by definition of Model.startWeekday.
    this.weekOrigin = -24 * startWeekday;
    this.untilL = until + this.offset + 1;
  }

  /** The merged open segment [s, e) in local time containing L or the first one after it; null if none before `until`. */
  private segmentAtOrAfter(L: number): [number, number] | null {
    const first = this.rawPieceAtOrAfter(L);
    if (first === null) return null;
    let [s, e] = first;
    while (e < this.untilL) {
      const next = this.rawPieceAtOrAfter(e);
      if (next === null || next[0] > e) break;
      e = next[1];
    }
    if (e >= this.untilL) e = Infinity;
    return [s, e];
  }

  /** The first weekly interval piece, cut by holidays, that ends after L. */
  private rawPieceAtOrAfter(L: number): [number, number] | null {
    if (this.week.length === 0) return null;
    let w = Math.floor((L - this.weekOrigin) / 168);
    for (; ; w++) {
      const base = this.weekOrigin + 168 * w;
      if (base > this.untilL) return null;
      for (const [a, b] of this.week) {
        const s = base + a;
        const e = base + b;
        if (e <= L) continue;
        const piece = this.firstNonHolidayPiece(s, e, L);
        if (piece !== null) return piece;
      }
    }
  }

  /** Within [s, e), the first sub-interval outside holidays that ends after L. */
  private firstNonHolidayPiece(s: number, e: number, L: number): [number, number] | null {
    if (this.holidays.size === 0) return [s, e];
    let cur = s;
    while (cur < e) {
      const day = Math.floor(cur / 24);
      const dayEnd = Math.min(e, 24 * (day + 1));
      if (this.holidays.has(day)) {
        cur = dayEnd;
        continue;
      }
      // Extend over following non-holiday days within [s, e).
      let end = dayEnd;
      while (end < e && !this.holidays.has(Math.floor(end / 24))) end = Math.min(e, end + 24);
      if (end > L) return [cur, end];
      cur = end;
    }
    return null;
  }

  isOpen(t: number): boolean {
    const L = t + this.offset;
    const seg = this.segmentAtOrAfter(L);
    return seg !== null && seg[0] <= L;
  }

  /** Earliest time >= t at which the calendar is open; Infinity if never (before `until`). */
  nextOpen(t: number): number {
    const L = t + this.offset;
    const seg = this.segmentAtOrAfter(L);
    if (seg === null) return Infinity;
    return seg[0] <= L ? t : seg[0] - this.offset;
  }

  /** Earliest time >= t at which the calendar is closed; t itself when closed at t; Infinity if open to `until`. */
  nextClose(t: number): number {
    const L = t + this.offset;
    const seg = this.segmentAtOrAfter(L);
    if (seg === null || seg[0] > L) return t;
    return seg[1] - this.offset;
  }

  /** Earliest time > t at which open/closed changes; Infinity if none before `until`. */
  nextChange(t: number): number {
    return this.isOpen(t) ? this.nextClose(t) : this.nextOpen(t);
  }

  /** Open hours within [a, b]. */
  openHours(a: number, b: number): number {
    let total = 0;
    let t = a;
    while (t < b) {
      const L = t + this.offset;
      const seg = this.segmentAtOrAfter(L);
      if (seg === null) break;
      const s = Math.max(seg[0] - this.offset, t);
      if (s >= b) break;
      const e = Math.min(seg[1] - this.offset, b);
      total += e - s;
      t = e;
    }
    return total;
  }
}
