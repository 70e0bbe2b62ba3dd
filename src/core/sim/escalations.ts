import type { SimState } from './simState.js';

/**
 * Escalations are counted once each: on entering an escalation step (served only by executives) or a
 * forum. An SLA breach marks the item, and the mark is counted (once) at the next step or forum it
 * enters, whatever its kind, or when it leaves the system: so breach -> gate -> executive is one
 * escalation, and a breach still in transit at the horizon is counted with its arrival, never.
 */
export function countEscalation(s: SimState, t: number): void {
  s.totals.escalations++;
  if (t >= s.warmup) s.quality.escalations++;
}

/** On entering a step or forum (escalates: an escalation step or forum), or leaving with escalates false. */
export function escalateOnEntry(s: SimState, item: number, escalates: boolean): void {
  if (s.items.escalated[item] === 1) {
    s.items.escalated[item] = 0;
    countEscalation(s, s.now);
  } else if (escalates) {
    countEscalation(s, s.now);
  }
}
