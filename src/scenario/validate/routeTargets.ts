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

export function routeTargets(path: string, next: unknown): Edge[] {
  if (typeof next === 'string') return [{ path, to: next, via: 'next' }];
  if (!isRec(next)) return [];
  const out: Edge[] = [];
  if (isRec(next.p)) {
    for (const k of Object.keys(next.p))
      out.push({ path: `${path}.p.${k}`, to: k, via: 'next', ...(next.p[k] === 0 ? { never: true as const } : {}) });
  }
  if (Array.isArray(next.when)) {
    next.when.forEach((b, i) => {
      const to = rec(b).to;
      if (typeof to === 'string') out.push({ path: `${path}.when.${i}.to`, to, via: 'next' });
    });
    if (typeof next.otherwise === 'string') out.push({ path: `${path}.otherwise`, to: next.otherwise, via: 'next' });
  }
  if (isRec(next.thresholds)) {
    arr(next.thresholds.to).forEach((to, i) => {
      if (typeof to === 'string') out.push({ path: `${path}.thresholds.to.${i}`, to, via: 'next' });
    });
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
