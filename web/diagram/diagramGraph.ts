// The graph the diagram lays out, read from the compiled model: one box per step, gate and forum,
// one per exit and lane that routes to it (as swimlane charts draw outcomes, so arrows to them stay
// short), each in the lane of its function; and one arrow per edge of modelEdges.
import type { Model } from '../../src/core/index.js';
import type { Edge } from './modelEdges.js';

export interface GraphNode {
  /** Unique per drawn node: the node id, or `id@lane` for an exit's copy in a lane. */
  key: string;
  /** Index into model.nodes. */
  index: number;
  lane: number;
  width: number;
  height: number;
}

export interface GraphEdge {
  id: string;
  edge: Edge;
  from: GraphNode;
  to: GraphNode;
  /** A route to an executive's step: after a run its label also says the load (`· 35.5 /wk`), so the layout keeps room for it. */
  load: boolean;
}

/** Whether a run writes the escalation load on this edge's label (drawDiagram's escalationLoad). */
export function carriesLoad(model: Model, edge: Edge): boolean {
  const target = model.nodes[edge.to];
  return edge.kind !== 'rework' && edge.kind !== 'overflow' && target.kind === 'step' && target.escalation;
}

export interface DiagramGraph {
  /** Lane names: the model's functions, then `no function`. */
  lanes: string[];
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Keys of the boxes where items arrive, in item-type order. */
  entries: string[];
}

export const boxSize = { width: 172, height: 58, exitWidth: 120, exitHeight: 34 };

export function diagramGraph(model: Model, edges: Edge[]): DiagramGraph {
  const isExit = (i: number) => model.nodes[i].kind === 'exit';
  const noFunction = model.functions.length;
  // A node of no function sits with the first function that feeds it.
  const lane = model.nodes.map((n) => (n.fn >= 0 ? n.fn : -1));
  for (let pass = 0; pass < 2; pass++) {
    for (const e of edges) if (lane[e.to] === -1 && !isExit(e.to) && lane[e.from] >= 0) lane[e.to] = lane[e.from];
  }
  const nodes: GraphNode[] = [];
  const byKey = new Map<string, GraphNode>();
  const add = (key: string, index: number, l: number) => {
    const exit = isExit(index);
    const n = {
      key,
      index,
      lane: l,
      width: exit ? boxSize.exitWidth : boxSize.width,
      height: exit ? boxSize.exitHeight : boxSize.height,
    };
    nodes.push(n);
    byKey.set(key, n);
    return n;
  };
  model.nodes.forEach((n, i) => {
    if (!isExit(i)) add(n.id, i, lane[i] >= 0 ? lane[i] : noFunction);
  });
  const laneOf = (i: number) => byKey.get(model.nodes[i].id)?.lane ?? noFunction;
  const exitNode = (to: number, from: number) => {
    const l = isExit(from) ? noFunction : laneOf(from);
    const key = `${model.nodes[to].id}@${l}`;
    return byKey.get(key) ?? add(key, to, l);
  };
  const graphEdges = edges.map((edge, k) => ({
    id: `e${k}`,
    edge,
    from: isExit(edge.from) ? exitNode(edge.from, edge.from) : byKey.get(model.nodes[edge.from].id)!,
    to: isExit(edge.to) ? exitNode(edge.to, edge.from) : byKey.get(model.nodes[edge.to].id)!,
    load: carriesLoad(model, edge),
  }));
  // Exits nothing routes to are still drawn, once.
  model.nodes.forEach((n, i) => {
    if (isExit(i) && !nodes.some((g) => g.index === i)) add(n.id, i, noFunction);
  });
  const entries = [...new Set(model.itemTypes.map((t) => model.nodes[t.entry].id))];
  return { lanes: [...model.functions, 'no function'], nodes, edges: graphEdges, entries };
}
