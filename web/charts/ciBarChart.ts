// One bar per design with its 95% confidence interval as an error bar.
import * as d3 from 'd3';
import { chartFrame, palette } from './frame.js';

export interface CiBar {
  label: string;
  mean: number;
  lo: number;
  hi: number;
  /** The design has no value of the figure (a cycle time where no replication delivered): no bar, "no value" on the axis. */
  missing?: boolean;
}

export function ciBarChart(
  host: HTMLElement,
  o: {
    title: string;
    yLabel: string;
    testId: string;
    bars: CiBar[];
    format: (v: number) => string;
    axisFormat?: (v: number) => string;
  },
): void {
  const f = chartFrame(host, { title: o.title, xLabel: 'Design', yLabel: o.yLabel, testId: o.testId, width: 420 });
  const x = d3
    .scaleBand()
    .domain(o.bars.map((b) => b.label))
    .range([0, f.width])
    .padding(0.3);
  const drawn = o.bars.filter((b) => !b.missing);
  const top = d3.max(drawn, (b) => Math.max(b.hi, b.mean)) ?? 1;
  const bottom = Math.min(0, d3.min(drawn, (b) => Math.min(b.lo, b.mean)) ?? 0);
  const y = d3
    .scaleLinear()
    .domain([bottom, top > bottom ? top : bottom + 1])
    .nice()
    .range([f.height, 0]);
  f.plot.append('g').attr('transform', `translate(0,${f.height})`).call(d3.axisBottom(x));
  f.plot.append('g').call(
    d3
      .axisLeft(y)
      .ticks(5)
      .tickFormat((v) => (o.axisFormat ?? o.format)(Number(v))),
  );
  const cx = (b: CiBar) => x(b.label)! + x.bandwidth() / 2;
  f.plot
    .append('g')
    .selectAll('text')
    .data(o.bars.filter((b) => b.missing))
    .join('text')
    .attr('class', 'no-value')
    .attr('x', cx)
    .attr('y', y(0) - 6)
    .attr('text-anchor', 'middle')
    .text('no value');
  const g = f.plot
    .append('g')
    .selectAll('g')
    .data(drawn)
    .join('g')
    .attr('class', 'bar')
    .attr('data-value', (b) => b.mean);
  g.append('rect')
    .attr('x', (b) => x(b.label)!)
    .attr('width', x.bandwidth())
    .attr('y', (b) => y(Math.max(0, b.mean)))
    .attr('height', (b) => Math.abs(y(b.mean) - y(0)))
    .attr('fill', (_, i) => palette[i % palette.length]);
  g.append('path')
    .attr('class', 'error-bar')
    .attr(
      'd',
      (b) =>
        `M${cx(b) - 6},${y(b.lo)}H${cx(b) + 6}M${cx(b)},${y(b.lo)}V${y(b.hi)}M${cx(b) - 6},${y(b.hi)}H${cx(b) + 6}`,
    );
  g.append('title').text((b) => `${b.label}: ${o.format(b.mean)} (95% CI ${o.format(b.lo)} – ${o.format(b.hi)})`);
  // One bar per design, named on the axis; the key only explains the whiskers.
  const key = f.svg
    .append('g')
    .attr('class', 'legend')
    .attr('transform', `translate(76,${31 + f.titleExtra})`);
  key.append('path').attr('class', 'error-bar').attr('d', 'M0,-4H8M4,-4V4M0,4H8');
  key.append('text').attr('x', 12).attr('y', 4).text('mean with 95% CI');
}
