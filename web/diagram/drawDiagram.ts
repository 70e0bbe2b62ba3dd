// Draws the compiled model with d3. All scenario text goes through d3's .text(), never .html().
import * as d3 from 'd3';
import type { Model, Node } from '../../src/core/index.js';
import { formatCount, formatDuration, formatPercent, formatPerWeek } from '../charts/format.js';
import { el } from '../dom/el.js';
import { limits } from '../state/limits.js';
import { cell, layoutModel } from './layoutModel.js';
import { modelEdges, type Edge } from './modelEdges.js';

/** Results painted onto the diagram after a run (means across replications). */
export interface DiagramOverlay {
  steps: Record<string, { utilisation: number; queueMean: number; arrivalsPerWeek: number }>;
  executives: Record<string, { escalationsPerWeek: number }>;
}

/** Shared by every diagram on the page: a reader who wants the whole picture wants it everywhere. */
let fitToWidth = true;
const nodeW = 150;
const nodeH = 52;
const utilColour = d3.scaleSequential(d3.interpolateYlOrRd).domain([0, 1.1]);

export function drawDiagram(host: HTMLElement, model: Model, overlay: DiagramOverlay | null): void {
  d3.select(host).selectAll('*').remove();
  const fit = el('label', { class: 'fit-toggle' }, el('input', { type: 'checkbox', 'data-testid': 'diagram-fit', checked: fitToWidth }), ' fit to width');
  host.append(fit);
  if (model.nodes.length > limits.diagramNodes) {
    d3.select(host).append('p').attr('class', 'notice').text(`This model has ${model.nodes.length} nodes; the diagram draws up to ${limits.diagramNodes}.`);
    return;
  }
  const edges = modelEdges(model);
  const layout = layoutModel(model, edges);
  const placedOf = new Map(layout.nodes.map((p) => [p.key, p]));

  const svg = d3.select(host).append('svg')
    .attr('class', 'diagram')
    .attr('data-testid', 'diagram')
    .attr('data-overlay', overlay ? 'results' : 'design')
    .attr('viewBox', `0 0 ${layout.width} ${layout.height}`)
    .attr('width', layout.width)
    .attr('height', layout.height)
    .attr('role', 'img');
  svg.append('title').text(`Operating model: ${model.name}`);
  const defs = svg.append('defs');
  for (const kind of ['route', 'rework', 'exceeded', 'overflow', 'sla', 'escalation']) {
    defs.append('marker').attr('id', `arrow-${kind}`).attr('viewBox', '0 0 10 10').attr('refX', 9).attr('refY', 5)
      .attr('markerWidth', 7).attr('markerHeight', 7).attr('orient', 'auto-start-reverse')
      .append('path').attr('d', 'M0,0L10,5L0,10z').attr('class', `marker-${kind}`);
  }
  const root = svg.append('g');
  // Wheel zooms only with Ctrl/⌘ held, so scrolling the page over the diagram still scrolls the page.
  svg.call(d3.zoom<SVGSVGElement, unknown>().scaleExtent([0.3, 4])
    .filter((e: Event) => (e.type === 'wheel' ? (e as WheelEvent).ctrlKey || (e as WheelEvent).metaKey : !(e as MouseEvent).button))
    .on('zoom', (e) => root.attr('transform', e.transform.toString())));

  // Lanes.
  const lane = root.append('g').attr('class', 'lanes').selectAll('g').data(layout.lanes).join('g');
  lane.append('rect').attr('x', 0).attr('y', (d) => d.y).attr('width', layout.width).attr('height', (d) => d.height)
    .attr('class', (_, i) => (i % 2 ? 'lane odd' : 'lane'));
  lane.append('text').attr('class', 'lane-name').attr('x', 10).attr('y', (d) => d.y + 20).text((d) => d.name);

  // Arrivals into entry nodes.
  const entries = d3.rollup(model.itemTypes, (v) => v.map((t) => `${t.id} ${arrivalText(t.arrivals)}`).join(', '), (t) => t.entry);
  root.append('g').attr('class', 'arrivals').selectAll('text').data([...entries]).join('text')
    .attr('x', (d) => placedOf.get(model.nodes[d[0]].id)!.x - nodeW / 2).attr('y', (d) => placedOf.get(model.nodes[d[0]].id)!.y - nodeH / 2 - 5).attr('text-anchor', 'start')
    .text((d) => `→ ${d[1]}`);

  // Edges, escalations wider with their load.
  const escalationLoad = (e: Edge) => {
    const target = model.nodes[e.to];
    if (!overlay || e.kind === 'rework' || e.kind === 'overflow' || target.kind !== 'step' || !target.escalation) return null;
    return overlay.steps[target.id]?.arrivalsPerWeek ?? 0;
  };
  const maxLoad = Math.max(1, ...edges.map((e) => escalationLoad(e) ?? 0));
  const edge = root.append('g').attr('class', 'edges').selectAll('g').data(layout.edges).join('g')
    .attr('class', ({ edge: e }) => `edge edge-${e.kind}${isEscalation(model.nodes[e.to]) ? ' edge-escalation' : ''}`);
  edge.append('path')
    .attr('d', ({ edge: e, from, to }) => edgePath(from, to, e, model.nodes[e.to].kind === 'exit' ? nodeW / 3 : nodeW / 2))
    .attr('marker-end', ({ edge: e }) => `url(#arrow-${isEscalation(model.nodes[e.to]) ? 'escalation' : e.kind})`)
    .attr('stroke-width', ({ edge: e }) => { const l = escalationLoad(e); return l === null ? 1.4 : 1.5 + (8 * l) / maxLoad; });
  edge.append('title').text(({ edge: e }) => {
    const l = escalationLoad(e);
    return `${model.nodes[e.from].id} → ${model.nodes[e.to].id}${e.label ? `: ${e.label}` : ''}${l !== null ? ` (${formatPerWeek(l)} escalated)` : ''}`;
  });
  edge.filter(({ edge: e }) => e.label !== '' || escalationLoad(e) !== null).append('text').attr('class', 'edge-label')
    .attr('x', ({ edge: e, from, to }) => labelPoint(from, to, e)[0]).attr('y', ({ edge: e, from, to }) => labelPoint(from, to, e)[1])
    .text(({ edge: e }) => { const l = escalationLoad(e); return truncate([e.label, l !== null ? formatPerWeek(l) : ''].filter(Boolean).join(' · '), 30); });

  const maxQueue = Math.max(1e-9, ...Object.values(overlay?.steps ?? {}).map((x) => x.queueMean));

  // Nodes.
  const node = root.append('g').attr('class', 'nodes').selectAll('g').data(layout.nodes).join('g')
    .attr('class', (p) => { const d = model.nodes[p.index]; return `node node-${d.kind}${isEscalation(d) ? ' node-escalation' : ''}`; })
    .attr('data-node', (p) => model.nodes[p.index].id)
    .attr('transform', (p) => `translate(${p.x},${p.y})`);
  node.each(function (p) {
    const d = model.nodes[p.index];
    const g = d3.select(this);
    const fill = overlay && d.kind === 'step' ? utilColour(overlay.steps[d.id]?.utilisation ?? 0) : null;
    if (d.kind === 'gate') g.append('path').attr('d', `M0,${-nodeH / 2}L${nodeW / 2},0L0,${nodeH / 2}L${-nodeW / 2},0Z`).attr('class', 'shape');
    else if (d.kind === 'exit') g.append('rect').attr('x', -nodeW / 3).attr('y', -nodeH / 3).attr('width', (2 * nodeW) / 3).attr('height', (2 * nodeH) / 3).attr('rx', nodeH / 3).attr('class', 'shape');
    else g.append('rect').attr('x', -nodeW / 2).attr('y', -nodeH / 2).attr('width', nodeW).attr('height', nodeH).attr('rx', d.kind === 'forum' ? 14 : 4).attr('class', 'shape');
    if (fill) g.select('.shape').style('fill', fill);
    g.append('text').attr('class', 'node-id').attr('y', d.kind === 'exit' ? 4 : -6).text(truncate(d.id, 22));
    const sub = subtitle(d, model);
    if (sub) g.append('text').attr('class', 'node-sub').attr('y', 10).text(truncate(sub, 28));
    const s = overlay?.steps[d.id];
    if (s && d.kind !== 'exit' && d.kind !== 'gate' && s.queueMean > 0) {
      // Queue length as a bar along the node's bottom edge, relative to the longest queue.
      g.append('rect').attr('class', 'queue-bar').attr('x', -nodeW / 2).attr('y', nodeH / 2 - 5)
        .attr('width', (nodeW * s.queueMean) / maxQueue).attr('height', 5);
    }
    if (s && d.kind !== 'exit' && d.kind !== 'gate') {
      g.append('text').attr('class', 'node-stat').attr('y', nodeH / 2 + 13)
        .text(`util ${formatPercent(s.utilisation)} · queue ${formatCount(s.queueMean)}`);
    }
    g.append('title').text(tooltip(d, model, s));
  });
  separateLabels(root.selectAll<SVGTextElement, unknown>('text.edge-label').nodes());
  svg.attr('data-nodes', model.nodes.length).attr('data-edges', edges.length);
  svg.attr('data-width', layout.width).attr('data-height', layout.height);
  fit.querySelector('input')!.addEventListener('change', (e) => {
    fitToWidth = (e.target as HTMLInputElement).checked;
    resizeDiagrams();
  });
  resizeDiagrams();

  if (overlay) drawLegend(svg, layout.width);
}

