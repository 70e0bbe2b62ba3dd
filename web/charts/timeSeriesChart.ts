// WIP and queue lengths over simulated time for one run, with the hours when the chosen
// calendar is open shaded, so queues can be read against working hours.
import * as d3 from 'd3';
import type { Calendar } from '../../src/core/index.js';
import { chartFrame, legend, palette } from './frame.js';

export interface TimeSeries {
  label: string;
  values: number[];
}

export function timeSeriesChart(
  host: HTMLElement,
  o: {
    t: number[];
    series: TimeSeries[];
    calendar: Calendar | null;
    startWeekday: number;
    range: [number, number];
    startDate: Date | null;
  },
): void {
  const f = chartFrame(host, {
    title: 'Work in progress and queues over simulated time',
    xLabel: o.startDate ? 'Simulated date (UTC)' : 'Simulated time (days since start)',
    yLabel: 'Items (count)',
    testId: 'chart-overtime',
    width: 900,
    height: 340,
    marginRight: 150,
  });
  const dayLabel = o.startDate
    ? (d: number) => d3.utcFormat('%a %-d %b')(new Date(o.startDate!.getTime() + d * 86_400_000))
    : (d: number) => String(d);
  const [t0, t1] = o.range;
  const x = d3
    .scaleLinear()
    .domain([t0 / 24, t1 / 24])
    .range([0, f.width]);
  const visible = o.t.map((t, i) => [t, i] as const).filter(([t]) => t >= t0 && t <= t1);
  const maxY = d3.max(o.series, (s) => d3.max(visible, ([, i]) => s.values[i])) ?? 1;
  const y = d3
    .scaleLinear()
    .domain([0, Math.max(1, maxY)])
    .nice()
    .range([f.height, 0]);
  if (o.calendar) {
    const open = openIntervals(o.calendar, o.startWeekday, t0, t1);
    f.plot
      .append('g')
      .attr('class', 'open-hours')
      .selectAll('rect')
      .data(open)
      .join('rect')
      .attr('x', ([a]) => x(a / 24))
      .attr('width', ([a, b]) => Math.max(0.5, x(b / 24) - x(a / 24)))
      .attr('y', 0)
      .attr('height', f.height)
      .attr('fill', '#e8f1e4')
      .append('title')
      .text(`${o.calendar.id} open`);
  }
  f.plot
    .append('g')
    .attr('transform', `translate(0,${f.height})`)
    .call(
      d3
        .axisBottom(x)
        .ticks(8)
        .tickFormat((d) => dayLabel(Number(d))),
    );
  f.plot.append('g').call(d3.axisLeft(y).ticks(5));
  o.series.forEach((s, k) => {
    f.plot
      .append('path')
      .datum(visible)
      .attr('class', 'series')
      .attr('data-series', s.label)
      .attr('fill', 'none')
      .attr('stroke', palette[k % palette.length])
      .attr('stroke-width', k === 0 ? 2 : 1.3)
      .attr(
        'd',
        d3
          .line<readonly [number, number]>()
          .curve(d3.curveStepAfter)
          .x(([t]) => x(t / 24))
          .y(([, i]) => y(s.values[i] ?? 0)),
      )
      .append('title')
      .text(s.label);
  });
  // A hover readout: nearest sample's values.
  const readout = f.plot.append('g').attr('class', 'readout').style('display', 'none');
  readout.append('line').attr('y1', 0).attr('y2', f.height).attr('stroke', '#555');
  const readText = readout.append('text').attr('y', 12).attr('x', 4);
  f.plot
    .append('rect')
    .attr('width', f.width)
    .attr('height', f.height)
    .attr('fill', 'transparent')
    .on('mousemove', (e: MouseEvent) => {
      const [mx] = d3.pointer(e);
      const t = x.invert(mx) * 24;
      const j = d3.minIndex(visible, ([u]) => Math.abs(u - t));
      if (j < 0) return;
      const [u, i] = visible[j];
      readout.style('display', null).attr('transform', `translate(${x(u / 24)},0)`);
      const when = o.startDate
        ? d3.utcFormat('%a %-d %b %H:%M')(new Date(o.startDate.getTime() + u * 3_600_000))
        : `day ${(u / 24).toFixed(1)}`;
      readText.text(`${when}: ${o.series.map((s) => `${s.label} ${s.values[i]}`).join(', ')}`);
    })
    .on('mouseleave', () => readout.style('display', 'none'));
  legend({ ...f, width: f.width + 145 }, [
    ...o.series.map((s, k) => ({ label: s.label, colour: palette[k % palette.length] })),
    ...(o.calendar ? [{ label: `${o.calendar.id} open`, colour: '#cfe3c6' }] : []),
  ]);
}

/** Open intervals of a weekly calendar within [t0, t1], in simulated hours (holidays skipped). */
export function openIntervals(cal: Calendar, startWeekday: number, t0: number, t1: number): [number, number][] {
  const out: [number, number][] = [];
  const holidays = new Set(cal.holidays);
  // Local hour of the week at simulated time t: t + offset + startWeekday * 24.
  const shift = cal.offsetHours + startWeekday * 24;
  const firstWeek = Math.floor((t0 + shift) / 168) - 1;
  const lastWeek = Math.ceil((t1 + shift) / 168) + 1;
  for (let w = firstWeek; w <= lastWeek; w++) {
    for (const [a, b] of cal.week) {
      const s = w * 168 + a - shift;
      const e = w * 168 + b - shift;
      if (e <= t0 || s >= t1) continue;
      const day = Math.floor((s + cal.offsetHours) / 24);
      if (holidays.has(day)) continue;
      out.push([Math.max(s, t0), Math.min(e, t1)]);
    }
  }
  return out;
}
