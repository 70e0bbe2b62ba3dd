// The diagram's window: the SVG at natural size (text as big as the page's), panned by dragging
// or the arrow keys, zoomed with the buttons or Ctrl/⌘ + wheel (a plain wheel still scrolls the
// page), and "Fit" to see it whole.
import * as d3 from 'd3';
import { el } from '../dom/el.js';
import { imageButtons } from '../export/exportButtons.js';
import type { Layout } from './elkLayout.js';

/** `start`: the point of the drawing shown near the left edge, mid-height, at first (where work enters). */
export function mountDiagramViewport(
  host: HTMLElement,
  layout: Layout,
  name: string,
  start: { x: number; y: number } | null,
) {
  const height = Math.min(layout.height + 4, 620);
  const zoomIn = el('button', { type: 'button', 'aria-label': 'Zoom in', 'data-testid': 'zoom-in' }, '+');
  const zoomOut = el('button', { type: 'button', 'aria-label': 'Zoom out', 'data-testid': 'zoom-out' }, '−');
  const fit = el('button', { type: 'button', 'data-testid': 'zoom-fit' }, 'Fit');
  const actual = el('button', { type: 'button', 'data-testid': 'zoom-actual' }, '1:1');
  const toolbar = el(
    'div',
    { class: 'diagram-toolbar', role: 'toolbar', 'aria-label': 'Diagram view' },
    zoomOut,
    zoomIn,
    fit,
    actual,
    el('span', { class: 'hint' }, 'Drag or use the arrow keys to pan; Ctrl/⌘ + wheel zooms.'),
  );
  host.append(toolbar);
  const svg = d3
    .select(host)
    .append('svg')
    .attr('class', 'diagram')
    .attr('data-testid', 'diagram')
    .attr('width', '100%')
    .attr('height', height)
    .attr('data-width', layout.width)
    .attr('data-height', layout.height)
    .attr('role', 'group')
    .attr('aria-label', `Operating model: ${name}`);
  svg.append('title').text(`Operating model: ${name}`);
  toolbar.append(imageButtons(() => svg.node(), 'diagram'));
  const root = svg.append('g');
  const zoom = d3
    .zoom<SVGSVGElement, unknown>()
    // d3's default extent reads the SVG's width as an SVGLength, which throws for width="100%" when
    // the SVG has no box: a layout that lands after the file changed mounts into a detached host,
    // and reopening a past run does exactly that. The element's own box, else the drawing's size.
    .extent(function (this: SVGSVGElement) {
      return [
        [0, 0],
        [this.clientWidth || layout.width, this.clientHeight || height],
      ];
    })
    .scaleExtent([0.15, 3])
    .filter((e: Event) =>
      e.type === 'wheel' ? (e as WheelEvent).ctrlKey || (e as WheelEvent).metaKey : !(e as MouseEvent).button,
    )
    .on('zoom', (e) => root.attr('transform', e.transform.toString()));
  svg.call(zoom);
  const node = svg.node()!;
  zoomIn.addEventListener('click', () => zoom.scaleBy(svg, 1.25));
  zoomOut.addEventListener('click', () => zoom.scaleBy(svg, 0.8));
  // Natural size is the default: text as readable as the page's. A drawing wider than the view starts where work enters.
  const home = () =>
    start && layout.width > node.clientWidth
      ? d3.zoomIdentity.translate(
          Math.min(0, 40 - start.x),
          Math.max(Math.min(0, height / 2 - start.y), height - layout.height),
        )
      : d3.zoomIdentity;
  zoom.transform(svg, home());
  actual.addEventListener('click', () => zoom.transform(svg, home()));
  fit.addEventListener('click', () => {
    const k = Math.min(node.clientWidth / layout.width, height / layout.height, 1);
    zoom.transform(svg, d3.zoomIdentity.scale(k));
  });
  // Arrow keys pan when the view itself has focus (boxes and arrows take Tab).
  svg.attr('tabindex', 0).on('keydown', (e: KeyboardEvent) => {
    const step = 60;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [step, 0],
      ArrowRight: [-step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const m = moves[e.key];
    if (!m || e.target !== node) return;
    e.preventDefault();
    zoom.translateBy(svg, m[0], m[1]);
  });
  return { svg, root };
}
