import type { SimState } from './simState.js';

/** Per-step, per-pool and per-function sums of the per-server accumulators. */
export interface Sums {
  stBusy: Float64Array;
  stTasks: Float64Array;
  inService: Float64Array;
  poolTasks: Float64Array;
  /** By pool and function (column nF = no function). */
  poolFnBusy: Float64Array;
  poolFnTasks: Float64Array;
  decisions: Float64Array;
}

export function sums(s: SimState): Sums {
  const nF1 = s.nF + 1;
  const out: Sums = {
    stBusy: new Float64Array(s.nN),
    stTasks: new Float64Array(s.nN),
    inService: new Float64Array(s.nN),
    poolTasks: new Float64Array(s.nP),
    poolFnBusy: new Float64Array(s.nP * nF1),
    poolFnTasks: new Float64Array(s.nP * nF1),
    decisions: Float64Array.from(s.execDecisions),
  };
  for (let k = 0; k < s.nS; k++) {
    const n = s.srvNode[k];
    const p = s.srvPool[k];
    const fn = s.nodeFn[n];
    const col = p * nF1 + (fn >= 0 ? fn : s.nF);
    out.stBusy[n] += s.srvBusy[k];
    out.stTasks[n] += s.srvTasks[k];
    out.poolTasks[p] += s.srvTasks[k];
    out.poolFnBusy[col] += s.srvBusy[k];
    out.poolFnTasks[col] += s.srvTasks[k];
    if (s.escalation[n] === 1) out.decisions[p] += s.srvTasks[k];
  }
  const items = s.items;
  for (let i = 0; i < items.capacity; i++) {
    if (items.alive[i] === 1 && items.server[i] >= 0) out.inService[s.srvNode[items.server[i]]]++;
  }
  return out;
}
