// One headline metric across the values of a swept parameter: the mean as a line, the 95% CI
// as a band around it.
import * as d3 from 'd3';
import { chartFrame, marginKey } from './frame.js';

export interface SweepLinePoint {
  x: number;
  mean: number;
  lo: number;
  hi: number;
}

export function sweepLineChart(host: HTMLElement, o: { title: string; xLabel: string; yLabel: string; testId: string; points: SweepLinePoint[]; format: (v: number) => string; axisFormat?: (v: number) => string; colour: string }): void {
  const f = chartFrame(host, { title: o.title, xLabel: o.xLabel, yLabel: o.yLabel, testId: o.testId, width: 400, height: 260 });
  const pts = [...o.points].sort((a, b) => a.x - b.x);
  const x = d3.scaleLinear().domain(d3.extent(pts, (p) => p.x) as [number, number]).range([0, f.width]);
  if (pts.length === 1) x.domain([pts[0].x - 1, pts[0].x + 1]);
  const lo = d3.min(pts, (p) => p.lo) ?? 0;
  const hi = d3.max(pts, (p) => p.hi) ?? 1;
  const y = d3.scaleLinear().domain([Math.min(0, lo), hi > lo ? hi : lo + 1]).nice().range([f.height, 0]);
  f.plot.append('g').attr('transform', `translate(0,${f.height})`).call(d3.axisBottom(x).ticks(6));
  f.plot.append('g').call(d3.axisLeft(y).ticks(5).tickFormat((v) => (o.axisFormat ?? o.format)(Number(v))));
  f.plot.append('path').datum(pts).attr('class', 'ci-band').attr('fill', o.colour).attr('fill-opacity', 0.2)
    .attr('d', d3.area<SweepLinePoint>().x((p) => x(p.x)).y0((p) => y(p.lo)).y1((p) => y(p.hi)));
  f.plot.append('path').datum(pts).attr('class', 'line').attr('fill', 'none').attr('stroke', o.colour).attr('stroke-width', 2)
    .attr('d', d3.line<SweepLinePoint>().x((p) => x(p.x)).y((p) => y(p.mean)));
  f.plot.append('g').selectAll('circle').data(pts).join('circle').attr('class', 'point').attr('r', 3.5).attr('fill', o.colour)
    .attr('cx', (p) => x(p.x)).attr('cy', (p) => y(p.mean))
    .append('title').text((p) => `${o.xLabel} = ${p.x}: ${o.format(p.mean)} (95% CI ${o.format(p.lo)} – ${o.format(p.hi)})`);
  marginKey(f, [{ label: 'mean', colour: o.colour }, { label: '95% CI band', colour: `${o.colour}55` }]);
}
