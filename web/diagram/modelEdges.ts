// Every arrow of the diagram, read from the compiled model: routes, rework loops, rework
// limits, queue overflows and SLA escalations.
import type { Model, Route, RouteTarget } from '../../src/core/index.js';
import { formatDuration } from '../charts/format.js';
import { describeCondition } from './describeCondition.js';

export interface Edge {
  from: number;
  to: number;
  kind: 'route' | 'rework' | 'exceeded' | 'overflow' | 'sla';
  label: string;
}

export function modelEdges(model: Model): Edge[] {
  const edges: Edge[] = [];
  model.nodes.forEach((node, from) => {
    if (node.next)
      for (const b of routeBranches(node.next, model)) edges.push({ from, to: b.to, kind: 'route', label: b.label });
    if (node.rework) {
      edges.push({
        from,
        to: node.rework.to,
        kind: 'rework',
        label: `rework if caught (${Math.round(node.rework.detect * 100)}%)`,
      });
      edges.push({ from, to: node.rework.exceeded, kind: 'exceeded', label: `after ${node.rework.maxRounds} rounds` });
    }
    if (node.kind === 'step') {
      if (node.overflow >= 0)
        edges.push({ from, to: node.overflow, kind: 'overflow', label: `queue full (${node.queueCapacity})` });
      if (node.sla)
        edges.push({ from, to: node.sla.to, kind: 'sla', label: `SLA: waited > ${formatDuration(node.sla.limit)}` });
    }
  });
  // Merge duplicates (same pair and kind), keeping every label.
  const merged = new Map<string, Edge>();
  for (const e of edges) {
    const k = `${e.from}>${e.to}>${e.kind}`;
    const m = merged.get(k);
    if (m) m.label = [m.label, e.label].filter(Boolean).join('; ');
    else merged.set(k, { ...e });
  }
  return [...merged.values()];
}

/** Each way out of a route with the rule that leads there; a nested rule's label follows its parent's ("otherwise, then risk < 0.3"). */
function routeBranches(r: Route, model: Model): { to: number; label: string }[] {
  const out: { to: number; label: string }[] = [];
  const add = (to: RouteTarget, label: string): void => {
    if (typeof to === 'number') out.push({ to, label });
    else
      for (const b of routeBranches(to, model))
        out.push({ to: b.to, label: b.label ? `${label}, then ${b.label}` : label });
  };
  if (r.kind === 'fixed') add(r.to, '');
  else if (r.kind === 'probabilistic') for (const b of r.branches) add(b.to, `${Math.round(b.p * 1000) / 10}%`);
  else if (r.kind === 'conditional') {
    for (const b of r.branches) add(b.to, describeCondition(b.when, model));
    add(r.otherwise, 'otherwise');
  } else {
    const attr = model.attributes[r.attr] ?? '?';
    r.to.forEach((to, i) => {
      const lo = r.cuts[i - 1];
      const hi = r.cuts[i];
      const label =
        lo === undefined ? `${attr} < ${hi}` : hi === undefined ? `${attr} ≥ ${lo}` : `${lo} ≤ ${attr} < ${hi}`;
      add(to, label);
    });
  }
  return out;
}
