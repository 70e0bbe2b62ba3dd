import type { Model } from '../model/model.js';
import type { Stream } from '../rng/stream.js';
import { compileRoute, type Router } from './routing.js';

export const NODE_STEP = 0;
export const NODE_GATE = 1;
export const NODE_FORUM = 2;
export const NODE_EXIT = 3;

/** What every node has, whatever its kind: its kind, its function and where an item goes next. */
export class NodeTable {
  readonly count: number;
  /** NODE_STEP, NODE_GATE, NODE_FORUM or NODE_EXIT. */
  readonly kind: Uint8Array;
  /** Index into model.functions; -1 for a node of no function. */
  readonly functionIndex: Int32Array;
  /** Next node of a fixed route; -1 when a router decides. */
  readonly fixedNext: Int32Array;
  /** Where an item done at the node goes when nothing can intervene (fixed route, no error detection, no handoff); else -1. */
  readonly plainNext: Int32Array;
  /** The compiled route of a node whose route is not fixed; null otherwise. */
  readonly router: (Router | null)[];
  /** A thresholds gate's cut points (its router reads them, a timeline may move them); null elsewhere. */
  readonly thresholdCuts: (Float64Array | null)[];
  /** 1 for an exit whose outcome is done (else rejected). */
  readonly exitIsDone: Uint8Array;
  /** 1 for an escalation step (served only by executives). */
  readonly isEscalation: Uint8Array;

  constructor(model: Model, stream: (name: string) => Stream) {
    const count = (this.count = model.nodes.length);
    this.kind = new Uint8Array(count);
    this.functionIndex = new Int32Array(count);
    this.fixedNext = new Int32Array(count).fill(-1);
    this.plainNext = new Int32Array(count).fill(-1);
    this.router = new Array(count).fill(null);
    this.thresholdCuts = new Array(count).fill(null);
    this.exitIsDone = new Uint8Array(count);
    this.isEscalation = new Uint8Array(count);
    model.nodes.forEach((node, n) => {
      this.functionIndex[n] = node.fn;
      if (node.next) {
        if (node.next.kind === 'fixed') this.fixedNext[n] = node.next.to;
        else {
          const cuts = node.next.kind === 'thresholds' ? Float64Array.from(node.next.cuts) : null;
          this.thresholdCuts[n] = cuts;
          this.router[n] = compileRoute(node.next, (suffix) => stream(`route:${node.id}${suffix}`), '', cuts);
        }
      }
      switch (node.kind) {
        case 'step':
          this.kind[n] = NODE_STEP;
          this.isEscalation[n] = node.escalation ? 1 : 0;
          break;
        case 'gate':
          this.kind[n] = NODE_GATE;
          break;
        case 'forum':
          this.kind[n] = NODE_FORUM;
          break;
        case 'exit':
          this.kind[n] = NODE_EXIT;
          this.exitIsDone[n] = node.outcome === 'done' ? 1 : 0;
          break;
      }
    });
    for (let n = 0; n < count; n++) {
      const to = this.fixedNext[n];
      if (to < 0 || model.nodes[n].rework) continue;
      // No handoff can apply: the target has no function, or the item stays in this node's function.
      const fnTo = this.functionIndex[to];
      if (fnTo < 0 || fnTo === this.functionIndex[n]) this.plainNext[n] = to;
    }
  }
}
