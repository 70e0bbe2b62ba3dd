// The diagram's layout (ELK's layered algorithm, the bundled build in Node as in the page's
// worker) on every bundled scenario: every box placed, every route drawn, none under a box, each
// function a band across the full width that no other function's band overlaps.
import { readFileSync } from 'node:fs';
import * as elkBundled from 'elkjs/lib/elk.bundled.js';
import { describe, expect, test } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { diagramGraph } from '../../web/diagram/diagramGraph.js';
import { layoutDiagram } from '../../web/diagram/elkLayout.js';
import { elkConstructor } from '../../web/diagram/layoutCache.js';
import { modelEdges } from '../../web/diagram/modelEdges.js';
import { variantChanges } from '../../web/diagram/variantChanges.js';
import { bundledScenarios, readBundled } from '../../web/load/bundled.js';
import { routesThroughBoxes, segmentCrossesBox } from './geometry.js';

const Elk = elkConstructor(elkBundled);
const elk = new Elk();

describe('segmentCrossesBox(a, b, box)', () => {
  const box = { key: 'b', x: 0, y: 0, width: 10, height: 10 };
  test('through, along the border, beside and ending inside', () => {
    expect(segmentCrossesBox({ x: -5, y: 5 }, { x: 15, y: 5 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: -5, y: 0 }, { x: 15, y: 0 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: -5, y: -1 }, { x: 15, y: -1 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: -5, y: 5 }, { x: 5, y: 5 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: 5, y: -20 }, { x: 5, y: -2 }, box)).toBe(false);
  });
});

describe('layoutDiagram(graph, elk)', () => {
  test.each(bundledScenarios.map((b) => [b.path, b.text]))(
    '%s: every box placed once, every route drawn, none under a box',
    async (file, text) => {
      const r = loadScenario({ file, text }, { readFile: readBundled });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const graph = diagramGraph(r.model, modelEdges(r.model));
      const layout = await layoutDiagram(graph, elk);
      r.model.nodes.forEach((node, i) => {
        const copies = layout.nodes.filter((p) => p.index === i);
        if (node.kind === 'exit') expect(copies.length).toBeGreaterThanOrEqual(1);
        else expect(copies).toHaveLength(1);
      });
      const boxes = layout.nodes.map((n) => ({
        key: n.key,
        x: n.x - n.width / 2,
        y: n.y - n.height / 2,
        width: n.width,
        height: n.height,
      }));
      // No two boxes overlap.
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) {
          expect(
            a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y,
            `${a.key} overlaps ${b.key}`,
          ).toBe(true);
        }
      for (const e of layout.edges) expect(e.points.length, `${e.from.key} → ${e.to.key}`).toBeGreaterThanOrEqual(2);
      expect(
        routesThroughBoxes(
          layout.edges.map((e) => ({ from: e.from.key, to: e.to.key, points: e.points })),
          boxes,
        ),
      ).toEqual([]);
      // Swimlanes: every function's band spans the full width of the drawing, and no two bands share a height.
      for (const lane of layout.lanes) {
        expect(lane.x, lane.name).toBeLessThanOrEqual(Math.min(...boxes.map((b) => b.x)));
        expect(lane.x + lane.width, lane.name).toBeGreaterThanOrEqual(Math.max(...boxes.map((b) => b.x + b.width)));
        expect(lane.x + lane.width, lane.name).toBeLessThanOrEqual(layout.width);
      }
      for (const [i, a] of layout.lanes.entries())
        for (const b of layout.lanes.slice(i + 1))
          expect(a.y + a.height <= b.y || b.y + b.height <= a.y, `${a.name} and ${b.name} share a height`).toBe(true);
      // Every box sits inside its function's lane.
      for (const n of layout.nodes) {
        const lane = layout.lanes.find((l) => l.name === graph.lanes[n.lane])!;
        expect(
          n.x - n.width / 2 >= lane.x &&
            n.x + n.width / 2 <= lane.x + lane.width &&
            n.y - n.height / 2 >= lane.y &&
            n.y + n.height / 2 <= lane.y + lane.height,
          `${n.key} in ${lane.name}`,
        ).toBe(true);
      }
    },
  );

  test("the company draws every gate's auto-approve route and every escalation, with its condition", async () => {
    const text = readFileSync('scenarios/company/ai-native.yaml', 'utf8');
    const r = loadScenario({ file: 'ai-native.yaml', text });
    if (!r.ok) throw new Error('company must load');
    const layout = await layoutDiagram(diagramGraph(r.model, modelEdges(r.model)), elk);
    const labelled = layout.edges
      .filter((e) => e.from.key === 'ticket-gate')
      .map((e) => [e.to.key, e.edge.label, e.label !== null]);
    expect(labelled).toEqual(
      expect.arrayContaining([
        [expect.any(String), 'risk < 0.3', true],
        [expect.any(String), 'risk ≥ 0.7', true],
      ]),
    );
  });
});

describe('variantChanges(baseDoc, doc)', () => {
  test('names steps and pools added, changed and removed, and steps whose routes changed', () => {
    const base = {
      steps: { a: { serve: 1, next: 'b' }, b: { kind: 'exit' }, c: { serve: 2 } },
      pools: { p: { headcount: 2 }, q: { headcount: 1 } },
    };
    const variant = {
      steps: { a: { serve: 1, next: 'd' }, b: { kind: 'exit' }, d: { serve: 3 } },
      pools: { p: { headcount: 3 } },
    };
    const c = variantChanges(base, variant);
    expect([...c.addedSteps]).toEqual(['d']);
    expect([...c.changedRoutes]).toEqual(['a']);
    expect([...c.changedSteps]).toEqual([]);
    expect(c.removedSteps).toEqual(['c']);
    expect([...c.changedPools]).toEqual(['p']);
    expect(c.removedPools).toEqual(['q']);
  });
});
