import type {
  CostBreakdown,
  ExecutiveFigures,
  FlowFigures,
  Percentiles,
  PoolFigures,
  RunResult,
  SeriesFigures,
  StepFigures,
  Totals,
} from '../report/runResult.js';
import { PercentileSketch } from '../stats/percentileSketch.js';
import { K_EXIT, K_FORUM, K_GATE, K_STEP, type SimState } from './simState.js';

/** Key of costs that belong to no function (nodes without a function, items that never reached one). */
export const NO_FUNCTION = '(none)';

function percentiles(p: PercentileSketch): Percentiles {
  return { mean: p.mean, p50: p.quantile(0.5), p90: p.quantile(0.9), p95: p.quantile(0.95) };
}

/** Per-step, per-pool and per-function sums of the per-server accumulators. */
interface Sums {
  stBusy: Float64Array;
  stTasks: Float64Array;
  inService: Float64Array;
  poolTasks: Float64Array;
  /** By pool and function (column nF = no function). */
  poolFnBusy: Float64Array;
  poolFnTasks: Float64Array;
  decisions: Float64Array;
}

function sums(s: SimState): Sums {
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

interface PoolCost {
  figures: PoolFigures;
  rework: number;
  /** Cost attributed to each function (last column: no function). */
  byFn: Float64Array;
  available: number;
}

/** Turns the accumulators of a finished run into the plain-data RunResult. */
export function assembleResult(s: SimState, seed: string | number, replication: number): RunResult {
  const m = s.model;
  const end = s.horizon;
  const span = end - s.warmup;
  const weeks = span / 168;

  // Types and the whole flow.
  const byType: Record<string, FlowFigures> = {};
  const overall: FlowFigures = emptyFlow();
  // The whole flow's sketch and WIP are the types' merged: one update per event instead of two.
  const cycle = new PercentileSketch();
  m.itemTypes.forEach((ty, k) => {
    const done = s.tyDone[k];
    const defect = s.tyDefect[k];
    const f: FlowFigures = {
      arrived: s.tyArrived[k],
      done,
      doneWithDefect: defect,
      rejected: s.tyRejected[k],
      abandoned: s.tyAbandoned[k],
      blocked: s.tyBlocked[k],
      inSystemAtEnd: s.tyWip[k].value,
      throughputPerWeek: weeks > 0 ? (done + defect) / weeks : 0,
      cycleTime: percentiles(s.tyCycle[k]),
      wipMean: s.tyWip[k].mean(end),
      value: (done + defect) * ty.value,
    };
    byType[ty.id] = f;
    overall.arrived += f.arrived;
    overall.done += f.done;
    overall.doneWithDefect += f.doneWithDefect;
    overall.rejected += f.rejected;
    overall.abandoned += f.abandoned;
    overall.blocked += f.blocked;
    overall.inSystemAtEnd += f.inSystemAtEnd;
    overall.value += f.value;
    overall.wipMean += f.wipMean;
    cycle.merge(s.tyCycle[k]);
  });
  overall.throughputPerWeek = weeks > 0 ? (overall.done + overall.doneWithDefect) / weeks : 0;
  overall.cycleTime = percentiles(cycle);

  // Pools and their costs.
  const sum = sums(s);
  const poolCosts = m.pools.map((_, p) => poolCost(s, sum, p, span));
  const pools: Record<string, PoolFigures> = {};
  const executives: Record<string, ExecutiveFigures> = {};
  m.pools.forEach((pool, p) => {
    pools[pool.id] = poolCosts[p].figures;
    if (pool.kind === 'executive') {
      const consumed = poolCosts[p].figures.busyHours;
      executives[pool.id] = {
        escalations: sum.decisions[p],
        escalationsPerWeek: weeks > 0 ? sum.decisions[p] / weeks : 0,
        hoursConsumed: consumed,
        budgetUtilisation: pool.budgetHoursPerWeek > 0 && weeks > 0 ? consumed / (pool.budgetHoursPerWeek * weeks) : 0,
        decisionWait: percentiles(s.execDecisionWait[p]),
      };
    }
  });

  // Cost breakdown: by function, kind and cause, each summing to the total.
  const cost = costBreakdown(s, poolCosts, overall);

  // Steps.
  const steps: Record<string, StepFigures> = {};
  m.nodes.forEach((node, n) => {
    const kind = s.nodeKind[n];
    let available = 0;
    if (kind === K_STEP) {
      for (let k = s.srvFirst[n]; k < s.srvFirst[n] + s.srvCount[n]; k++) available += poolCosts[s.srvPool[k]].available;
    }
    steps[node.id] = {
      kind: kind === K_STEP ? 'step' : kind === K_GATE ? 'gate' : kind === K_FORUM ? 'forum' : 'exit',
      function: node.fn >= 0 ? m.functions[node.fn] : null,
      arrivals: s.stArrivals[n],
      completions: kind === K_STEP ? sum.stTasks[n] : s.stCompletions[n],
      utilisation: available > 0 ? sum.stBusy[n] / available : 0,
      wait: percentiles(s.stWait[n]),
      queueMean: s.stQueueTW[n].mean(end),
      wipEnd: kind === K_FORUM ? s.forumHeld[n] : kind === K_EXIT ? 0 : s.waiting[n] + sum.inService[n],
      blocked: s.stBlocked[n],
      overflowed: s.stOverflowed[n],
      abandoned: s.stAbandoned[n],
      slaEscalations: s.stSla[n],
    };
  });

  // Totals over the whole run; open errors counted on the items still in the system.
  let errorsOpen = 0;
  const items = s.items;
  for (let i = 0; i < items.capacity; i++) if (items.alive[i] === 1) errorsOpen += items.openErrors[i];
  const t = s.totals;
  const totals: Totals = {
    arrived: t.arrived,
    done: t.done,
    doneWithDefect: t.doneWithDefect,
    rejected: t.rejected,
    abandoned: t.abandoned,
    blocked: t.blocked,
    inSystemAtEnd: items.live,
    errorsMade: t.errorsMade,
    errorsCaught: t.errorsCaught,
    errorsEscaped: t.errorsEscaped,
    errorsDiscarded: t.errorsDiscarded,
    errorsOpen,
    escalations: t.escalations,
  };

  let series: SeriesFigures | null = null;
  if (m.traceEvery > 0) {
    const queues: Record<string, number[]> = {};
    let k = 0;
    m.nodes.forEach((node, n) => {
      if (s.nodeKind[n] === K_STEP) queues[node.id] = s.seriesQueues[k++];
    });
    series = { t: s.seriesT, wip: s.seriesWip, queues };
  }

  return {
    model: m.name,
    seed: String(seed),
    replication,
    horizon: s.horizon,
    warmup: s.warmup,
    events: s.events,
    overall,
    byType,
    cost,
    steps,
    pools,
    executives,
    quality: { ...s.quality },
    totals,
    series,
  };
}

function emptyFlow(): FlowFigures {
  return {
    arrived: 0,
    done: 0,
    doneWithDefect: 0,
    rejected: 0,
    abandoned: 0,
    blocked: 0,
    inSystemAtEnd: 0,
    throughputPerWeek: 0,
    cycleTime: { mean: 0, p50: 0, p90: 0, p95: 0 },
    wipMean: 0,
    value: 0,
  };
}

/**
 * One pool's figures and cost in the window. Humans are paid for every open hour of every head
 * plus overtime; busy hours include executives' forum (chair) hours. The cost is split
 * over functions: task costs by tasks done for each, hourly costs by busy hours spent for each
 * (a pool idle all window splits them evenly over the functions of the steps it serves).
 */
function poolCost(s: SimState, sum: Sums, p: number, span: number): PoolCost {
  const pool = s.model.pools[p];
  const nF = s.nF;
  const cal = s.poolCal[p];
  const openHours = cal !== null ? cal.openHours(s.warmup, s.horizon) : span;
  const cap = s.poolCap[p];
  const available = cap * openHours;
  const overtime = s.poolOverTW[p].integral(s.horizon);
  const busy = s.poolBusyTW[p].integral(s.horizon) + s.poolChairHours[p];
  // Humans are paid for every open hour; executives only when they carry a paid-hour cost (their
  // time is usually costed by the hours their decisions consume).
  const paid = pool.kind === 'human' || (pool.kind === 'executive' && pool.costPerPaidHour > 0) ? available + overtime : 0;
  const tasks = sum.poolTasks[p];
  const taskCost = tasks * pool.costPerTask;
  const hourlyCost = busy * pool.costPerBusyHour + paid * pool.costPerPaidHour;
  const cost = taskCost + hourlyCost;
  const reworkBusy = s.poolReworkBusy[p];
  const rework =
    s.poolReworkTasks[p] * pool.costPerTask +
    reworkBusy * (pool.costPerBusyHour + (pool.kind === 'agent' ? 0 : pool.costPerPaidHour));

  const byFn = new Float64Array(nF + 1);
  const shareBusy = new Float64Array(nF + 1);
  let busyTotal = 0;
  let taskTotal = 0;
  for (let f = 0; f <= nF; f++) {
    shareBusy[f] = sum.poolFnBusy[p * (nF + 1) + f] + s.poolChairFn[p * (nF + 1) + f];
    busyTotal += shareBusy[f];
    taskTotal += sum.poolFnTasks[p * (nF + 1) + f];
  }
  if (busyTotal <= 0) {
    // Idle all window: split evenly over the functions of the steps (and forums) the pool serves.
    const serves = s.poolServes[p];
    for (let k = 0; k < serves.length; k++) {
      const fn = s.nodeFn[s.srvNode[serves[k]]];
      shareBusy[fn >= 0 ? fn : nF] += 1;
      busyTotal += 1;
    }
    s.model.nodes.forEach((node) => {
      if (node.kind === 'forum' && node.chair === p) {
        shareBusy[node.fn >= 0 ? node.fn : nF] += 1;
        busyTotal += 1;
      }
    });
    if (busyTotal <= 0) {
      shareBusy[nF] = 1;
      busyTotal = 1;
    }
  }
  for (let f = 0; f <= nF; f++) {
    byFn[f] += (hourlyCost * shareBusy[f]) / busyTotal;
    if (taskTotal > 0) byFn[f] += (taskCost * sum.poolFnTasks[p * (nF + 1) + f]) / taskTotal;
  }
  if (taskTotal <= 0 && taskCost > 0) byFn[nF] += taskCost;

  return {
    figures: {
      kind: pool.kind,
      utilisation: available > 0 ? busy / available : 0,
      busyHours: busy,
      paidHours: paid,
      overtimeHours: overtime,
      tasks,
      cost,
    },
    rework,
    byFn,
    available,
  };
}

function costBreakdown(s: SimState, poolCosts: PoolCost[], overall: FlowFigures): CostBreakdown {
  const m = s.model;
  const nF = s.nF;
  const byKind = { agent: 0, human: 0, executive: 0 };
  const byCause = { labour: 0, agentTasks: 0, rework: 0, escapedDefects: s.quality.escapedDefectCost };
  const fnTotals = new Float64Array(nF + 1);
  let total = s.quality.escapedDefectCost;
  m.pools.forEach((pool, p) => {
    const pc = poolCosts[p];
    const c = pc.figures.cost;
    total += c;
    byKind[pool.kind] += c;
    const rework = Math.min(pc.rework, c);
    byCause.rework += rework;
    if (pool.kind === 'agent') byCause.agentTasks += c - rework;
    else byCause.labour += c - rework;
    for (let f = 0; f <= nF; f++) fnTotals[f] += pc.byFn[f];
  });
  for (let f = 0; f <= nF; f++) fnTotals[f] += s.defectCostByFn[f];
  // '(none)' sorts before every id, so it comes first.
  const byFunction: Record<string, number> = { [NO_FUNCTION]: fnTotals[nF] };
  m.functions.forEach((fn, f) => {
    byFunction[fn] = fnTotals[f];
  });
  const outcomes = overall.done + overall.doneWithDefect + overall.rejected + overall.abandoned;
  const done = overall.done + overall.doneWithDefect;
  return {
    total,
    perOutcome: outcomes > 0 ? total / outcomes : 0,
    perDone: done > 0 ? total / done : 0,
    byFunction,
    byKind,
    byCause,
  };
}
