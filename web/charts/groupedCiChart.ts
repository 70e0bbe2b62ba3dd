// Groups of bars (e.g. escalations per executive) with one bar per design and 95% CI error bars,
// and optionally a line to read them against (a decision budget's 100%).
import * as d3 from 'd3';
import { chartFrame, legend, palette } from './frame.js';

export interface GroupedValue {
  group: string;
  series: string;
  mean: number;
  lo: number;
  hi: number;
}

export function groupedCiChart(
  host: HTMLElement,
  o: {
    title: string;
    xLabel: string;
    yLabel: string;
    testId: string;
    values: GroupedValue[];
    format: (v: number) => string;
    axisFormat?: (v: number) => string;
    reference?: { value: number; label: string };
  },
): void {
  const groups = [...new Set(o.values.map((v) => v.group))];
  const f = chartFrame(host, {
    title: o.title,
    xLabel: o.xLabel,
    yLabel: o.yLabel,
    testId: o.testId,
    width: Math.max(520, 230 + groups.length * 60),
    marginRight: 110,
    marginBottom: 70,
  });
  const series = [...new Set(o.values.map((v) => v.series))];
  const x = d3.scaleBand().domain(groups).range([0, f.width]).padding(0.2);
  const xs = d3.scaleBand().domain(series).range([0, x.bandwidth()]).padding(0.08);
  const y = d3
    .scaleLinear()
    .domain([0, Math.max(1e-9, o.reference?.value ?? 0, d3.max(o.values, (v) => Math.max(v.hi, v.mean)) ?? 1)])
    .nice()
    .range([f.height, 0]);
  const colour = (s: string) => palette[series.indexOf(s) % palette.length];
  // Executive ids can be long: slant them so neighbours do not overlap.
  f.plot
    .append('g')
    .attr('transform', `translate(0,${f.height})`)
    .call(d3.axisBottom(x))
    .selectAll('text')
    .attr('text-anchor', 'end')
    .attr('transform', 'rotate(-30)')
    .attr('dx', '-0.4em')
    .attr('dy', '0.6em');
  f.plot.append('g').call(
    d3
      .axisLeft(y)
      .ticks(5)
      .tickFormat((v) => (o.axisFormat ?? o.format)(Number(v))),
  );
  if (groups.length === 0) {
    f.plot
      .append('text')
      .attr('x', f.width / 2)
      .attr('y', f.height / 2)
      .attr('text-anchor', 'middle')
      .text('No data');
    return;
  }
  const g = f.plot
    .append('g')
    .selectAll('g')
    .data(o.values)
    .join('g')
    .attr('class', 'bar')
    .attr('data-value', (v) => v.mean);
  const bx = (v: GroupedValue) => x(v.group)! + xs(v.series)!;
  g.append('rect')
    .attr('x', bx)
    .attr('width', xs.bandwidth())
    .attr('y', (v) => y(Math.max(0, v.mean)))
    .attr('height', (v) => Math.abs(y(v.mean) - y(0)))
    .attr('fill', (v) => colour(v.series));
  g.append('path')
    .attr('class', 'error-bar')
    .attr('d', (v) => {
      const c = bx(v) + xs.bandwidth() / 2;
      return `M${c - 4},${y(Math.max(0, v.lo))}H${c + 4}M${c},${y(Math.max(0, v.lo))}V${y(v.hi)}M${c - 4},${y(v.hi)}H${c + 4}`;
    });
  g.append('title').text(
    (v) => `${v.series}, ${v.group}: ${o.format(v.mean)} (95% CI ${o.format(v.lo)} – ${o.format(v.hi)})`,
  );
  if (o.reference) {
    const ry = y(o.reference.value);
    const ref = f.plot.append('g').attr('class', 'reference');
    ref
      .append('line')
      .attr('x1', 0)
      .attr('x2', f.width)
      .attr('y1', ry)
      .attr('y2', ry)
      .attr('stroke', '#d03c3c')
      .attr('stroke-width', 1.5)
      .attr('stroke-dasharray', '6,3');
    ref
      .append('text')
      .attr('x', 4)
      .attr('y', ry - 4)
      .attr('fill', '#d03c3c')
      // A white outline under the letters: the line's label crosses the bars it is drawn over, where
      // red on a bar's colour could not be read.
      .attr('stroke', '#fff')
      .attr('stroke-width', 3)
      .attr('stroke-linejoin', 'round')
      .attr('paint-order', 'stroke')
      .text(o.reference.label);
  }
  legend(
    { ...f, width: f.width + 105 },
    series.map((s) => ({ label: s, colour: colour(s) })),
  );
}
