import type { Calendar, Model, RosterSlot } from '../model/model.js';
import { WorkCalendar } from '../calendar/workCalendar.js';

/**
 * A human pool's roster in simulated time: how many heads are on at t, when that next changes, and
 * the hours each head is paid for. Each slot is laid out as a calendar of its own (the pool
 * calendar's zone and holidays, the slot's hours), so holidays, time zones and weeks that start on
 * any weekday work as they do for calendars.
 */
export class PoolRoster {
  private readonly slots: WorkCalendar[];
  private readonly heads: Int32Array;
  /** Open whenever a slot with heads is: the pool's calendar for opening and closing. */
  readonly calendar: WorkCalendar;

  constructor(roster: readonly RosterSlot[], base: Calendar, model: Model) {
    const slot = (week: [number, number][]): WorkCalendar =>
      new WorkCalendar({ ...base, week }, model.startWeekday, model.horizon);
    this.slots = roster.map((r) => slot([[r.start, r.end]]));
    this.heads = Int32Array.from(roster.map((r) => r.heads));
    this.calendar = slot(unionOfStaffed(roster));
  }

  /** Heads on at t (0 outside every slot and on holidays). */
  headsAt(t: number): number {
    let heads = 0;
    for (let i = 0; i < this.slots.length; i++) if (this.slots[i].isOpen(t)) heads += this.heads[i];
    return heads;
  }

  /** Earliest time > t at which some slot begins or ends; Infinity if none. */
  nextChange(t: number): number {
    let next = Infinity;
    for (let i = 0; i < this.slots.length; i++) {
      const c = this.slots[i].nextChange(t);
      if (c < next) next = c;
    }
    return next;
  }

  /** Head-hours rostered within [a, b]: each head is paid for its own slot's hours. */
  paidHours(a: number, b: number): number {
    let hours = 0;
    for (let i = 0; i < this.slots.length; i++) hours += this.heads[i] * this.slots[i].openHours(a, b);
    return hours;
  }
}

/** The hours of the week some slot with heads covers, merged where slots touch. */
function unionOfStaffed(roster: readonly RosterSlot[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of [...roster].filter((x) => x.heads > 0).sort((x, y) => x.start - y.start)) {
    const last = out[out.length - 1];
    if (last !== undefined && r.start <= last[1]) last[1] = Math.max(last[1], r.end);
    else out.push([r.start, r.end]);
  }
  return out;
}
