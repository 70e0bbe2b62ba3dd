import type { Route, RouteTarget } from '../model/model.js';
import type { Stream } from '../rng/stream.js';
import type { ItemStore } from './itemStore.js';
import { compileCondition } from './conditions.js';

/** A route compiled once at setup: picks the next node for an item. Fixed routes skip the call (see SimState.fixedNext). */
export type Router = (items: ItemStore, item: number) => number;

/**
 * Compiles a route. `stream(suffix)` gives the random stream of a probabilistic route: the node's own
 * (suffix '') for the top route, and one per nested place (suffix '/otherwise', '/when.0',
 * '/thresholds.2', '/split.1', ...), so that nesting a rule in one branch moves no draw of another. `topCuts`,
 * for a top thresholds route, is the array its router reads, so that a timeline can move a cut
 * during a run (NodeTable.thresholdCuts); nested thresholds read copies of their own.
 */
export function compileRoute(
  route: Route,
  stream: (suffix: string) => Stream,
  suffix = '',
  topCuts: Float64Array | null = null,
): Router {
  switch (route.kind) {
    case 'fixed': {
      const to = route.to;
      return () => to;
    }
    case 'probabilistic': {
      const n = route.branches.length;
      const cum = new Float64Array(n);
      let total = 0;
      route.branches.forEach((b, k) => {
        total += b.p;
        cum[k] = total;
      });
      const u = stream(suffix);
      if (route.branches.every((b) => isFlat(b.to))) {
        const to = Int32Array.from(route.branches.map((b) => b.to as number));
        return () => {
          const x = u() * total;
          for (let k = 0; k < n - 1; k++) if (x < cum[k]) return to[k];
          return to[n - 1];
        };
      }
      const to = route.branches.map((b, k) => target(b.to, stream, `${suffix}/split.${k}`));
      return (items, i) => {
        const x = u() * total;
        for (let k = 0; k < n - 1; k++) if (x < cum[k]) return to[k](items, i);
        return to[n - 1](items, i);
      };
    }
    case 'conditional': {
      const tests = route.branches.map((b) => compileCondition(b.when));
      if (isFlat(route.otherwise) && route.branches.every((b) => isFlat(b.to))) {
        const to = route.branches.map((b) => b.to as number);
        const otherwise = route.otherwise as number;
        return (items, i) => {
          for (let k = 0; k < tests.length; k++) if (tests[k](items, i)) return to[k];
          return otherwise;
        };
      }
      const to = route.branches.map((b, k) => target(b.to, stream, `${suffix}/when.${k}`));
      const otherwise = target(route.otherwise, stream, `${suffix}/otherwise`);
      return (items, i) => {
        for (let k = 0; k < tests.length; k++) if (tests[k](items, i)) return to[k](items, i);
        return otherwise(items, i);
      };
    }
    case 'thresholds': {
      const attr = route.attr;
      const cuts = topCuts ?? Float64Array.from(route.cuts);
      if (route.to.every(isFlat)) {
        const to = route.to as number[];
        return (items, i) => {
          const v = items.attrs[i * items.nAttrs + attr];
          let k = 0;
          while (k < cuts.length && v >= cuts[k]) k++;
          return to[k];
        };
      }
      const to = route.to.map((t, k) => target(t, stream, `${suffix}/thresholds.${k}`));
      return (items, i) => {
        const v = items.attrs[i * items.nAttrs + attr];
        let k = 0;
        while (k < cuts.length && v >= cuts[k]) k++;
        return to[k](items, i);
      };
    }
  }
}

const isFlat = (t: RouteTarget): t is number => typeof t === 'number';

function target(t: RouteTarget, stream: (suffix: string) => Stream, suffix: string): Router {
  if (typeof t === 'number') return () => t;
  return compileRoute(t, stream, suffix);
}
