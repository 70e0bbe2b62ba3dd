import type { SimState } from './simState.js';

/**
 * Errors are made per completed task, with the serving pool's rate for the item type (or the step's
 * override), drawn from the step's `error:<step>` stream. A node with rework tries to detect the
 * item's open errors (one draw from `detect:<node>` on every pass, so the stream stays aligned
 * across designs); if caught, all open errors count as caught.
 * Conservation: made = caught + escaped + discarded + open at the end.
 */
export function makeError(s: SimState, item: number, server: number, node: number): void {
  const servers = s.servers;
  const u = s.errors.makeStream[node];
  if (u === null) return;
  if (u() < servers.errorRate[server * servers.typeCount + s.items.type[item]]) {
    s.items.openErrors[item]++;
    s.totals.errorsMade++;
    if (s.now >= s.warmup) s.quality.errorsMade++;
    if (s.monitor !== null) s.trace('error', item, node, servers.pool[server]);
  }
}

/** Returns the node to send the item back to (rework or exceeded), or -1 to route on normally. */
export function detectErrors(s: SimState, item: number, node: number): number {
  const t = s.now;
  const errors = s.errors;
  const items = s.items;
  const draw = errors.detectStream[node]!();
  const open = items.openErrors[item];
  if (open === 0 || draw >= errors.detectProbability[node]) return -1;
  items.openErrors[item] = 0;
  s.totals.errorsCaught += open;
  const inWindow = t >= s.warmup;
  if (inWindow) s.quality.errorsCaught += open;
  if (items.reworkRounds[item] >= errors.maxRounds[node]) {
    items.reworkNode[item] = -1;
    if (s.monitor !== null) s.trace('caught', item, node, -1, 'exceeded');
    return errors.exceededTo[node];
  }
  items.reworkRounds[item]++;
  items.reworkNode[item] = node;
  if (inWindow) s.quality.reworkRounds++;
  if (s.monitor !== null) s.trace('caught', item, node, -1, 'rework');
  return errors.reworkTo[node];
}
