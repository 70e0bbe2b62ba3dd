// Places the model on a swimlane grid: one lane per function (plus one for nodes of no function),
// columns by longest path along forward routes from the entry steps (rework loops are the back
// edges, found by depth-first search), so the flow reads left to right. Exits are drawn once per
// lane that routes to them, as swimlane charts do, so arrows to outcomes stay short.
import type { Model } from '../../src/core/index.js';
import type { Edge } from './modelEdges.js';

export interface PlacedNode {
  /** Unique per drawn node: the node id, or `id@lane` for an exit's copy in a lane. */
  key: string;
  index: number;
  lane: number;
  column: number;
  x: number;
  y: number;
}

export interface Layout {
  lanes: { name: string; y: number; height: number }[];
  nodes: PlacedNode[];
  edges: { edge: Edge; from: PlacedNode; to: PlacedNode }[];
  width: number;
  height: number;
}

export const cell = { width: 200, height: 84, laneGap: 18, left: 110, top: 62 };

export function layoutModel(model: Model, edges: Edge[]): Layout {
  const n = model.nodes.length;
  const isExit = (i: number) => model.nodes[i].kind === 'exit';
  const entries = [...new Set([...model.itemTypes.map((t) => t.entry), ...model.initialWip.map((w) => w.node)])];
  const out = new Map<number, Edge[]>();
  for (const e of edges) out.set(e.from, [...(out.get(e.from) ?? []), e]);

  // Back edges: an edge to a node on the DFS stack closes a loop.
  const state = new Array<0 | 1 | 2>(n).fill(0);
  const back = new Set<Edge>();
  const visit = (v: number) => {
    state[v] = 1;
    for (const e of out.get(v) ?? []) {
      if (state[e.to] === 1) back.add(e);
      else if (state[e.to] === 0) visit(e.to);
    }
    state[v] = 2;
  };
  for (const s of entries) if (state[s] === 0) visit(s);
  for (let i = 0; i < n; i++) if (state[i] === 0) visit(i);
  const forward = edges.filter((e) => !back.has(e) && e.from !== e.to);

  // Longest-path layering over the forward edges (a DAG now).
  const column = new Array<number>(n).fill(0);
  const indegree = new Array<number>(n).fill(0);
  for (const e of forward) indegree[e.to]++;
  const order: number[] = [];
  const ready = [...Array(n).keys()].filter((i) => indegree[i] === 0);
  while (ready.length) {
    const v = ready.shift()!;
    order.push(v);
    for (const e of forward) {
      if (e.from !== v) continue;
      column[e.to] = Math.max(column[e.to], column[v] + 1);
      if (--indegree[e.to] === 0) ready.push(e.to);
    }
  }

  // Lanes: a node's function; nodes of no function sit with the first function that feeds them.
  const noFunction = model.functions.length;
  const lane = model.nodes.map((node) => (node.fn >= 0 ? node.fn : -1));
  for (const v of order) {
    if (lane[v] !== -1 || isExit(v)) continue;
    const from = forward.find((e) => e.to === v && lane[e.from] >= 0);
    lane[v] = from ? lane[from.from] : noFunction;
  }

  // Drawn nodes: every non-exit node once; every exit once per lane that reaches it.
  const placed: PlacedNode[] = [];
  const byKey = new Map<string, PlacedNode>();
  const add = (key: string, index: number, l: number, c: number) => {
    const p = { key, index, lane: l, column: c, x: 0, y: 0 };
    placed.push(p);
    byKey.set(key, p);
  };
  for (let i = 0; i < n; i++) if (!isExit(i)) add(model.nodes[i].id, i, lane[i], column[i]);
  const exitKey = (x: number, l: number) => `${model.nodes[x].id}@${l}`;
  for (const e of edges) {
    if (!isExit(e.to) || isExit(e.from)) continue;
    const l = lane[e.from];
    const key = exitKey(e.to, l);
    const c = column[e.from] + 1;
    const have = byKey.get(key);
    if (have) have.column = Math.max(have.column, c);
    else add(key, e.to, l, c);
  }
  for (let i = 0; i < n; i++) if (isExit(i) && !placed.some((p) => p.index === i)) add(model.nodes[i].id, i, noFunction, 1 + Math.max(0, ...column));
  // Exits line up at the right end of their lane.
  const lastColumn = new Map<number, number>();
  for (const p of placed) if (!isExit(p.index)) lastColumn.set(p.lane, Math.max(lastColumn.get(p.lane) ?? 0, p.column));
  for (const p of placed) if (isExit(p.index)) p.column = Math.max(p.column, (lastColumn.get(p.lane) ?? 0) + 1);

  const drawnEdges = edges.map((edge) => {
    const from = placed.find((p) => p.index === edge.from && !isExit(edge.from)) ?? byKey.get(model.nodes[edge.from].id)!;
    const to = isExit(edge.to) && !isExit(edge.from)
      ? byKey.get(exitKey(edge.to, lane[edge.from])) ?? byKey.get(model.nodes[edge.to].id)!
      : placed.find((p) => p.index === edge.to)!;
    return { edge, from, to };
  });

  // Rows inside each (lane, column) cell, ordered by where their predecessors sit (fewer crossings).
  const cells = new Map<string, PlacedNode[]>();
  for (const p of [...placed].sort((a, b) => a.column - b.column)) {
    const k = `${p.lane}:${p.column}`;
    cells.set(k, [...(cells.get(k) ?? []), p]);
  }
  const rowOf = new Map<PlacedNode, number>();
  const columns = [...new Set(placed.map((p) => p.column))].sort((a, b) => a - b);
  for (const c of columns) {
    for (const [k, group] of cells) {
      if (Number(k.split(':')[1]) !== c) continue;
      const bary = (p: PlacedNode) => {
        const preds = drawnEdges.filter((d) => d.to === p && rowOf.has(d.from)).map((d) => rowOf.get(d.from)! + d.from.lane * 100);
        return preds.length ? preds.reduce((a, b) => a + b, 0) / preds.length : Infinity;
      };
      group.sort((a, b) => bary(a) - bary(b) || a.index - b.index).forEach((p, r) => rowOf.set(p, r));
    }
  }

  const laneNames = [...model.functions, 'no function'];
  const rows = laneNames.map((_, l) => Math.max(0, ...placed.filter((p) => p.lane === l).map((p) => rowOf.get(p)! + 1)));
  const lanes: Layout['lanes'] = [];
  const laneTop: number[] = [];
  let y = cell.top;
  laneNames.forEach((name, l) => {
    if (rows[l] === 0) return; // lanes with nothing in them are not drawn
    const height = rows[l] * cell.height + cell.laneGap;
    laneTop[l] = y;
    lanes.push({ name, y, height });
    y += height;
  });
  for (const p of placed) {
    p.x = cell.left + p.column * cell.width + cell.width / 2;
    p.y = laneTop[p.lane] + cell.laneGap / 2 + rowOf.get(p)! * cell.height + cell.height / 2;
  }
  const maxColumn = Math.max(0, ...placed.map((p) => p.column));
  return { lanes, nodes: placed, edges: drawnEdges, width: cell.left + (maxColumn + 1) * cell.width + 20, height: y + 10 };
}
