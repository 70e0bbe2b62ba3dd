import { CLASS_HANDOFF, EV_HANDOFF } from './eventOrder.js';
import type { SimState } from './simState.js';
import { NODE_EXIT, NODE_FORUM, NODE_GATE, NODE_STEP } from './nodeTable.js';
import { SimulationLimitError } from './simulationLimitError.js';
import { enterStep } from './stepService.js';
import { holdAtForum } from './forums.js';
import { detectErrors } from './errorsAndRework.js';
import { leaveAtExit } from './outcomes.js';

/**
 * Zero-time hops one item may make at one instant before it is taken for a routing cycle. Counted per
 * item (ItemStore.hops), so that two or a thousand items taking turns around a loop are caught too.
 */
export const MAX_HOPS_PER_INSTANT = 1000;

/**
 * Moves an item to node `to`. Crossing from one function to another applies the first matching
 * handoff (exact from/to, else one with "any"): the item is in transit and arrives later.
 */
export function moveTo(s: SimState, item: number, to: number): void {
  const t = s.now;
  const fnTo = s.nodes.functionIndex[to];
  const from = s.items.lastFn[item];
  if (fnTo >= 0 && from >= 0 && fnTo !== from) {
    const handoffs = s.handoffs;
    const h = handoffs.index[from * handoffs.functionCount + fnTo];
    if (h >= 0) {
      const delay = handoffs.delay[h]();
      s.items.node[item] = to;
      s.eventQueue.at = t + delay;
      s.eventQueue.pushAt(CLASS_HANDOFF, EV_HANDOFF, item);
      s.cycleLedger.handoff(item, delay);
      if (s.monitor !== null) s.trace('handoff', item, to, -1, String(delay));
      return;
    }
  }
  enterNode(s, item, to);
}

export function enterNode(s: SimState, item: number, node: number): void {
  const t = s.now;
  const items = s.items;
  if (items.hopT[item] === t) {
    if (++items.hops[item] > MAX_HOPS_PER_INSTANT) throw routingCycle(s, item, node, t);
  } else {
    items.hopT[item] = t;
    items.hops[item] = 1;
  }
  const nodes = s.nodes;
  items.node[item] = node;
  const fn = nodes.functionIndex[node];
  // Staying in the same function needs no bookkeeping: it was touched when the item entered it.
  if (fn >= 0 && fn !== items.lastFn[item]) {
    items.lastFn[item] = fn;
    items.touch(item, fn);
  }
  switch (nodes.kind[node]) {
    case NODE_STEP:
      enterStep(s, item, node);
      return;
    case NODE_GATE:
      passGate(s, item, node);
      return;
    case NODE_FORUM:
      holdAtForum(s, item, node, t);
      return;
    case NODE_EXIT:
      leaveAtExit(s, item, node);
      return;
  }
}

/** A gate takes no time: counted as arrived and completed, then detection and routing (leaveNode). */
function passGate(s: SimState, item: number, node: number): void {
  if (s.now >= s.warmup) {
    s.stepStats.arrivals[node]++;
    s.stepStats.completions[node]++;
  }
  s.cycleLedger.visit(item, node, 0, 0);
  leaveNode(s, item, node);
}

// Kept out of enterNode so that the hot function stays small enough to inline.
function routingCycle(s: SimState, item: number, node: number, t: number): SimulationLimitError {
  return new SimulationLimitError(
    `Routing cycle: item ${s.items.serial[item]} (${s.model.itemTypes[s.items.type[item]].id}) passed ` +
      `${MAX_HOPS_PER_INSTANT} zero-time nodes at simulated time ${t} h, last at '${s.model.nodes[node].id}'. ` +
      `Gates and routes form a loop with no step that takes time; route the loop through a work step or an exit.`,
  );
}

/** After a node is done with an item: error detection (may send it back), then routing. */
export function leaveNode(s: SimState, item: number, node: number): void {
  const nodes = s.nodes;
  const t = s.now;
  if (s.errors.detectProbability[node] >= 0) {
    const back = detectErrors(s, item, node);
    if (back >= 0) {
      moveTo(s, item, back);
      return;
    }
  }
  if (s.items.reworkNode[item] === node) s.items.reworkNode[item] = -1;
  const fixed = nodes.fixedNext[node];
  const to = fixed >= 0 ? fixed : nodes.router[node]!(s.items, item);
  moveTo(s, item, to);
}