/** Sizes every diagram on the page to its host (fit to width) or to its natural size. The viewBox scales the drawing; zoom and pan give the detail back. */
function resizeDiagrams(): void {
  for (const svg of document.querySelectorAll<SVGSVGElement>('svg.diagram[data-width]')) {
    const w = Number(svg.dataset.width);
    const h = Number(svg.dataset.height);
    const hostWidth = svg.parentElement?.clientWidth ?? w;
    const scale = fitToWidth && hostWidth > 0 ? Math.min(1, Math.max(0.3, (hostWidth - 4) / w)) : 1;
    svg.setAttribute('width', String(w * scale));
    svg.setAttribute('height', String(h * scale));
  }
}
if (typeof window !== 'undefined') window.addEventListener('resize', resizeDiagrams);

/** Nudges edge labels down until they no longer overlap an earlier one (a few tries each; greedy, in drawing order). */
function separateLabels(labels: SVGTextElement[]): void {
  const placed: DOMRect[] = [];
  const overlaps = (a: DOMRect, b: DOMRect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  for (const label of labels) {
    let box = label.getBBox();
    for (let k = 0; k < 4 && placed.some((p) => overlaps(p, box)); k++) {
      label.setAttribute('y', String(Number(label.getAttribute('y')) + box.height));
      box = label.getBBox();
    }
    placed.push(box);
  }
}

function isEscalation(n: Node): boolean {
  return n.kind === 'step' && n.escalation;
}

function subtitle(d: Node, model: Model): string {
  if (d.kind === 'step') {
    const names = [...new Set(d.servers.map((s) => model.pools[s.pool]?.id ?? '?'))];
    return d.escalation ? `decides: ${names.join(', ')}` : `by ${names.join(', ')}`;
  }
  if (d.kind === 'forum') {
    const every = d.schedule.kind === 'dated' ? 'on calendar dates' : `every ${formatDuration(d.schedule.every)}`;
    return `${every}${d.chair >= 0 ? ` · chair ${model.pools[d.chair]?.id}` : ''}`;
  }
  if (d.kind === 'exit') return '';
  return 'gate';
}

function tooltip(d: Node, model: Model, s: DiagramOverlay['steps'][string] | undefined): string {
  const lines = [`${d.kind} ${d.id}${d.fn >= 0 ? ` (${model.functions[d.fn]})` : ''}`];
  if (d.kind === 'step') for (const sv of d.servers) {
    const p = model.pools[sv.pool];
    lines.push(`served by ${p.id} (${p.kind}, ${p.capacity} ${p.kind === 'agent' ? 'concurrent' : 'people'})`);
  }
  if (d.kind === 'exit') lines.push(`outcome: ${d.outcome}`);
  if (d.kind === 'forum') lines.push(`decides up to ${d.perSession} per session`);
  if (s) lines.push(`utilisation ${formatPercent(s.utilisation)}, mean queue ${formatCount(s.queueMean)}, arrivals ${formatPerWeek(s.arrivalsPerWeek)}`);
  return lines.join('\n');
}

function arrivalText(a: Model['itemTypes'][number]['arrivals']): string {
  if (a.kind === 'poisson') return formatPerWeek(a.ratePerHour * 168);
  if (a.kind === 'weekly') return formatPerWeek(a.ratePerHour.reduce((x, y) => x + y, 0));
  return `${a.size} every ${formatDuration(a.every)}`;
}

type P = { x: number; y: number };

/** `halfTo`: half the width of the target's shape, so arrows end on its edge. */
function edgePath(a: P, b: P, e: Edge, halfTo: number): string {
  if (a === b || (a.x === b.x && a.y === b.y)) {
    return `M${a.x - 20},${a.y - nodeH / 2}C${a.x - 40},${a.y - nodeH * 1.5} ${a.x + 40},${a.y - nodeH * 1.5} ${a.x + 20},${a.y - nodeH / 2}`;
  }
  if (b.x > a.x) {
    const x1 = a.x + nodeW / 2, x2 = b.x - halfTo - 2, mx = (x1 + x2) / 2;
    return `M${x1},${a.y}C${mx},${a.y} ${mx},${b.y} ${x2},${b.y}`;
  }
  // Backward (rework) or same column: arc above both nodes.
  const lift = e.kind === 'rework' ? cell.height * 0.55 : cell.height * 0.45;
  const top = Math.min(a.y, b.y) - lift;
  return `M${a.x},${a.y - nodeH / 2}C${a.x},${top} ${b.x},${top} ${b.x},${b.y - nodeH / 2 - 2}`;
}

function labelPoint(a: P, b: P, e: Edge): [number, number] {
  if (b.x > a.x) return [(a.x + nodeW / 2 + b.x - nodeW / 2) / 2, (a.y + b.y) / 2 - 4];
  // Near the source end of the arc: loops that share a target then keep their labels apart.
  const lift = e.kind === 'rework' ? cell.height * 0.55 : cell.height * 0.45;
  return [a.x + (b.x - a.x) * 0.3, Math.min(a.y, b.y) - lift * 0.7 - 4];
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function drawLegend(svg: d3.Selection<SVGSVGElement, unknown, null, undefined>, width: number): void {
  const g = svg.append('g').attr('class', 'legend').attr('transform', `translate(${width - 260},4)`);
  g.append('text').attr('y', 10).text('Utilisation');
  const stops = [0, 0.25, 0.5, 0.75, 1];
  stops.forEach((v, i) => {
    g.append('rect').attr('x', 70 + i * 36).attr('y', 0).attr('width', 36).attr('height', 12).style('fill', utilColour(v));
    g.append('text').attr('x', 70 + i * 36).attr('y', 24).text(formatPercent(v));
  });
  g.append('rect').attr('class', 'queue-bar').attr('x', 0).attr('y', 32).attr('width', 30).attr('height', 5);
  g.append('text').attr('x', 36).attr('y', 38).text('mean queue, relative to the longest');
  g.append('line').attr('x1', 0).attr('x2', 30).attr('y1', 50).attr('y2', 50).attr('class', 'legend-escalation');
  g.append('text').attr('x', 36).attr('y', 54).text('escalations: width ∝ items per week');
}
