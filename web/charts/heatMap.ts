// A two-parameter sweep as a grid: one cell per point, the first parameter across, the second
// down, shaded by one metric (darker is better, whichever way better points) and labelled with
// its mean; cells on the report's Pareto front are outlined: solid when optimal with 95%
// confidence, dashed when possibly optimal.
import * as d3 from 'd3';
import { chartFrame } from './frame.js';
import type { Standing } from './paretoScatter.js';

export interface HeatCell {
  x: string;
  y: string;
  mean: number;
  standing: Standing;
  /** The point has no value of the figure (a cycle time where no replication delivered): a grey cell marked '–'. */
  missing?: boolean;
}

export function heatMap(
  host: HTMLElement,
  o: {
    title: string;
    xLabel: string;
    yLabel: string;
    testId: string;
    cells: HeatCell[];
    better: 'lower' | 'higher' | 'neither';
    format: (v: number) => string;
  },
): void {
  const xs = [...new Set(o.cells.map((c) => c.x))];
  const ys = [...new Set(o.cells.map((c) => c.y))];
  const cellW = Math.max(56, Math.min(96, 480 / xs.length));
  const cellH = 30;
  const f = chartFrame(host, {
    title: o.title,
    xLabel: o.xLabel,
    yLabel: o.yLabel,
    testId: o.testId,
    width: Math.max(420, 90 + xs.length * cellW),
    height: 100 + ys.length * cellH,
  });
  const x = d3.scaleBand(xs, [0, xs.length * cellW]).padding(0.04);
  const y = d3.scaleBand(ys, [0, ys.length * cellH]).padding(0.06);
  const [lo, hi] = d3.extent(
    o.cells.filter((c) => !c.missing),
    (c) => c.mean,
  ) as [number, number];
  const label = (c: HeatCell) => (c.missing ? '–' : o.format(c.mean));
  const good = (v: number) => (hi === lo ? 0.5 : o.better === 'higher' ? (v - lo) / (hi - lo) : (hi - v) / (hi - lo));
  const colour = (v: number) => d3.interpolateBlues(0.15 + 0.7 * good(v));
  f.plot
    .append('g')
    .attr('transform', `translate(0,${ys.length * cellH})`)
    .call(d3.axisBottom(x));
  f.plot.append('g').call(d3.axisLeft(y));
  const cell = f.plot
    .append('g')
    .selectAll('g')
    .data(o.cells)
    .join('g')
    .attr('class', (c) => `cell ${c.standing.replace(' ', '-')}`)
    .attr('data-front', (c) => c.standing)
    .attr('transform', (c) => `translate(${x(c.x)},${y(c.y)})`);
  cell
    .append('rect')
    .attr('width', x.bandwidth())
    .attr('height', y.bandwidth())
    .attr('fill', (c) => (c.missing ? '#e4e6eb' : colour(c.mean)))
    .attr('stroke', (c) =>
      c.standing === 'optimal' ? '#d03c3c' : c.standing === 'possibly optimal' ? '#b07d00' : 'none',
    )
    .attr('stroke-dasharray', (c) => (c.standing === 'possibly optimal' ? '5,3' : null))
    .attr('stroke-width', 2.5);
  cell
    .append('text')
    .attr('x', x.bandwidth() / 2)
    .attr('y', y.bandwidth() / 2 + 4)
    .attr('text-anchor', 'middle')
    .attr('class', 'point-label')
    .attr('fill', (c) => (!c.missing && good(c.mean) > 0.55 ? '#fff' : '#1d2330'))
    .text(label);
  cell
    .append('title')
    .text(
      (c) =>
        `${o.xLabel} = ${c.x}, ${o.yLabel} = ${c.y}: ${label(c)}${c.standing === 'dominated' ? '' : ` (${c.standing})`}`,
    );
}
