// Places nodes on a grid: one lane (row band) per function, plus a last lane for nodes of no
// function; columns by distance along routes from the item types' entry steps, so the flow
// reads left to right and rework loops point back.
import type { Model } from '../../src/core/model/model.js';
import type { Edge } from './modelEdges.js';

export interface Layout {
  lanes: { name: string; y: number; height: number }[];
  nodes: { index: number; x: number; y: number; column: number; lane: number }[];
  width: number;
  height: number;
}

export const cell = { width: 200, height: 84, laneGap: 14, left: 130, top: 36 };

export function layoutModel(model: Model, edges: Edge[]): Layout {
  const n = model.nodes.length;
  const column = new Array<number>(n).fill(-1);
  const queue: number[] = [];
  for (const t of model.itemTypes) if (column[t.entry] === -1) { column[t.entry] = 0; queue.push(t.entry); }
  for (const w of model.initialWip) if (column[w.node] === -1) { column[w.node] = 0; queue.push(w.node); }
  const forward = edges.filter((e) => e.kind !== 'rework');
  for (let k = 0; k < queue.length; k++) {
    const from = queue[k];
    for (const e of forward) if (e.from === from && column[e.to] === -1) { column[e.to] = column[from] + 1; queue.push(e.to); }
  }
  let maxColumn = Math.max(0, ...column);
  for (let i = 0; i < n; i++) if (column[i] === -1) column[i] = ++maxColumn;

  // Exits go to the far right so outcomes line up.
  const exitColumn = Math.max(0, ...model.nodes.map((node, i) => (node.kind === 'exit' ? 0 : column[i]))) + 1;
  model.nodes.forEach((node, i) => { if (node.kind === 'exit') column[i] = exitColumn; });

  const laneNames = [...model.functions, 'no function'];
  const laneOf = (i: number) => (model.nodes[i].fn >= 0 ? model.nodes[i].fn : laneNames.length - 1);
  const stack = new Map<string, number>();
  const row = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const key = `${laneOf(i)}:${column[i]}`;
    row[i] = stack.get(key) ?? 0;
    stack.set(key, row[i] + 1);
  }
  const rowsInLane = laneNames.map((_, l) => Math.max(0, ...[...stack].filter(([k]) => k.startsWith(`${l}:`)).map(([, v]) => v)));
  const lanes: Layout['lanes'] = [];
  let y = cell.top;
  laneNames.forEach((name, l) => {
    if (rowsInLane[l] === 0) return; // empty lanes are not drawn
    const height = rowsInLane[l] * cell.height + cell.laneGap;
    lanes[l] = { name, y, height };
    y += height;
  });
  const nodes = model.nodes.map((_, index) => {
    const lane = laneOf(index);
    return {
      index,
      column: column[index],
      lane,
      x: cell.left + column[index] * cell.width + cell.width / 2,
      y: lanes[lane].y + cell.laneGap / 2 + row[index] * cell.height + cell.height / 2,
    };
  });
  return {
    lanes: lanes.filter(Boolean),
    nodes,
    width: cell.left + (exitColumn + 1) * cell.width + 20,
    height: y + 10,
  };
}
