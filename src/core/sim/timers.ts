import type { SimState } from './simState.js';
import { takeFromQueue } from './stepService.js';
import { leave, OUT_ABANDONED } from './outcomes.js';
import { moveTo } from './flow.js';

/** Patience ran out while waiting in one queue: the item abandons. `seq` must match the item's pending timer. */
export function abandon(s: SimState, item: number, seq: number, t: number): void {
  const items = s.items;
  if (items.patienceSeq[item] !== seq) return;
  const node = items.node[item];
  takeFromQueue(s, item, node);
  if (t >= s.warmup) s.stepStats.abandoned[node]++;
  if (s.monitor !== null) s.trace('abandon', item, node);
  leave(s, item, OUT_ABANDONED, node);
}

/** Waited past the step's SLA: taken out of the queue and sent to the SLA's escalation node. */
export function breachSla(s: SimState, item: number, seq: number, t: number): void {
  const items = s.items;
  if (items.slaSeq[item] !== seq) return;
  const node = items.node[item];
  takeFromQueue(s, item, node);
  if (t >= s.warmup) {
    s.stepStats.slaBreaches[node]++;
    chargeSlaPenalty(s, item, node);
  }
  if (s.monitor !== null) s.trace('sla', item, node);
  items.escalated[item] = 1; // counted where it lands (escalations.ts)
  s.cycleLedger.visit(item, node, t - items.enqT[item], 0);
  moveTo(s, item, s.steps.slaTo[node]);
}

/** The step's SLA breach penalty, by the step's function and the item's type. */
function chargeSlaPenalty(s: SimState, item: number, node: number): void {
  const step = s.model.nodes[node];
  const penalty = step.kind === 'step' && step.sla !== null ? (step.sla.penalty ?? 0) : 0;
  if (penalty === 0) return;
  const fn = s.nodes.functionIndex[node];
  s.quality.slaPenaltyByFunction[fn >= 0 ? fn : s.functionCount] += penalty;
  s.quality.slaPenaltyByType[s.items.type[item]] += penalty;
}
