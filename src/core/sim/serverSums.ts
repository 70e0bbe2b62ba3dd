import type { SimState } from './simState.js';

/**
 * Per-step, per-pool and per-function figures summed at the end of a run from the per-server and
 * per-item accumulators the loop keeps (one add per task or per wait, never a time-weighted update
 * per event). Work still under way at the horizon, tasks in service and items waiting, adds its
 * share of the window here.
 */
export interface Sums {
  stBusy: Float64Array;
  stTasks: Float64Array;
  inService: Float64Array;
  /** Item-hours waiting in each step's queue in the window. */
  stQueueArea: Float64Array;
  poolTasks: Float64Array;
  /** Busy server-hours of each pool's tasks in the window (forum chair hours not included). */
  poolBusy: Float64Array;
  poolReworkBusy: Float64Array;
  /** By pool and function (column nF = no function). */
  poolFnBusy: Float64Array;
  poolFnTasks: Float64Array;
  decisions: Float64Array;
}

export function sums(s: SimState): Sums {
  const nF1 = s.nF + 1;
  const end = s.horizon;
  const items = s.items;
  const srvBusy = Float64Array.from(s.srvBusy);
  const out: Sums = {
    stBusy: new Float64Array(s.nN),
    stTasks: new Float64Array(s.nN),
    inService: new Float64Array(s.nN),
    stQueueArea: Float64Array.from(s.stQueueArea),
    poolTasks: new Float64Array(s.nP),
    poolBusy: new Float64Array(s.nP),
    poolReworkBusy: Float64Array.from(s.poolReworkBusy),
    poolFnBusy: new Float64Array(s.nP * nF1),
    poolFnTasks: new Float64Array(s.nP * nF1),
    decisions: Float64Array.from(s.execDecisions),
  };
  for (let i = 0; i < items.capacity; i++) {
    if (items.alive[i] !== 1) continue;
    const srv = items.server[i];
    if (srv >= 0) {
      out.inService[s.srvNode[srv]]++;
      if (items.complSeq[i] >= 0) {
        // In service (not paused): its busy segment so far.
        const from = items.busyFrom[i] > s.warmup ? items.busyFrom[i] : s.warmup;
        if (end > from) {
          srvBusy[srv] += end - from;
          if (items.reworkTask[i] === 1) out.poolReworkBusy[s.srvPool[srv]] += end - from;
        }
      }
    } else if (items.token[i] >= 0) {
      // Waiting in a step's queue.
      const from = items.enqT[i] > s.warmup ? items.enqT[i] : s.warmup;
      if (end > from) out.stQueueArea[items.node[i]] += end - from;
    }
  }
  for (let k = 0; k < s.nS; k++) {
    const n = s.srvNode[k];
    const p = s.srvPool[k];
    const fn = s.nodeFn[n];
    const col = p * nF1 + (fn >= 0 ? fn : s.nF);
    out.stBusy[n] += srvBusy[k];
    out.stTasks[n] += s.srvTasks[k];
    out.poolTasks[p] += s.srvTasks[k];
    out.poolBusy[p] += srvBusy[k];
    out.poolFnBusy[col] += srvBusy[k];
    out.poolFnTasks[col] += s.srvTasks[k];
    if (s.escalation[n] === 1) out.decisions[p] += s.srvTasks[k];
  }
  return out;
}
