// ELK runs in a Web Worker of its own (its layered algorithm takes a second or more on a company
// file, which must not freeze the page), and a layout is kept per graph: a run's results or a
// change of a number that no label shows redraw without laying out again, and a later visit to the
// same graph finds its layout stored (storedLayouts.ts).
import * as elkApi from 'elkjs/lib/elk-api.js';
import type { ELK, ELKConstructorArguments, ElkNode } from 'elkjs/lib/elk-api.js';
import workerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { DiagramGraph } from './diagramGraph.js';
import { elkGraph, readElkLayout, type Layout } from './elkLayout.js';
import { keepLayout, layoutKey, storedLayout } from './storedLayouts.js';

const deadlineMs = 30_000;
let elk: ELK | null = null;
const cache = new Map<string, Promise<Layout>>();

/** elk-api.js is a CommonJS bundle: its constructor is the module or its `default`, depending on the bundler's interop. */
export function elkConstructor(m: unknown): new (args?: ELKConstructorArguments) => ELK {
  let c = m as { default?: unknown };
  while (typeof c !== 'function' && c?.default) c = c.default as { default?: unknown };
  return c as unknown as new (args?: ELKConstructorArguments) => ELK;
}

function instance(): ELK {
  const Elk = elkConstructor(elkApi);
  elk ??= new Elk({ workerFactory: () => new Worker(workerUrl) });
  return elk;
}

export function cachedLayout(graph: DiagramGraph): Promise<Layout> {
  const input = elkGraph(graph);
  const key = JSON.stringify(input);
  let layout = cache.get(key);
  if (!layout) {
    const stored = layoutKey(key);
    layout = storedLayout(stored)
      .then(
        (kept) =>
          kept ??
          laidOut(input).then((out) => {
            void keepLayout(stored, out);
            return out;
          }),
      )
      .then((out) => readElkLayout(graph, out));
    layout.catch(() => cache.delete(key));
    if (cache.size > 20) cache.delete(cache.keys().next().value!);
    cache.set(key, layout);
  }
  // The cached layout belongs to an equal graph; point its nodes at this one's.
  return layout.then((l) => readElkLayoutFor(graph, l));
}

/** ELK's layout of `input`, or an error past the deadline (the worker is then replaced). */
function laidOut(input: ElkNode): Promise<ElkNode> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    instance().layout(input),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // A layout past the deadline will not come back: start a fresh worker for the next one.
        elk?.terminateWorker();
        elk = null;
        reject(new Error(`it took more than ${deadlineMs / 1000} seconds`));
      }, deadlineMs);
    }),
  ]).finally(() => clearTimeout(timer));
}

function readElkLayoutFor(graph: DiagramGraph, l: Layout): Layout {
  const nodes = l.nodes.map((n, i) => ({ ...graph.nodes[i], x: n.x, y: n.y }));
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const edges = l.edges.map((e, i) => ({
    ...e,
    edge: graph.edges[i].edge,
    from: byKey.get(e.from.key)!,
    to: byKey.get(e.to.key)!,
  }));
  return { ...l, nodes, edges };
}
