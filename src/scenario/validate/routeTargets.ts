// Where a node can send an item, with the path of each reference: the edges of the flow graph.

import { arr, isRec, rec } from './checks.js';

export interface Edge {
  path: string;
  to: string;
  /** 'next' edges are taken immediately at a gate; the others involve a queue or a rework round. */
  via: 'next' | 'overflow' | 'rework' | 'sla';
  /** A branch of probability 0: a reference to check, but no item ever takes it. */
  never?: true;
}

/** Routing rules nest at most this deep (the rule in `next` is level 1); validation says so beyond it. */
export const MAX_ROUTE_DEPTH = 8;

/** Every step a route can send an item to, nested rules included, each with its full path. */
export function routeTargets(path: string, next: unknown, depth = 1): Edge[] {
  if (typeof next === 'string') return [{ path, to: next, via: 'next' }];
  if (!isRec(next) || depth > MAX_ROUTE_DEPTH) return [];
  const out: Edge[] = [];
  if (Array.isArray(next.split)) {
    next.split.forEach((b, i) => {
      const edges = routeTargets(`${path}.split.${i}.to`, rec(b).to, depth + 1);
      // A branch of probability 0 is never taken, nor is anything nested in it.
      out.push(...(rec(b).p === 0 ? edges.map((e) => ({ ...e, never: true as const })) : edges));
    });
  }
  if (isRec(next.p)) {
    for (const k of Object.keys(next.p))
      out.push({ path: `${path}.p.${k}`, to: k, via: 'next', ...(next.p[k] === 0 ? { never: true as const } : {}) });
  }
  if (Array.isArray(next.when)) {
    next.when.forEach((b, i) => out.push(...routeTargets(`${path}.when.${i}.to`, rec(b).to, depth + 1)));
    out.push(...routeTargets(`${path}.otherwise`, next.otherwise, depth + 1));
  }
  if (isRec(next.thresholds)) {
    arr(next.thresholds.to).forEach((to, i) => out.push(...routeTargets(`${path}.thresholds.to.${i}`, to, depth + 1)));
  }
  return out;
}

/** Every edge out of node `id`. */
export function nodeEdges(id: string, node: unknown): Edge[] {
  const n = rec(node);
  const base = `steps.${id}`;
  const out = routeTargets(`${base}.next`, n.next);
  const q = rec(n.queue);
  if (typeof q.overflow === 'string') out.push({ path: `${base}.queue.overflow`, to: q.overflow, via: 'overflow' });
  const rw = rec(n.rework);
  if (typeof rw.to === 'string') out.push({ path: `${base}.rework.to`, to: rw.to, via: 'rework' });
  if (typeof rw.exceeded === 'string') out.push({ path: `${base}.rework.exceeded`, to: rw.exceeded, via: 'rework' });
  const sla = rec(n.sla);
  if (typeof sla.escalateTo === 'string') out.push({ path: `${base}.sla.escalateTo`, to: sla.escalateTo, via: 'sla' });
  return out;
}
