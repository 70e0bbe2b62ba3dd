import type { SimState } from './simState.js';

/**
 * Escalations are counted once, where they start: on entering an escalation step (served only by
 * executives) or a forum, or on an SLA breach whose target is neither (see timers.ts).
 */
export function countEscalation(s: SimState, t: number): void {
  s.totals.escalations++;
  if (t >= s.warmup) s.escalationsWindow++;
}
