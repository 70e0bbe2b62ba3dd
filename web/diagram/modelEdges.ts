// Every arrow of the diagram, read from the compiled model: routes, rework loops, rework
// limits, queue overflows and SLA escalations.
import type { Model } from '../../src/core/index.js';
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
    const r = node.next;
    if (r) {
      if (r.kind === 'fixed') edges.push({ from, to: r.to, kind: 'route', label: '' });
      else if (r.kind === 'probabilistic')
        for (const b of r.branches)
          edges.push({ from, to: b.to, kind: 'route', label: `${Math.round(b.p * 1000) / 10}%` });
      else if (r.kind === 'conditional') {
        for (const b of r.branches)
          edges.push({ from, to: b.to, kind: 'route', label: describeCondition(b.when, model) });
        edges.push({ from, to: r.otherwise, kind: 'route', label: 'otherwise' });
      } else {
        const attr = model.attributes[r.attr] ?? '?';
        r.to.forEach((to, i) => {
          const lo = r.cuts[i - 1];
          const hi = r.cuts[i];
          const label =
            lo === undefined ? `${attr} < ${hi}` : hi === undefined ? `${attr} ≥ ${lo}` : `${lo} ≤ ${attr} < ${hi}`;
          edges.push({ from, to, kind: 'route', label });
        });
      }
    }
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
