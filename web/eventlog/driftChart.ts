// One small chart per KPI: the scenario's prediction interval per window as a band, the observed
// value as a dot, red where it falls outside.
import * as d3 from 'd3';
import type { DriftReport } from '../../src/eventlog/index.js';
import { chartFrame } from '../charts/frame.js';

export function drawDriftChart(host: HTMLElement, r: DriftReport): void {
  for (const kpi of r.kpis) {
    const cells = r.cells.filter((c) => c.kpi === kpi);
    const f = chartFrame(host, {
      title: kpi,
      xLabel: 'window starting',
      yLabel: '',
      testId: 'drift-chart',
      width: 360,
      height: 220,
    });
    const x = d3
      .scaleBand<number>()
      .domain(cells.map((c) => c.window))
      .range([0, f.width])
      .padding(0.3);
    const values = cells.flatMap((c) => [c.lo, c.hi, c.observed]).filter(Number.isFinite);
    const y = d3
      .scaleLinear()
      .domain([Math.min(0, d3.min(values) ?? 0), (d3.max(values) ?? 1) * 1.1 || 1])
      .nice()
      .range([f.height, 0]);
    f.plot
      .append('g')
      .attr('transform', `translate(0,${f.height})`)
      .call(d3.axisBottom(x).tickFormat((w) => r.windows[w].from.slice(5, 10)));
    f.plot.append('g').call(d3.axisLeft(y).ticks(5));
    f.plot
      .selectAll('rect.band')
      .data(cells)
      .join('rect')
      .attr('class', 'band')
      .attr('x', (c) => x(c.window)!)
      .attr('width', x.bandwidth())
      .attr('y', (c) => y(c.hi))
      .attr('height', (c) => Math.max(1, y(c.lo) - y(c.hi)))
      .attr('fill', '#97bbf5')
      .attr('opacity', 0.6);
    f.plot
      .selectAll('circle')
      .data(cells.filter((c) => Number.isFinite(c.observed)))
      .join('circle')
      .attr('cx', (c) => x(c.window)! + x.bandwidth() / 2)
      .attr('cy', (c) => y(c.observed))
      .attr('r', 4)
      .attr('fill', (c) => (c.status === 'within' ? '#3ca951' : c.status === 'n/a' ? '#9498a0' : '#ff3b30'))
      .attr('data-status', (c) => c.status);
  }
}
