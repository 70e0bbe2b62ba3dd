// Places the diagram with ELK's layered algorithm (elkjs): one region per function (its lane),
// flow left to right, orthogonal routes that ELK keeps off every box, and room reserved for each
// route's label. Chosen over dagre by measuring both on the company file: ELK routed 0 of its arrows
// under a box with 25 crossings, dagre 14 under boxes with 77 crossings (the page then decides only
// styles and labels). ELK runs in a worker in the page; tests pass the bundled build.
import type { ELK, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { DiagramGraph, GraphEdge, GraphNode } from './diagramGraph.js';

export interface Point {
  x: number;
  y: number;
}

export interface PlacedNode extends GraphNode {
  /** Centre of the box. */
  x: number;
  y: number;
}

export interface RoutedEdge extends Omit<GraphEdge, 'from' | 'to'> {
  from: PlacedNode;
  to: PlacedNode;
  /** The route as a polyline, start to end. */
  points: Point[];
  /** Where ELK put the label (top-left corner and size), if the edge has one. */
  label: { x: number; y: number; width: number; height: number } | null;
}

export interface Layout {
  lanes: { name: string; x: number; y: number; width: number; height: number }[];
  nodes: PlacedNode[];
  edges: RoutedEdge[];
  width: number;
  height: number;
}

/** Edge labels are cut to this many characters (the whole text is in the details panel). */
export const labelChars = 36;
const charWidth = 6.2;
const labelHeight = 14;

export function edgeLabelText(label: string): string {
  return label.length > labelChars ? `${label.slice(0, labelChars - 1)}…` : label;
}

const options = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.json.edgeCoords': 'ROOT',
  'elk.json.shapeCoords': 'ROOT',
  'elk.layered.spacing.nodeNodeBetweenLayers': '40',
  'elk.layered.spacing.edgeNodeBetweenLayers': '16',
  'elk.spacing.nodeNode': '22',
  'elk.spacing.edgeLabel': '2',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
};

/** The ELK input: one compound node per non-empty lane, every route at the root with its label's size. */
export function elkGraph(graph: DiagramGraph): ElkNode {
  return {
    id: 'root',
    layoutOptions: options,
    children: graph.lanes
      .map((_, l) => ({
        id: `lane:${l}`,
        layoutOptions: { 'elk.padding': '[top=26,left=12,bottom=12,right=12]' },
        children: graph.nodes.filter((n) => n.lane === l).map((n) => ({ id: n.key, width: n.width, height: n.height })),
      }))
      .filter((lane) => lane.children.length > 0),
    edges: graph.edges.map((e): ElkExtendedEdge => {
      const text = edgeLabelText(e.edge.label);
      return {
        id: e.id,
        sources: [e.from.key],
        targets: [e.to.key],
        labels: text ? [{ text, width: text.length * charWidth + 6, height: labelHeight }] : [],
      };
    }),
  };
}

/** Reads ELK's answer back onto the graph (coordinates are absolute: edgeCoords and shapeCoords ROOT). */
export function readElkLayout(graph: DiagramGraph, out: ElkNode): Layout {
  const margin = 8;
  const box = new Map<string, ElkNode>();
  const lanes: Layout['lanes'] = [];
  for (const lane of out.children ?? []) {
    lanes.push({
      name: graph.lanes[Number(lane.id.slice(5))],
      x: lane.x! + margin,
      y: lane.y! + margin,
      width: lane.width!,
      height: lane.height!,
    });
    for (const c of lane.children ?? []) box.set(c.id, c);
  }
  const nodes: PlacedNode[] = graph.nodes.map((n) => {
    const b = box.get(n.key)!;
    return { ...n, x: b.x! + margin + n.width / 2, y: b.y! + margin + n.height / 2 };
  });
  const placed = new Map(nodes.map((n) => [n.key, n]));
  const routed = new Map((out.edges ?? []).map((e) => [e.id, e as ElkExtendedEdge]));
  const edges: RoutedEdge[] = graph.edges.map((e) => {
    const r = routed.get(e.id);
    const s = r?.sections?.[0];
    const shift = (p: Point) => ({ x: p.x + margin, y: p.y + margin });
    const points = s ? [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map(shift) : [];
    const l = r?.labels?.[0];
    const label =
      l && l.x !== undefined ? { x: l.x + margin, y: l.y! + margin, width: l.width!, height: l.height! } : null;
    return { ...e, from: placed.get(e.from.key)!, to: placed.get(e.to.key)!, points, label };
  });
  return { lanes, nodes, edges, width: (out.width ?? 0) + 2 * margin, height: (out.height ?? 0) + 2 * margin };
}

export async function layoutDiagram(graph: DiagramGraph, elk: ELK): Promise<Layout> {
  return readElkLayout(graph, await elk.layout(elkGraph(graph)));
}
