import type { Route } from '../model/model.js';
import type { Stream } from '../rng/stream.js';
import type { ItemStore } from './itemStore.js';
import { compileCondition } from './conditions.js';

/** A route compiled once at setup: picks the next node for an item. Fixed routes skip the call (see SimState.fixedNext). */
export type Router = (items: ItemStore, item: number) => number;

export function compileRoute(route: Route, stream: () => Stream): Router {
  switch (route.kind) {
    case 'fixed': {
      const to = route.to;
      return () => to;
    }
    case 'probabilistic': {
      const n = route.branches.length;
      const to = Int32Array.from(route.branches.map((b) => b.to));
      const cum = new Float64Array(n);
      let total = 0;
      route.branches.forEach((b, k) => {
        total += b.p;
        cum[k] = total;
      });
      const u = stream();
      return () => {
        const x = u() * total;
        for (let k = 0; k < n - 1; k++) if (x < cum[k]) return to[k];
        return to[n - 1];
      };
    }
    case 'conditional': {
      const tests = route.branches.map((b) => compileCondition(b.when));
      const to = route.branches.map((b) => b.to);
      const otherwise = route.otherwise;
      return (items, i) => {
        for (let k = 0; k < tests.length; k++) if (tests[k](items, i)) return to[k];
        return otherwise;
      };
    }
    case 'thresholds': {
      const { attr, cuts, to } = route;
      return (items, i) => {
        const v = items.attrs[i * items.nAttrs + attr];
        let k = 0;
        while (k < cuts.length && v >= cuts[k]) k++;
        return to[k];
      };
    }
  }
}
