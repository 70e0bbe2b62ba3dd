import type { DesignReport } from './designReport.js';
import { metricInfo } from './headline.js';
import type { Difference } from './pairedDifference.js';

export interface Explanation {
  design: string;
  metric: string;
  text: string;
}

interface Move {
  text: string;
  size: number;
}

/**
 * explainDifferences(design, base, variant, differences): one sentence per headline metric that
 * changed significantly, naming the steps, pools and executives whose wait, utilisation, escalations
 * or cost moved most, and whether the busiest pool (the bottleneck) changed. Per-pool and
 * per-executive headline keys are covered by the sentences of the overall metrics, so they get none.
 */
export function explainDifferences(
  design: string,
  base: DesignReport,
  variant: DesignReport,
  differences: Record<string, Difference>,
): Explanation[] {
  const out: Explanation[] = [];
  for (const [metric, diff] of Object.entries(differences)) {
    if (!diff.significant || metric.includes(':')) continue;
    const info = metricInfo(metric);
    const b = base.headline[metric]?.mean ?? 0;
    const v = variant.headline[metric]?.mean ?? 0;
    const pct = diff.relative === null ? '' : ` ${fmt(Math.abs(diff.relative) * 100)}%`;
    const head =
      `${capitalise(info.label)} ${diff.mean > 0 ? 'rose' : 'fell'}${pct} in ${design} ` +
      `(${fmtUnit(b, info.unit)} -> ${fmtUnit(v, info.unit)}, difference ${signed(diff.mean)} ± ${fmt(diff.half)}).`;
    const moves = movesFor(metric, base, variant);
    const parts = [head];
    if (moves.length > 0) parts.push(`Largest moves: ${moves.map((m) => m.text).join('; ')}.`);
    const shift = bottleneckShift(base, variant);
    if (shift) parts.push(shift);
    out.push({ design, metric, text: parts.join(' ') });
  }
  return out;
}

/** The figures that plausibly drive each metric: waits and utilisation for flow, cost by function for cost... */
function movesFor(metric: string, base: DesignReport, variant: DesignReport): Move[] {
  switch (metric) {
    case 'costPerOutcome':
      return [...costMoves(base, variant), ...poolCostMoves(base, variant)];
    case 'escalationsPerWeek':
      return [...executiveMoves(base, variant), ...slaMoves(base, variant)];
    case 'escapedDefects':
      return [...qualityMoves(base, variant), ...poolMoves(base, variant).slice(0, 1)];
    default:
      return [...stepWaitMoves(base, variant), ...poolMoves(base, variant)];
  }
}

function top(moves: Move[], count: number): Move[] {
  return moves
    // Below 0.005 a change prints as 0.00: not worth naming.
    .filter((m) => m.size >= 0.005)
    .sort((a, b) => b.size - a.size)
    .slice(0, count);
}

function stepWaitMoves(base: DesignReport, variant: DesignReport): Move[] {
  const moves: Move[] = [];
  for (const [id, step] of Object.entries(variant.steps)) {
    const before = base.steps[id]?.wait.mean.mean;
    if (before === undefined || step.kind !== 'step') continue;
    const after = step.wait.mean.mean;
    moves.push({ text: `wait at ${id} ${signed(after - before)} h (${fmt(before)} -> ${fmt(after)} h)`, size: Math.abs(after - before) });
  }
  return top(moves, 2);
}

function poolMoves(base: DesignReport, variant: DesignReport): Move[] {
  const moves: Move[] = [];
  for (const [id, pool] of Object.entries(variant.pools)) {
    const before = base.pools[id]?.utilisation.mean;
    if (before === undefined) continue;
    const after = pool.utilisation.mean;
    moves.push({
      text: `utilisation of ${id} ${signed((after - before) * 100)} pts (${pctOf(before)} -> ${pctOf(after)})`,
      // Utilisation is a share; weigh a point of it like an hour of wait so both lists compete fairly.
      size: Math.abs(after - before) * 10,
    });
  }
  return top(moves, 2);
}

