import type { Model } from '../model/model.js';

/**
 * The handoff that applies from function a to function b (a != b), as an (a * F + b) table of
 * indices into model.handoffs, -1 for none: the first handoff with exactly that from/to, else the
 * first whose from and to each match or are "any" (-1).
 */
export function handoffTable(model: Model): Int32Array {
  const nF = model.functions.length;
  const table = new Int32Array(nF * nF).fill(-1);
  for (let a = 0; a < nF; a++) {
    for (let b = 0; b < nF; b++) {
      if (a === b) continue;
      let found = model.handoffs.findIndex((h) => h.from === a && h.to === b);
      if (found < 0) found = model.handoffs.findIndex((h) => (h.from === a || h.from < 0) && (h.to === b || h.to < 0));
      table[a * nF + b] = found;
    }
  }
  return table;
}
