// Cost per done item against escalation load, one point per design or swept value; the Pareto
// front (nothing else is cheaper and less escalated at once) is joined and marked.
import * as d3 from 'd3';
import { formatMoneyTicks } from './format.js';
import { chartFrame } from './frame.js';
import { leaderEnd, placeLabels } from './labelPlacement.js';

/**
 * A point's place on the front: a sweep's report says it with 95% confidence (optimal, possibly
 * optimal, dominated); a comparison's two-axis front on means knows only optimal and dominated.
 */
export type Standing = 'optimal' | 'possibly optimal' | 'dominated';

export interface ScatterPoint {
  label: string;
  cost: number;
  escalations: number;
  standing: Standing;
}

/** A label's width per character at the charts' 10 px font (an estimate: the chart may be drawn before it is in the page, where text cannot be measured). */
const CHAR_WIDTH = 6;

const look: Record<Standing, { colour: string; r: number; className: string }> = {
  optimal: { colour: '#d03c3c', r: 6, className: 'optimal' },
  'possibly optimal': { colour: '#efb118', r: 5, className: 'possibly-optimal' },
  dominated: { colour: '#9498a0', r: 4, className: 'dominated' },
};

/**
 * `objectives`: what the standings were decided on, when more than these two axes (a sweep's front
 * also weighs escaped defects, with 95% confidence): the marks then follow the report's table, and
 * no staircase is drawn, since a point can be optimal while another looks better on these two axes
 * alone. `legend` names each standing shown.
 */
export function paretoScatter(
  host: HTMLElement,
  o: {
    points: ScatterPoint[];
    currency: string;
    formatCost: (v: number) => string;
    formatRate: (v: number) => string;
    objectives?: string;
    legend?: Partial<Record<Standing, string>>;
  },
): void {
  const legend = o.legend ?? { optimal: 'Pareto-optimal', dominated: 'dominated' };
  const f = chartFrame(host, {
    title: o.objectives
      ? `Cost against escalation load (Pareto front on ${o.objectives} with 95% confidence, as in the table)`
      : 'Cost against escalation load (Pareto front marked)',
    xLabel: 'Escalations to executives (per week)',
    yLabel: `Cost per done item (${o.currency})`,
    testId: 'chart-pareto',
    width: 520,
    height: 320,
    marginRight: 60,
  });
  // Axes span the data with a margin (not from zero): designs often differ by a few percent.
  const x = d3
    .scaleLinear()
    .domain(padded(o.points.map((p) => p.escalations)))
    .nice()
    .range([0, f.width]);
  const y = d3
    .scaleLinear()
    .domain(padded(o.points.map((p) => p.cost)))
    .nice()
    .range([f.height, 0]);
  f.plot
    .append('g')
    .attr('transform', `translate(0,${f.height})`)
    .call(
      d3
        .axisBottom(x)
        .ticks(6)
        .tickFormat((v) => o.formatRate(Number(v)).replace(' /wk', '')),
    );
  const costTick = formatMoneyTicks(y.ticks(5), o.currency);
  f.plot.append('g').call(
    d3
      .axisLeft(y)
      .ticks(5)
      .tickFormat((v) => costTick(Number(v))),
  );
  const front = o.points
    .filter((p) => p.standing === 'optimal')
    .sort((a, b) => a.escalations - b.escalations || b.cost - a.cost);
  if (!o.objectives)
    f.plot
      .append('path')
      .datum(front)
      .attr('class', 'pareto-line')
      .attr('fill', 'none')
      .attr('stroke', '#d03c3c')
      .attr('stroke-width', 1.5)
      .attr('stroke-dasharray', '5,3')
      .attr(
        'd',
        d3
          .line<ScatterPoint>()
          .curve(d3.curveStepAfter)
          .x((p) => x(p.escalations))
          .y((p) => y(p.cost)),
      );
  const g = f.plot
    .append('g')
    .selectAll('g')
    .data(o.points)
    .join('g')
    .attr('class', (p) => `point ${look[p.standing].className}`)
    .attr('data-front', (p) => p.standing)
    .attr('transform', (p) => `translate(${x(p.escalations)},${y(p.cost)})`);
  g.append('circle')
    .attr('r', (p) => look[p.standing].r)
    .attr('fill', (p) => look[p.standing].colour)
    .attr('stroke', '#222')
    .attr('stroke-width', (p) => (p.standing === 'dominated' ? 0.5 : 1.5));
  // Labels of the front first: when space is short, the points that matter keep theirs near them.
  const rank: Record<Standing, number> = { optimal: 0, 'possibly optimal': 1, dominated: 2 };
  const order = o.points
    .map((_, i) => i)
    .sort((a, b) => rank[o.points[a].standing] - rank[o.points[b].standing] || a - b);
  const width = (p: ScatterPoint) => p.label.length * CHAR_WIDTH;
  const places = placeLabels(
    order.map((i) => {
      const p = o.points[i];
      return { x: x(p.escalations), y: y(p.cost), r: look[p.standing].r, width: width(p) };
    }),
    { width: f.width, height: f.height, spare: 56 },
  );
  const placeOf = new Map(order.map((i, k) => [o.points[i], places[k]]));
  g.filter((p) => placeOf.get(p)!.leader)
    .insert('line', 'circle')
    .attr('class', 'label-leader')
    .attr('stroke', '#8a8f98')
    .attr('stroke-width', 0.8)
    .attr('x1', 0)
    .attr('y1', 0)
    .attr('x2', (p) => leaderEnd(placeOf.get(p)!, width(p)).x)
    .attr('y2', (p) => leaderEnd(placeOf.get(p)!, width(p)).y);
  g.append('text')
    .attr('x', (p) => placeOf.get(p)!.dx)
    .attr('y', (p) => placeOf.get(p)!.dy)
    .attr('class', 'point-label')
    .text((p) => p.label);
  g.append('title').text(
    (p) =>
      `${p.label}: ${o.formatCost(p.cost)} per done item, ${o.formatRate(p.escalations)} escalations (${legend[p.standing] ?? p.standing})`,
  );
  const key = f.svg
    .append('g')
    .attr('class', 'legend')
    .attr('transform', `translate(80,${31 + f.titleExtra})`);
  let at = 0;
  for (const standing of ['optimal', 'possibly optimal', 'dominated'] as const) {
    const label = legend[standing];
    if (label === undefined) continue;
    key.append('circle').attr('cx', at).attr('cy', 0).attr('r', 4).attr('fill', look[standing].colour);
    key
      .append('text')
      .attr('x', at + 7)
      .attr('y', 4)
      .text(label);
    at += 20 + label.length * 6.5;
  }
}

function padded(values: number[]): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = hi > lo ? (hi - lo) * 0.15 : Math.max(Math.abs(hi) * 0.1, 1);
  return [Math.max(0, lo - pad), hi + pad];
}
