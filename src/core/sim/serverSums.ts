import type { SimState } from './simState.js';

/**
 * Per-step, per-pool and per-function figures summed at the end of a run from the per-server and
 * per-item accumulators the loop keeps (one add per task or per wait, never a time-weighted update
 * per event). Work still under way at the horizon, tasks in service and items waiting, adds its
 * share of the window here.
 */
export interface Sums {
  /** Busy server-hours at each step of its pools that are not executives (what the step's utilisation is over). */
  stepBusyHours: Float64Array;
  stepTasks: Float64Array;
  inService: Float64Array;
  /** Item-hours waiting in each step's queue in the window. */
  stepQueueArea: Float64Array;
  poolTasks: Float64Array;
  /** Busy server-hours of each pool's tasks in the window (forum chair hours not included). */
  poolBusyHours: Float64Array;
  poolReworkHours: Float64Array;
  /** By pool and function, at pool * (functions + 1) + function (last column: no function). */
  poolFunctionBusyHours: Float64Array;
  poolFunctionTasks: Float64Array;
  decisions: Float64Array;
  /** By pool and item type, at pool * types + type: busy hours (forum chair hours included) and rework hours. */
  poolBusyHoursByType: Float64Array;
  poolReworkHoursByType: Float64Array;
}

export function sums(s: SimState): Sums {
  const nodes = s.nodes;
  const servers = s.servers;
  const items = s.items;
  const functionCount = s.functionCount;
  const columns = functionCount + 1;
  const end = s.horizon;
  const pools = s.pools.count;
  const types = s.types.count;
  const busyHours = Float64Array.from(s.serverStats.busyHours);
  const tasks = s.serverStats.tasks;
  const out: Sums = {
    stepBusyHours: new Float64Array(nodes.count),
    stepTasks: new Float64Array(nodes.count),
    inService: new Float64Array(nodes.count),
    stepQueueArea: Float64Array.from(s.stepStats.queueArea),
    poolTasks: new Float64Array(pools),
    poolBusyHours: new Float64Array(pools),
    poolReworkHours: Float64Array.from(s.poolStats.reworkHours),
    poolFunctionBusyHours: new Float64Array(pools * columns),
    poolFunctionTasks: new Float64Array(pools * columns),
    decisions: Float64Array.from(s.poolStats.forumDecisions),
    poolBusyHoursByType: Float64Array.from(s.poolStats.busyHoursByType),
    poolReworkHoursByType: Float64Array.from(s.poolStats.reworkHoursByType),
  };
  for (let i = 0; i < items.capacity; i++) {
    if (items.alive[i] !== 1) continue;
    const server = items.server[i];
    if (server >= 0) {
      out.inService[servers.step[server]]++;
      if (items.complSeq[i] >= 0) {
        // In service (not paused): its busy segment so far.
        const from = items.busyFrom[i] > s.warmup ? items.busyFrom[i] : s.warmup;
        if (end > from) {
          busyHours[server] += end - from;
          const p = servers.pool[server];
          out.poolBusyHoursByType[p * types + items.type[i]] += end - from;
          if (items.reworkNode[i] >= 0) {
            out.poolReworkHours[p] += end - from;
            out.poolReworkHoursByType[p * types + items.type[i]] += end - from;
          }
        }
      }
    } else if (items.token[i] !== -1) {
      // Waiting in a step's queue.
      const from = items.enqT[i] > s.warmup ? items.enqT[i] : s.warmup;
      if (end > from) out.stepQueueArea[items.node[i]] += end - from;
    }
  }
  for (let k = 0; k < servers.count; k++) {
    const n = servers.step[k];
    const p = servers.pool[k];
    const fn = nodes.functionIndex[n];
    const col = p * columns + (fn >= 0 ? fn : functionCount);
    if (s.model.pools[p].kind !== 'executive') out.stepBusyHours[n] += busyHours[k];
    out.stepTasks[n] += tasks[k];
    out.poolTasks[p] += tasks[k];
    out.poolBusyHours[p] += busyHours[k];
    out.poolFunctionBusyHours[col] += busyHours[k];
    out.poolFunctionTasks[col] += tasks[k];
    if (nodes.isEscalation[n] === 1) out.decisions[p] += tasks[k];
  }
  return out;
}
