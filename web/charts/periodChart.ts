// One figure per calendar period (`--periods`): for each design the mean as a line over the
// periods, its 95% CI as a band, so that a transition (a rollout in the timeline) shows as the
// period where the line moves, and two designs can be read side by side.
import * as d3 from 'd3';
import { chartFrame, legend, marginKey } from './frame.js';

export interface PeriodSeries {
  label: string;
  colour: string;
  /**
   * One point per period, in the order of `periods`; `significant` rings the point (a difference
   * flagged after Holm). `missing`: the figure has no value in that period (a cycle time where no
   * replication delivered), drawn as a gap rather than as 0.
   */
  points: { mean: number; lo: number; hi: number; significant?: boolean; missing?: boolean }[];
}

const KEY_WIDTH = 130;

export function periodChart(
  host: HTMLElement,
  o: {
    title: string;
    yLabel: string;
    testId: string;
    periods: string[];
    series: PeriodSeries[];
    format: (v: number) => string;
    width?: number;
  },
): void {
  const keyed = o.series.length > 1;
  const f = chartFrame(host, {
    title: o.title,
    xLabel: 'period',
    yLabel: o.yLabel,
    testId: o.testId,
    width: o.width ?? 560,
    height: 280,
    marginBottom: 62,
    marginRight: keyed ? KEY_WIDTH : undefined,
  });
  const x = d3.scalePoint<number>().domain(d3.range(o.periods.length)).range([0, f.width]).padding(0.3);
  const all = o.series.flatMap((s) => s.points).filter((p) => !p.missing);
  const lo = d3.min(all, (p) => p.lo) ?? 0;
  const hi = d3.max(all, (p) => p.hi) ?? 1;
  const y = d3
    .scaleLinear()
    .domain([Math.min(0, lo), hi > lo ? hi : lo + 1])
    .nice()
    .range([f.height, 0]);
  // Label at most about a dozen periods, evenly, so that 52 weeks stay readable.
  const every = Math.max(1, Math.ceil(o.periods.length / 12));
  f.plot
    .append('g')
    .attr('transform', `translate(0,${f.height})`)
    .call(
      d3
        .axisBottom(x)
        .tickValues(d3.range(0, o.periods.length, every))
        .tickFormat((i) => o.periods[i as number]),
    )
    .selectAll('text')
    .attr('transform', 'rotate(-30)')
    .attr('text-anchor', 'end');
  f.plot.append('g').call(
    d3
      .axisLeft(y)
      .ticks(5)
      .tickFormat((v) => o.format(Number(v))),
  );
  for (const s of o.series) {
    const g = f.plot.append('g').attr('class', 'series').attr('data-label', s.label);
    const indexed = s.points.map((p, i) => ({ ...p, i }));
    g.append('path')
      .datum(indexed)
      .attr('class', 'ci-band')
      .attr('fill', s.colour)
      .attr('fill-opacity', keyed ? 0.12 : 0.2)
      .attr(
        'd',
        d3
          .area<(typeof indexed)[number]>()
          .defined((p) => !p.missing)
          .x((p) => x(p.i)!)
          .y0((p) => y(p.lo))
          .y1((p) => y(p.hi)),
      );
    g.append('path')
      .datum(indexed)
      .attr('class', 'line')
      .attr('fill', 'none')
      .attr('stroke', s.colour)
      .attr('stroke-width', 2)
      .attr(
        'd',
        d3
          .line<(typeof indexed)[number]>()
          .defined((p) => !p.missing)
          .x((p) => x(p.i)!)
          .y((p) => y(p.mean)),
      );
    g.append('g')
      .selectAll('circle')
      .data(indexed.filter((p) => !p.missing))
      .join('circle')
      .attr('class', 'point')
      .attr('data-period', (p) => o.periods[p.i])
      .attr('data-mean', (p) => p.mean)
      .attr('data-significant', (p) => (p.significant === undefined ? null : String(p.significant)))
      .attr('r', (p) => (p.significant ? 5 : 3))
      .attr('fill', s.colour)
      .attr('stroke', (p) => (p.significant ? '#111' : null))
      .attr('stroke-width', (p) => (p.significant ? 1.5 : null))
      .attr('cx', (p) => x(p.i)!)
      .attr('cy', (p) => y(p.mean))
      .append('title')
      .text(
        (p) =>
          `${keyed ? `${s.label}, ` : ''}${o.periods[p.i]}: ${o.format(p.mean)} (95% CI ${o.format(p.lo)} – ${o.format(p.hi)})${p.significant ? ', significant' : ''}`,
      );
  }
  if (keyed)
    legend({ ...f, width: f.width + KEY_WIDTH - 4 }, [
      ...o.series.map((s) => ({ label: s.label, colour: s.colour })),
      { label: 'bands: 95% CI', colour: '#9498a055' },
    ]);
  else
    marginKey(f, [
      { label: 'mean', colour: o.series[0].colour },
      { label: '95% CI band', colour: `${o.series[0].colour}55` },
    ]);
}