function poolCostMoves(base: DesignReport, variant: DesignReport): Move[] {
  const moves: Move[] = [];
  for (const [id, pool] of Object.entries(variant.pools)) {
    const before = base.pools[id]?.cost.mean;
    if (before === undefined) continue;
    moves.push({ text: `cost of ${id} ${signed(pool.cost.mean - before)} (${fmt(before)} -> ${fmt(pool.cost.mean)})`, size: Math.abs(pool.cost.mean - before) });
  }
  return top(moves, 2);
}

function executiveMoves(base: DesignReport, variant: DesignReport): Move[] {
  const moves: Move[] = [];
  for (const [id, exec] of Object.entries(variant.executives)) {
    const before = base.executives[id]?.escalationsPerWeek.mean;
    if (before === undefined) continue;
    const after = exec.escalationsPerWeek.mean;
    moves.push({ text: `escalations to ${id} ${signed(after - before)}/week (${fmt(before)} -> ${fmt(after)})`, size: Math.abs(after - before) });
  }
  return top(moves, 2);
}

function slaMoves(base: DesignReport, variant: DesignReport): Move[] {
  const moves: Move[] = [];
  for (const [id, step] of Object.entries(variant.steps)) {
    const before = base.steps[id]?.slaEscalations.mean;
    if (before === undefined) continue;
    const after = step.slaEscalations.mean;
    moves.push({ text: `SLA escalations at ${id} ${signed(after - before)} (${fmt(before)} -> ${fmt(after)})`, size: Math.abs(after - before) });
  }
  return top(moves, 1);
}

function costMoves(base: DesignReport, variant: DesignReport): Move[] {
  const moves: Move[] = [];
  for (const [fn, cost] of Object.entries(variant.cost.byFunction)) {
    const before = base.cost.byFunction[fn]?.mean;
    if (before === undefined) continue;
    moves.push({ text: `cost in ${fn} ${signed(cost.mean - before)} (${fmt(before)} -> ${fmt(cost.mean)})`, size: Math.abs(cost.mean - before) });
  }
  return top(moves, 2);
}

function qualityMoves(base: DesignReport, variant: DesignReport): Move[] {
  const moves: Move[] = [];
  for (const key of ['errorsMade', 'errorsCaught'] as const) {
    const before = base.quality[key].mean;
    const after = variant.quality[key].mean;
    moves.push({ text: `${key === 'errorsMade' ? 'errors made' : 'errors caught'} ${signed(after - before)} (${fmt(before)} -> ${fmt(after)})`, size: Math.abs(after - before) });
  }
  return top(moves, 2);
}

function bottleneckShift(base: DesignReport, variant: DesignReport): string | null {
  const busiest = (d: DesignReport) => {
    let best: [string, number] | null = null;
    for (const [id, p] of Object.entries(d.pools)) if (!best || p.utilisation.mean > best[1]) best = [id, p.utilisation.mean];
    return best;
  };
  const b = busiest(base);
  const v = busiest(variant);
  if (!b || !v || b[0] === v[0]) return null;
  return `The busiest pool moved from ${b[0]} (${pctOf(b[1])}) to ${v[0]} (${pctOf(v[1])}).`;
}

/** Fixed-decimal formatting: toFixed is exactly specified, so sentences are identical in every engine. */
export function fmt(x: number): string {
  const a = Math.abs(x);
  if (a >= 1000) return x.toFixed(0).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  if (a >= 100) return x.toFixed(0);
  if (a >= 10) return x.toFixed(1);
  return x.toFixed(2);
}

function signed(x: number): string {
  return x > 0 ? `+${fmt(x)}` : fmt(x);
}

function pctOf(share: number): string {
  return `${(share * 100).toFixed(0)}%`;
}

function fmtUnit(x: number, unit: string): string {
  if (unit === 'hours') return `${fmt(x)} h`;
  if (unit === 'per week') return `${fmt(x)}/week`;
  if (unit === 'share') return pctOf(x);
  return fmt(x);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
