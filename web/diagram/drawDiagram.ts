// Draws the compiled model with d3 on the layout ELK computed (elkLayout.ts): functions as
// labelled lane regions, steps, gates, forums and exits as boxes that take keyboard focus, routes
// as orthogonal arrows with their conditions and shares. Focusing or clicking a box or arrow fills
// the details panel; the view opens at natural size (readable) and pans and zooms. After a run the
// boxes carry utilisation and queues; for a variant, what it changes is highlighted.
// All scenario text goes through d3's .text() or textContent, never markup.
import * as d3 from 'd3';
import type { Model, Node } from '../../src/core/index.js';
import { formatCount, formatPercent, formatPerWeek } from '../charts/format.js';
import { clear, el } from '../dom/el.js';
import { limits } from '../state/limits.js';
import { carriesLoad, diagramGraph } from './diagramGraph.js';
import { mountDiagramViewport } from './diagramViewport.js';
import { edgeLabelText, type Layout, type RoutedEdge } from './elkLayout.js';
import { cachedLayout } from './layoutCache.js';
import { modelEdges, type Edge } from './modelEdges.js';
import { arrivalsByEntry, details, executiveBudgetAt, subtitle } from './nodeText.js';
import { countChanges, type VariantChanges } from './variantChanges.js';

/** Results painted onto the diagram after a run (means across replications). */
export interface DiagramOverlay {
  steps: Record<string, { utilisation: number; queueMean: number; arrivalsPerWeek: number }>;
  /** budgetUse: share of the weekly decision budget spent (NaN when the executive has none). */
  executives: Record<string, { escalationsPerWeek: number; budgetUse: number }>;
}

const utilColour = d3.scaleSequential(d3.interpolateYlOrRd).domain([0, 1.1]);
const drawing = new WeakMap<HTMLElement, number>();

