import type { Model } from '../model/model.js';
import type { Stream } from '../rng/stream.js';
import { makeExclusiveSampler, type Sampler } from '../distributions/index.js';

/** The handoff delays between functions (see moveTo). */
export class HandoffTable {
  readonly functionCount: number;
  /**
   * The handoff that applies from function a to function b (a != b), at a * functionCount + b, as an
   * index into model.handoffs, -1 for none: the first handoff with exactly that from/to, else the
   * first whose from and to each match or are "any" (-1).
   */
  readonly index: Int32Array;
  /** Delay of each handoff, drawn from its `handoff:<index>` stream. */
  readonly delay: Sampler[];

  constructor(model: Model, stream: (name: string) => Stream) {
    const nF = (this.functionCount = model.functions.length);
    this.index = new Int32Array(nF * nF).fill(-1);
    for (let a = 0; a < nF; a++) {
      for (let b = 0; b < nF; b++) {
        if (a === b) continue;
        let found = model.handoffs.findIndex((h) => h.from === a && h.to === b);
        if (found < 0)
          found = model.handoffs.findIndex((h) => (h.from === a || h.from < 0) && (h.to === b || h.to < 0));
        this.index[a * nF + b] = found;
      }
    }
    this.delay = model.handoffs.map((h, k) => makeExclusiveSampler(h.delay, stream(`handoff:${k}`)));
  }
}
