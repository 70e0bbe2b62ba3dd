import type { SimState } from './simState.js';
import { escalateOnEntry } from './escalations.js';

export const OUT_DONE = 0;
export const OUT_REJECTED = 1;
export const OUT_ABANDONED = 2;
export const OUT_BLOCKED = 3;

const LABELS = ['done', 'doneWithDefect', 'rejected', 'abandoned', 'blocked'];

/** An item reaches an exit node (counted as the node's arrival and completion): done (with an escaped defect if it still carries open errors) or rejected. */
export function leaveAtExit(s: SimState, item: number, node: number): void {
  if (s.now >= s.warmup) {
    s.stepStats.arrivals[node]++;
    s.stepStats.completions[node]++;
  }
  leave(s, item, s.nodes.exitIsDone[node] === 1 ? OUT_DONE : OUT_REJECTED, node);
}

/**
 * Removes an item from the system with an outcome. Open errors on a done item escape (each costs the
 * type's defectCost, charged to the function the item was last in); on any other outcome they are
 * discarded: never delivered, so neither caught nor escaped.
 */
export function leave(s: SimState, item: number, outcome: number, node: number): void {
  const typeStats = s.typeStats;
  const t = s.now;
  const items = s.items;
  const ty = items.type[item];
  let label = 0;
  if (outcome === OUT_DONE && items.openErrors[item] === 0) {
    s.totals.done++;
    if (t >= s.warmup) {
      typeStats.done[ty]++;
      const sketch = typeStats.cycleTime[ty];
      sketch.next = t - items.arrivalT[item];
      sketch.addNext();
    }
  } else {
    label = leaveOtherwise(s, item, ty, outcome, t, node);
  }
  if (items.escalated[item] === 1) escalateOnEntry(s, item, false);
  if (s.monitor !== null) s.trace('exit', item, node, -1, LABELS[label]);
  // WIP's time integral, summed per item at its exit (see results for those still in the system).
  const from = items.arrivalT[item] > s.warmup ? items.arrivalT[item] : s.warmup;
  if (t > from) typeStats.wipArea[ty] += t - from;
  // Initial work in progress (arrived before 0) done in the window: its age at 0 is part of its cycle.
  const counted = outcome === OUT_DONE && t >= s.warmup;
  if (counted && items.arrivalT[item] < 0) s.cycleLedger.beforeStartHours -= items.arrivalT[item];
  s.cycleLedger.settle(item, ty, counted);
  items.free(item);
}

/** Every outcome but a clean done, kept apart so that the common path stays small. Returns the label index. */
function leaveOtherwise(s: SimState, item: number, ty: number, outcome: number, t: number, node: number): number {
  const typeStats = s.typeStats;
  const items = s.items;
  const errs = items.openErrors[item];
  const inWindow = t >= s.warmup;
  if (outcome === OUT_DONE) {
    s.totals.doneWithDefect++;
    s.totals.errorsEscaped += errs;
    if (inWindow) {
      typeStats.doneWithDefect[ty]++;
      typeStats.cycleTime[ty].add(t - items.arrivalT[item]);
      s.quality.errorsEscaped += errs;
      const cost = errs * s.model.itemTypes[ty].defectCost;
      s.quality.escapedDefectCost += cost;
      const fn = items.lastFn[item];
      s.quality.defectCostByFunction[fn >= 0 ? fn : s.functionCount] += cost;
      s.quality.defectCostByType[ty] += cost;
    }
    return 1;
  }
  s.totals.errorsDiscarded += errs;
  if (inWindow) s.quality.errorsDiscarded += errs;
  if (outcome === OUT_REJECTED) {
    s.totals.rejected++;
    if (inWindow) typeStats.rejected[ty]++;
    return 2;
  }
  if (inWindow) chargeLostWork(s, item, ty, node);
  if (outcome === OUT_ABANDONED) {
    s.totals.abandoned++;
    if (inWindow) typeStats.abandoned[ty]++;
    return 3;
  }
  s.totals.blocked++;
  if (inWindow) typeStats.blocked[ty]++;
  return 4;
}

/** A lost item's abandonCost, charged to the function of the node where it was lost (else the item's last function). */
function chargeLostWork(s: SimState, item: number, ty: number, node: number): void {
  const cost = s.model.itemTypes[ty].abandonCost ?? 0;
  if (cost === 0) return;
  const fn = node >= 0 && s.nodes.functionIndex[node] >= 0 ? s.nodes.functionIndex[node] : s.items.lastFn[item];
  s.quality.lostCostByFunction[fn >= 0 ? fn : s.functionCount] += cost;
}
