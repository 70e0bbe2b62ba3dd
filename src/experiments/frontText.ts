import type { SweepPoint } from './sweepReport.js';

/**
 * A sweep point's standing on the Pareto front in words, as the CLI's table and the page's say it.
 * A point on the front whose runs raised warnings says so, where a reader picks from the front: an
 * overloaded point can be optimal on cost because its backlog is neither done nor counted. A
 * dominated point names the point that dominates it (one that raised no warning where there is one:
 * paretoWithConfidence) and says when that point raised warnings, as every point dominating it then
 * did. `label` names a point: its index in the CLI, its parameter values on the page.
 */
export function frontText(p: SweepPoint, points: readonly SweepPoint[], label: (p: SweepPoint) => string): string {
  if (p.front !== 'dominated') return `${p.front}${p.warnings.length > 0 ? ', with warnings' : ''}`;
  const by = p.dominatedBy === null ? undefined : points[p.dominatedBy];
  return by ? `dominated by ${label(by)}${by.warnings.length > 0 ? ', which has warnings' : ''}` : 'dominated';
}
