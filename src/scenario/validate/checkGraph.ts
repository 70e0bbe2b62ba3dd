// Graph checks over the flow: every node must be able to reach an exit, and gates must not
// form a cycle among themselves (an item would loop forever in zero simulated time).

import { nodeEdges, type Edge } from './routeTargets.js';
import { rec, type Checks } from './checks.js';

export function checkGraph(c: Checks): void {
  const steps = rec(c.doc.steps);
  const ids = Object.keys(steps).sort();
  const edges = new Map<string, Edge[]>();
  // Nodes with a broken or unknown route (reported elsewhere) are given the benefit of the doubt.
  const doubtful = new Set<string>();
  for (const id of ids) {
    const all = nodeEdges(id, steps[id]);
    const next = rec(steps[id]).next;
    if (all.some((e) => !Object.hasOwn(steps, e.to)) || (next !== undefined && all.every((e) => e.via !== 'next')))
      doubtful.add(id);
    // A branch of probability 0 is never taken: it is no way out of a loop (nor part of one).
    edges.set(
      id,
      all.filter((e) => Object.hasOwn(steps, e.to) && e.never !== true),
    );
  }

  // Reverse search from the exits: which nodes can reach one.
  const reaches = new Set<string>(ids.filter((id) => rec(steps[id]).kind === 'exit' || doubtful.has(id)));
  const incoming = new Map<string, string[]>();
  for (const [from, es] of edges) for (const e of es) incoming.set(e.to, [...(incoming.get(e.to) ?? []), from]);
  const stack = [...reaches];
  while (stack.length > 0) {
    for (const from of incoming.get(stack.pop()!) ?? []) {
      if (!reaches.has(from)) {
        reaches.add(from);
        stack.push(from);
      }
    }
  }
  if (ids.length > 0 && !ids.some((id) => rec(steps[id]).kind === 'exit'))
    c.add('steps', 'no exit is declared: add a step with kind: exit');
  else {
    for (const id of ids) {
      if (!reaches.has(id))
        c.add(`steps.${id}`, `no exit can be reached from "${id}": every route from it leads back into a loop`);
    }
  }

  // Cycles made only of gates following their `next` routes (iterative depth-first search).
  const isGate = (id: string): boolean => rec(steps[id]).kind === 'gate';
  const state = new Map<string, 'open' | 'done'>();
  for (const start of ids.filter(isGate)) {
    if (state.has(start)) continue;
    const path: string[] = [];
    const work: { id: string; i: number }[] = [{ id: start, i: 0 }];
    state.set(start, 'open');
    path.push(start);
    while (work.length > 0) {
      const top = work[work.length - 1];
      const next = (edges.get(top.id) ?? []).filter((e) => e.via === 'next' && isGate(e.to));
      if (top.i >= next.length) {
        state.set(top.id, 'done');
        work.pop();
        path.pop();
        continue;
      }
      const e = next[top.i++];
      const s = state.get(e.to);
      if (s === 'open') {
        const cycle = [...path.slice(path.indexOf(e.to)), e.to];
        c.add(
          e.path,
          `gates form a loop that takes no time: ${cycle.join(' -> ')}; put a work step or forum in the loop`,
        );
      } else if (s === undefined) {
        state.set(e.to, 'open');
        path.push(e.to);
        work.push({ id: e.to, i: 0 });
      }
    }
  }
}

/** Nodes an item of a type entering at `entry` might visit (ignoring conditions and probabilities). */
export function reachableFrom(doc: Record<string, unknown>, entry: string): Set<string> {
  const steps = rec(doc.steps);
  const seen = new Set<string>();
  const stack = Object.hasOwn(steps, entry) ? [entry] : [];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const e of nodeEdges(id, steps[id])) if (Object.hasOwn(steps, e.to) && !seen.has(e.to)) stack.push(e.to);
  }
  return seen;
}
