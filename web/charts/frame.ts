// The common frame of every chart: an SVG with a title, a plot area inside margins, and axis
// labels. Charts draw their marks into `plot`.
import * as d3 from 'd3';
import { imageButtons } from '../export/exportButtons.js';

export interface Frame {
  svg: d3.Selection<SVGSVGElement, unknown, null, undefined>;
  plot: d3.Selection<SVGGElement, unknown, null, undefined>;
  width: number;
  height: number;
  /** Height the title's extra lines take: keys drawn in the top margin move down by it. */
  titleExtra: number;
}

export const palette = [
  '#4269d0',
  '#efb118',
  '#ff725c',
  '#6cc5b0',
  '#3ca951',
  '#ff8ab7',
  '#a463f2',
  '#97bbf5',
  '#9c6b4e',
  '#9498a0',
];

export function chartFrame(
  host: HTMLElement,
  o: {
    title: string;
    xLabel: string;
    yLabel: string;
    testId: string;
    width?: number;
    height?: number;
    marginBottom?: number;
    marginRight?: number;
  },
): Frame {
  const outerW = o.width ?? 520;
  const outerH = o.height ?? 300;
  // A title longer than the chart is wide wraps onto more lines (names of parameters can be long).
  const lines = wrap(o.title, Math.floor((outerW - 16) / 8));
  const extra = (lines.length - 1) * 15;
  const m = { top: 36 + extra, right: o.marginRight ?? 16, bottom: o.marginBottom ?? 48, left: 70 };
  const figure = d3.select(host).append('figure').attr('class', 'chart').attr('data-testid', o.testId);
  const svg = figure
    .append('svg')
    .attr('viewBox', `0 0 ${outerW} ${outerH + extra}`)
    .attr('width', outerW)
    .attr('height', outerH + extra)
    .attr('role', 'img');
  svg.append('title').text(o.title);
  const title = svg
    .append('text')
    .attr('class', 'chart-title')
    .attr('x', outerW / 2)
    .attr('y', 18)
    .attr('text-anchor', 'middle');
  lines.forEach((line, i) =>
    title
      .append('tspan')
      .attr('x', outerW / 2)
      .attr('dy', i === 0 ? 0 : 15)
      .text(i < lines.length - 1 ? `${line} ` : line),
  );
  svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', m.left + (outerW - m.left - m.right) / 2)
    .attr('y', outerH + extra - 6)
    .attr('text-anchor', 'middle')
    .text(o.xLabel);
  svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('transform', `translate(14,${m.top + (outerH + extra - m.top - m.bottom) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text(o.yLabel);
  const plot = svg.append('g').attr('transform', `translate(${m.left},${m.top})`);
  figure.node()!.append(imageButtons(() => svg.node(), o.testId.replace(/^chart-/, '')));
  return { svg, plot, width: outerW - m.left - m.right, height: outerH + extra - m.top - m.bottom, titleExtra: extra };
}

/** Words of `text` in lines of at most `width` characters (a longer word keeps its own line). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/** A legend of coloured swatches in the top-right corner of the plot. */
export function legend(frame: Frame, items: { label: string; colour: string; dash?: string }[]): void {
  const g = frame.plot.append('g').attr('class', 'legend').attr('transform', `translate(${frame.width},0)`);
  items.forEach((it, i) => {
    const row = g.append('g').attr('transform', `translate(0,${i * 16})`);
    row
      .append('line')
      .attr('x1', -14)
      .attr('x2', -2)
      .attr('y1', 6)
      .attr('y2', 6)
      .attr('stroke', it.colour)
      .attr('stroke-width', 6)
      .attr('stroke-dasharray', it.dash ?? null);
    row.append('text').attr('x', -18).attr('y', 10).attr('text-anchor', 'end').text(it.label);
  });
}

/** A one-line key in the top margin, under the title: for charts whose plot area has no free corner. */
export function marginKey(frame: Frame, items: { label: string; colour: string }[]): void {
  const g = frame.svg
    .append('g')
    .attr('class', 'legend')
    .attr('transform', `translate(76,${31 + frame.titleExtra})`);
  let x = 0;
  for (const it of items) {
    g.append('rect').attr('x', x).attr('y', -5).attr('width', 12).attr('height', 8).attr('fill', it.colour);
    g.append('text')
      .attr('x', x + 16)
      .attr('y', 3)
      .text(it.label);
    x += 24 + it.label.length * 6;
  }
}
