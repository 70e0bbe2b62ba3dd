// One headline metric across the values of a swept parameter: the mean as a line, the 95% CI
// as a band around it. A two-parameter sweep draws one such line per value of its second
// parameter, keyed in the right margin, so the lines can be told apart without covering data.
import * as d3 from 'd3';
import { chartFrame, legend, marginKey } from './frame.js';

export interface SweepLinePoint {
  x: number;
  mean: number;
  lo: number;
  hi: number;
}

export interface SweepLineSeries {
  label: string;
  colour: string;
  points: SweepLinePoint[];
}

const KEY_WIDTH = 130;

export function sweepLineChart(
  host: HTMLElement,
  o: {
    title: string;
    xLabel: string;
    yLabel: string;
    testId: string;
    series: SweepLineSeries[];
    format: (v: number) => string;
    axisFormat?: (v: number) => string;
    width?: number;
  },
): void {
  const keyed = o.series.length > 1;
  const f = chartFrame(host, {
    title: o.title,
    xLabel: o.xLabel,
    yLabel: o.yLabel,
    testId: o.testId,
    width: o.width ?? 400,
    height: keyed ? Math.max(320, 90 + (o.series.length + 1) * 16) : 260,
    marginRight: keyed ? KEY_WIDTH : undefined,
  });
  const series = o.series.map((s) => ({ ...s, points: [...s.points].sort((a, b) => a.x - b.x) }));
  const all = series.flatMap((s) => s.points);
  const x = d3
    .scaleLinear()
    .domain(d3.extent(all, (p) => p.x) as [number, number])
    .range([0, f.width]);
  if (x.domain()[0] === x.domain()[1]) x.domain([all[0].x - 1, all[0].x + 1]);
  const lo = d3.min(all, (p) => p.lo) ?? 0;
  const hi = d3.max(all, (p) => p.hi) ?? 1;
  const y = d3
    .scaleLinear()
    .domain([Math.min(0, lo), hi > lo ? hi : lo + 1])
    .nice()
    .range([f.height, 0]);
  f.plot.append('g').attr('transform', `translate(0,${f.height})`).call(d3.axisBottom(x).ticks(6));
  f.plot.append('g').call(
    d3
      .axisLeft(y)
      .ticks(5)
      .tickFormat((v) => (o.axisFormat ?? o.format)(Number(v))),
  );
  for (const s of series) {
    const g = f.plot.append('g').attr('class', 'series').attr('data-label', s.label);
    g.append('path')
      .datum(s.points)
      .attr('class', 'ci-band')
      .attr('fill', s.colour)
      .attr('fill-opacity', keyed ? 0.12 : 0.2)
      .attr(
        'd',
        d3
          .area<SweepLinePoint>()
          .x((p) => x(p.x))
          .y0((p) => y(p.lo))
          .y1((p) => y(p.hi)),
      );
    g.append('path')
      .datum(s.points)
      .attr('class', 'line')
      .attr('fill', 'none')
      .attr('stroke', s.colour)
      .attr('stroke-width', 2)
      .attr(
        'd',
        d3
          .line<SweepLinePoint>()
          .x((p) => x(p.x))
          .y((p) => y(p.mean)),
      );
    g.append('g')
      .selectAll('circle')
      .data(s.points)
      .join('circle')
      .attr('class', 'point')
      .attr('r', 3.5)
      .attr('fill', s.colour)
      .attr('cx', (p) => x(p.x))
      .attr('cy', (p) => y(p.mean))
      .append('title')
      .text(
        (p) =>
          `${keyed ? `${s.label}, ` : ''}${o.xLabel} = ${p.x}: ${o.format(p.mean)} (95% CI ${o.format(p.lo)} – ${o.format(p.hi)})`,
      );
  }
  if (keyed)
    legend({ ...f, width: f.width + KEY_WIDTH - 4 }, [
      ...series.map((s) => ({ label: s.label, colour: s.colour })),
      { label: 'bands: 95% CI', colour: '#9498a055' },
    ]);
  else
    marginKey(f, [
      { label: 'mean', colour: series[0].colour },
      { label: '95% CI band', colour: `${series[0].colour}55` },
    ]);
}
