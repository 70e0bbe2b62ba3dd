import type { Model } from '../model/model.js';
import type { Stream } from '../rng/stream.js';
import { timelineMakesErrors } from './timelineTable.js';

/** Where errors are made and detected, per node (see errorsAndRework); error rates are per server (ServerTable.errorRate). */
export class ErrorTable {
  /** The `error:<step>` stream of a step where some server may make errors; null elsewhere. */
  readonly makeStream: (Stream | null)[];
  /** Probability that a node with rework detects an item's open errors; -1 for a node without rework. */
  readonly detectProbability: Float64Array;
  /** The `detect:<node>` stream of a node with rework. */
  readonly detectStream: (Stream | null)[];
  /** Where a caught item is sent back to. */
  readonly reworkTo: Int32Array;
  readonly maxRounds: Int32Array;
  /** Where a caught item goes once it has had maxRounds rounds. */
  readonly exceededTo: Int32Array;

  constructor(model: Model, stream: (name: string) => Stream) {
    const count = model.nodes.length;
    this.makeStream = new Array(count).fill(null);
    this.detectProbability = new Float64Array(count).fill(-1);
    this.detectStream = new Array(count).fill(null);
    this.reworkTo = new Int32Array(count).fill(-1);
    this.maxRounds = new Int32Array(count);
    this.exceededTo = new Int32Array(count).fill(-1);
    model.nodes.forEach((node, n) => {
      if (node.rework) {
        this.detectProbability[n] = node.rework.detect;
        this.reworkTo[n] = node.rework.to;
        this.maxRounds[n] = node.rework.maxRounds;
        this.exceededTo[n] = node.rework.exceeded;
        this.detectStream[n] = stream(`detect:${node.id}`);
      }
      if (node.kind === 'step') {
        const anyErrors = node.servers.some(
          (s) =>
            (s.errorRate ?? model.pools[s.pool].errorRate).some((r) => r > 0) ||
            (s.errorRate === null && timelineMakesErrors(model, s.pool)),
        );
        if (anyErrors) this.makeStream[n] = stream(`error:${node.id}`);
      }
    });
  }
}
