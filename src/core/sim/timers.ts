import { K_FORUM, type SimState } from './simState.js';
import { takeFromQueue } from './stepService.js';
import { leave, OUT_ABANDONED } from './outcomes.js';
import { moveTo } from './flow.js';
import { countEscalation } from './escalations.js';

/** Patience ran out while waiting in one queue: the item abandons. `seq` must match the item's pending timer. */
export function abandon(s: SimState, item: number, seq: number, t: number): void {
  const items = s.items;
  if (items.patienceSeq[item] !== seq) return;
  const node = items.node[item];
  takeFromQueue(s, item, node, t);
  if (t >= s.warmup) s.stAbandoned[node]++;
  if (s.monitor !== null) s.trace('abandon', item, node);
  leave(s, item, OUT_ABANDONED, node, t);
}

/** Waited past the step's SLA: taken out of the queue and sent to the SLA's escalation node. */
export function breachSla(s: SimState, item: number, seq: number, t: number): void {
  const items = s.items;
  if (items.slaSeq[item] !== seq) return;
  const node = items.node[item];
  takeFromQueue(s, item, node, t);
  if (t >= s.warmup) s.stSla[node]++;
  if (s.monitor !== null) s.trace('sla', item, node);
  const to = s.slaTo[node];
  // Entering an escalation step or a forum counts the escalation there.
  if (!(s.escalation[to] === 1 || s.nodeKind[to] === K_FORUM)) countEscalation(s, t);
  moveTo(s, item, to, t);
}
