// What the diagram says about a node: the short line under its name, and the full details shown
// in the details panel when the node is focused or clicked (never only on hover).
import type { Model, Node } from '../../src/core/index.js';
import { formatCount, formatDuration, formatPercent, formatPerWeek } from '../charts/format.js';
import type { DiagramOverlay } from './drawDiagram.js';

export function subtitle(d: Node, model: Model): string {
  if (d.kind === 'step') {
    const names = [...new Set(d.servers.map((s) => model.pools[s.pool]?.id ?? '?'))];
    return d.escalation ? `decides: ${names.join(', ')}` : `by ${names.join(', ')}`;
  }
  if (d.kind === 'forum') {
    const every = d.schedule.kind === 'dated' ? 'on calendar dates' : `every ${formatDuration(d.schedule.every)}`;
    return `${every}${d.chair >= 0 ? ` · chair ${model.pools[d.chair]?.id}` : ''}`;
  }
  if (d.kind === 'exit') return '';
  return 'gate';
}

export function arrivalText(a: Model['itemTypes'][number]['arrivals']): string {
  if (a.kind === 'poisson') return formatPerWeek(a.ratePerHour * 168);
  if (a.kind === 'weekly') return formatPerWeek(a.ratePerHour.reduce((x, y) => x + y, 0));
  return `${a.size} every ${formatDuration(a.every)}`;
}

/** Arrivals into each entry node, as `ticket 840/wk, deal 20/wk`. */
export function arrivalsByEntry(model: Model): Map<number, string> {
  const out = new Map<number, string[]>();
  for (const t of model.itemTypes)
    out.set(t.entry, [...(out.get(t.entry) ?? []), `${t.id} ${arrivalText(t.arrivals)}`]);
  return new Map([...out].map(([k, v]) => [k, v.join(', ')]));
}

export function details(
  d: Node,
  model: Model,
  s: DiagramOverlay['steps'][string] | undefined,
  routes: string[],
  budget: ExecutiveBudget | null = null,
): string[] {
  const lines = [`${d.kind} ${d.id}${d.fn >= 0 ? ` (${model.functions[d.fn]})` : ''}`];
  if (d.kind === 'step')
    for (const sv of d.servers) {
      const p = model.pools[sv.pool];
      lines.push(`served by ${p.id} (${p.kind}, ${p.capacity} ${p.kind === 'agent' ? 'concurrent' : 'people'})`);
    }
  if (d.kind === 'exit') lines.push(`outcome: ${d.outcome}`);
  if (d.kind === 'forum') lines.push(`decides up to ${d.perSession} per session`);
  const arrivals = arrivalsByEntry(model).get(model.nodes.indexOf(d));
  if (arrivals) lines.push(`arrivals: ${arrivals}`);
  if (s)
    lines.push(
      `${
        budget !== null
          ? `${formatPercent(budget.use)} of ${budget.executive}'s weekly decision budget used, `
          : Number.isFinite(s.utilisation)
            ? `utilisation ${formatPercent(s.utilisation)}, `
            : ''
      }mean queue ${formatCount(s.queueMean)}, arrivals ${formatPerWeek(s.arrivalsPerWeek)}`,
    );
  return [...lines, ...routes];
}

/** The executive who decides at a step, and the share of its weekly decision budget the run used. */
export interface ExecutiveBudget {
  executive: string;
  use: number;
}

/**
 * The budget use of the executive who decides at step d (its first, preferred pool, where the run
 * counts the executive's demand too: ExecutiveFigures); null when d is not an executive's step or the
 * executive has no budget. An executive's step is shown by it rather than by a share of the diary.
 */
export function executiveBudgetAt(d: Node, model: Model, overlay: DiagramOverlay): ExecutiveBudget | null {
  if (d.kind !== 'step' || d.servers.length === 0) return null;
  const pool = model.pools[d.servers[0].pool];
  const use = pool.kind === 'executive' ? overlay.executives[pool.id]?.budgetUse : undefined;
  return use !== undefined && Number.isFinite(use) ? { executive: pool.id, use } : null;
}