export async function drawDiagram(
  host: HTMLElement,
  model: Model,
  overlay: DiagramOverlay | null,
  changes: VariantChanges | null = null,
): Promise<void> {
  const ticket = (drawing.get(host) ?? 0) + 1;
  drawing.set(host, ticket);
  if (model.nodes.length > limits.diagramNodes) {
    clear(host);
    host.append(
      el(
        'p',
        { class: 'notice' },
        `This model has ${model.nodes.length} nodes; the diagram draws up to ${limits.diagramNodes}.`,
      ),
    );
    return;
  }
  if (!host.querySelector('svg.diagram'))
    host.append(el('p', { class: 'hint layout-note' }, 'Laying out the diagram…'));
  const graph = diagramGraph(model, modelEdges(model));
  let layout: Layout;
  try {
    layout = await cachedLayout(graph);
  } catch (err) {
    if (drawing.get(host) !== ticket) return;
    clear(host);
    host.append(el('p', { class: 'notice' }, `The diagram could not be laid out: ${(err as Error).message}`));
    return;
  }
  if (drawing.get(host) !== ticket) return; // a newer drawing was asked for meanwhile
  clear(host);
  const panel = el(
    'div',
    {
      class: 'diagram-details',
      'data-testid': 'diagram-details',
      role: 'region',
      'aria-live': 'polite',
      'aria-label': 'Details of the selected box or arrow',
    },
    el('p', { class: 'hint' }, 'Tab to a box or arrow (or click it) for its details.'),
  );
  const entries = new Set(model.itemTypes.map((t) => t.entry));
  // The view opens on the uppermost box where work enters (for a variant, the uppermost box it
  // changes), with its swimlane's name in sight when the box is near it.
  const changed = layout.nodes.filter(
    (n) => changeClass(model, n.index, changes) !== '' || changes?.changedRoutes.has(model.nodes[n.index].id),
  );
  const entry =
    (changed.length > 0 ? changed : layout.nodes.filter((n) => entries.has(n.index))).sort(
      (a, b) => a.y - b.y || a.x - b.x,
    )[0] ?? null;
  const entryLane = entry ? layout.lanes.find((l) => l.name === graph.lanes[entry.lane]) : undefined;
  const { svg, root } = mountDiagramViewport(
    host,
    layout,
    model.name,
    entry
      ? {
          // The lane's left edge (its name) when the box is near it, else a little left of the box.
          x: Math.max((entryLane?.x ?? 0) - 8, entry.x - entry.width / 2 - 320),
          y: entry.y,
        }
      : null,
  );
  host.append(panel);
  if (overlay) host.append(legend());
  if (changes) host.append(changesNote(changes));
  const show = (lines: string[]) => {
    clear(panel);
    panel.append(el('strong', {}, lines[0]), ...lines.slice(1).map((l) => el('div', {}, l)));
  };

  const defs = svg.insert('defs', ':first-child');
  for (const kind of ['route', 'rework', 'exceeded', 'overflow', 'sla', 'escalation', 'changed']) {
    defs
      .append('marker')
      .attr('id', `arrow-${kind}`)
      .attr('viewBox', '0 0 10 10')
      .attr('refX', 9)
      .attr('refY', 5)
      .attr('markerWidth', 7)
      .attr('markerHeight', 7)
      .attr('orient', 'auto-start-reverse')
      .append('path')
      .attr('d', 'M0,0L10,5L0,10z')
      .attr('class', `marker-${kind}`);
  }

  const lane = root.append('g').attr('class', 'lanes').selectAll('g').data(layout.lanes).join('g');
  lane
    .append('rect')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('width', (d) => d.width)
    .attr('height', (d) => d.height)
    .attr('rx', 6)
    .attr('class', (_, i) => (i % 2 ? 'lane odd' : 'lane'));
  lane
    .append('text')
    .attr('class', 'lane-name')
    .attr('x', (d) => d.x + 10)
    .attr('y', (d) => d.y + 17)
    .text((d) => d.name);

  const escalationLoad = (e: Edge) =>
    overlay && carriesLoad(model, e) ? (overlay.steps[model.nodes[e.to].id]?.arrivalsPerWeek ?? 0) : null;
  const maxLoad = Math.max(1, ...layout.edges.map((d) => escalationLoad(d.edge) ?? 0));
  const routeChanged = (d: RoutedEdge) =>
    changes !== null && d.edge.kind === 'route' && changes.changedRoutes.has(model.nodes[d.edge.from].id);
  const edgeText = (d: RoutedEdge) => {
    const l = escalationLoad(d.edge);
    return `${model.nodes[d.edge.from].id} → ${model.nodes[d.edge.to].id}${d.edge.label ? `: ${d.edge.label}` : ''}${l !== null ? ` (${formatPerWeek(l)} escalated)` : ''}`;
  };
  const edge = root
    .append('g')
    .attr('class', 'edges')
    .selectAll('g')
    .data(layout.edges)
    .join('g')
    .attr(
      'class',
      (d) =>
        `edge edge-${d.edge.kind}${isEscalation(model.nodes[d.edge.to]) ? ' edge-escalation' : ''}${routeChanged(d) ? ' edge-changed' : ''}`,
    )
    .attr('tabindex', 0)
    .attr('role', 'button')
    .attr('aria-label', edgeText)
    .on('focus click', (_, d) => show([edgeText(d), kindText(d.edge.kind)]));
  edge
    .append('path')
    .attr(
      'd',
      (d) =>
        d3
          .line<{ x: number; y: number }>()
          .x((p) => p.x)
          .y((p) => p.y)(d.points) ?? '',
    )
    .attr('data-points', (d) =>
      d.points.map((p) => `${Math.round(p.x * 10) / 10},${Math.round(p.y * 10) / 10}`).join(' '),
    )
    .attr(
      'marker-end',
      (d) =>
        `url(#arrow-${routeChanged(d) ? 'changed' : isEscalation(model.nodes[d.edge.to]) ? 'escalation' : d.edge.kind})`,
    )
    .attr('stroke-width', (d) => {
      const l = escalationLoad(d.edge);
      return l === null ? 1.4 : 1.5 + (8 * l) / maxLoad;
    });
  edge
    .filter((d) => d.label !== null)
    .append('text')
    .attr('class', 'edge-label')
    .attr('x', (d) => d.label!.x + 3)
    .attr('y', (d) => d.label!.y + 11)
    .text((d) => {
      const l = escalationLoad(d.edge);
      return [edgeLabelText(d.edge.label), l !== null ? formatPerWeek(l) : ''].filter(Boolean).join(' · ');
    });

  const maxQueue = Math.max(1e-9, ...Object.values(overlay?.steps ?? {}).map((x) => x.queueMean));
  const arrivals = arrivalsByEntry(model);
  const routesOf = (key: string) =>
    layout.edges
      .filter((d) => d.from.key === key)
      .map((d) => `→ ${model.nodes[d.edge.to].id}${d.edge.label ? ` (${d.edge.label})` : ''}`);
  const node = root
    .append('g')
    .attr('class', 'nodes')
    .selectAll('g')
    .data(layout.nodes)
    .join('g')
    .attr(
      'class',
      (p) =>
        `node node-${model.nodes[p.index].kind}${isEscalation(model.nodes[p.index]) ? ' node-escalation' : ''}${changeClass(model, p.index, changes)}`,
    )
    .attr('data-node', (p) => model.nodes[p.index].id)
    .attr('data-box', (p) => `${p.x - p.width / 2},${p.y - p.height / 2},${p.width},${p.height}`)
    .attr('transform', (p) => `translate(${p.x},${p.y})`)
    .attr('tabindex', 0)
    .attr('role', 'button')
    .attr('aria-label', (p) => `${model.nodes[p.index].kind} ${model.nodes[p.index].id}`)
    .on('focus click', (_, p) =>
      show(
        details(
          model.nodes[p.index],
          model,
          overlay?.steps[model.nodes[p.index].id],
          routesOf(p.key),
          overlay ? executiveBudgetAt(model.nodes[p.index], model, overlay) : null,
        ),
      ),
    );
  node.each(function (p) {
    const d = model.nodes[p.index];
    const g = d3.select(this);
    const w = p.width,
      h = p.height;
    if (d.kind === 'gate')
      g.append('path')
        .attr('d', `M0,${-h / 2}L${w / 2},0L0,${h / 2}L${-w / 2},0Z`)
        .attr('class', 'shape');
    else
      g.append('rect')
        .attr('x', -w / 2)
        .attr('y', -h / 2)
        .attr('width', w)
        .attr('height', h)
        .attr('rx', d.kind === 'exit' ? h / 2 : d.kind === 'forum' ? 14 : 4)
        .attr('class', 'shape');
    const s = overlay?.steps[d.id];
    // An escalation step's load is its executive's budget use, not a share of the diary (which the
    // run leaves out: an executive swamped past its budget would look nearly idle).
    const budget = overlay ? executiveBudgetAt(d, model, overlay) : null;
    // A step with no utilisation (its pools never open) keeps the unshaded colour rather than 0%'s.
    const shade = budget !== null ? budget.use : s?.utilisation;
    if (overlay && d.kind === 'step' && Number.isFinite(shade)) g.select('.shape').style('fill', utilColour(shade!));
    const lines = [
      subtitle(d, model),
      arrivals.has(p.index) ? `in: ${arrivals.get(p.index)}` : '',
      s && d.kind !== 'exit' && d.kind !== 'gate'
        ? `${
            budget !== null
              ? `budget ${formatPercent(budget.use)} · `
              : Number.isFinite(s.utilisation)
                ? `util ${formatPercent(s.utilisation)} · `
                : ''
          }queue ${formatCount(s.queueMean)}`
        : '',
    ].filter(Boolean);
    const top = d.kind === 'exit' ? 4 : -(lines.length * 12) / 2 + 2;
    g.append('text').attr('class', 'node-id').attr('y', top).text(truncate(d.id, 24));
    lines.forEach((line, i) =>
      g
        .append('text')
        .attr('class', /^(util|budget|queue) /.test(line) ? 'node-stat' : 'node-sub')
        .attr('y', top + 12 * (i + 1))
        .text(truncate(line, 28)),
    );
    if (s && d.kind !== 'exit' && d.kind !== 'gate' && s.queueMean > 0) {
      g.append('rect')
        .attr('class', 'queue-bar')
        .attr('x', -w / 2)
        .attr('y', h / 2 - 4)
        .attr('width', (w * s.queueMean) / maxQueue)
        .attr('height', 4);
    }
  });
  svg
    .attr('data-overlay', overlay ? 'results' : 'design')
    .attr('data-nodes', model.nodes.length)
    .attr('data-edges', layout.edges.length);
}

