// The order of simultaneous events, in one place. The event queue orders by (time, class, seq):
// at equal times a lower class goes first, and within a class the event scheduled first goes first.
//
//   0 TIMELINE    the timeline's dated changes: before anything else at their instant, so a pool that
//                 opens (or an executive's budget week that renews) at the instant its headcount changes
//                 starts work with the new headcount, and an item arriving then meets it.
//   1 CALENDAR    pool opens/closes, rate-limit windows and weekly budgets reset, a new reporting
//                 period: everything else at that instant sees the new state (and counts in the
//                 period that begins then).
//   2 COMPLETION  service completions: a freed server is reused at the same instant.
//   3 HANDOFF     items arriving from a handoff delay.
//   4 TIMER       SLA breaches and patience (abandonment): a completion or a start at the same instant
//                 wins over a timer, so an item that starts service exactly at its patience stays.
//   5 FORUM       forum sessions.
//   6 ARRIVAL     external arrivals (new items).
//   7 SAMPLE      over-time series samples: they see the state after everything at that instant.

export const CLASS_TIMELINE = 0;
export const CLASS_CALENDAR = 1;
export const CLASS_COMPLETION = 2;
export const CLASS_HANDOFF = 3;
export const CLASS_TIMER = 4;
export const CLASS_FORUM = 5;
export const CLASS_ARRIVAL = 6;
export const CLASS_SAMPLE = 7;

/** Event kinds (what to do), each belonging to one class above. */
export const EV_POOL_CHANGE = 0; // CALENDAR, payload = pool
export const EV_POOL_WAKE = 1; // CALENDAR, payload = pool (rate-limit window or weekly budget renewed)
export const EV_COMPLETION = 2; // COMPLETION, payload = item
export const EV_HANDOFF = 3; // HANDOFF, payload = item
export const EV_PATIENCE = 4; // TIMER, payload = item
export const EV_SLA = 5; // TIMER, payload = item
export const EV_FORUM = 6; // FORUM, payload = node
export const EV_ARRIVAL = 7; // ARRIVAL, payload = item type
export const EV_SAMPLE = 8; // SAMPLE, payload unused
export const EV_TIMELINE = 9; // TIMELINE, payload = index of the change in the timeline
export const EV_PERIOD = 10; // CALENDAR, payload = index of the period that begins