function kindText(kind: Edge['kind']): string {
  return {
    route: 'route',
    rework: 'rework loop: caught errors go back',
    exceeded: 'after the last rework round',
    overflow: 'when the queue is full',
    sla: 'SLA breach: escalated',
  }[kind];
}

function changeClass(model: Model, index: number, c: VariantChanges | null): string {
  if (!c) return '';
  const d = model.nodes[index];
  if (c.addedSteps.has(d.id)) return ' change-added';
  if (c.changedSteps.has(d.id)) return ' change-changed';
  if (d.kind === 'step' && d.servers.some((s) => c.changedPools.has(model.pools[s.pool]?.id ?? '')))
    return ' change-pool';
  return '';
}

function isEscalation(n: Node): boolean {
  return n.kind === 'step' && n.escalation;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function legend(): HTMLElement {
  const stops = [0, 0.25, 0.5, 0.75, 1];
  return el(
    'div',
    { class: 'diagram-legend', 'data-testid': 'diagram-legend' },
    el('span', {}, 'Utilisation (an executive’s step: budget use) '),
    ...stops.map((v) => el('span', { class: 'swatch', style: `background:${utilColour(v)}` }, formatPercent(v))),
    el('span', { class: 'legend-queue' }, 'bar along a box: mean queue, relative to the longest'),
    el('span', { class: 'legend-escalation' }, 'red arrows: escalations, width ∝ items per week'),
  );
}

function changesNote(c: VariantChanges): HTMLElement {
  const parts = [
    c.addedSteps.size ? `added ${[...c.addedSteps].join(', ')}` : '',
    c.changedSteps.size ? `changed ${[...c.changedSteps].join(', ')}` : '',
    c.changedRoutes.size ? `new routes from ${[...c.changedRoutes].join(', ')}` : '',
    c.changedPools.size ? `pools ${[...c.changedPools].join(', ')}` : '',
    c.removedSteps.length ? `removed steps ${c.removedSteps.join(', ')}` : '',
    c.removedPools.length ? `removed pools ${c.removedPools.join(', ')}` : '',
  ].filter(Boolean);
  return el(
    'div',
    { class: 'diagram-changes', 'data-testid': 'variant-changes' },
    el(
      'strong',
      {},
      countChanges(c) === 0
        ? 'This variant changes nothing the diagram shows (it may change arrivals or settings).'
        : 'What this variant changes: ',
    ),
    parts.join('; '),
    el(
      'span',
      { class: 'change-key' },
      ' Key: ',
      el('span', { class: 'key-added' }, 'added'),
      ' ',
      el('span', { class: 'key-changed' }, 'changed'),
      ' ',
      el('span', { class: 'key-pool' }, 'served by a changed pool'),
      ' ',
      el('span', { class: 'key-route' }, 'changed route'),
    ),
  );
}
