import type {
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
import { sums } from './serverSums.js';
import { costBreakdown, poolCost } from './costs.js';

function percentiles(p: PercentileSketch): Percentiles {
  return { mean: p.mean, p50: p.quantile(0.5), p90: p.quantile(0.9), p95: p.quantile(0.95) };
}

/** Turns the accumulators of a finished run into the plain-data RunResult. */
export function assembleResult(s: SimState, seed: string | number, replication: number): RunResult {
  const m = s.model;
  const end = s.horizon;
  const span = end - s.warmup;
  const weeks = span / 168;

  // Types and the whole flow. Items still in the system add their time in the window to the WIP
  // integral (items left already added theirs); time before 0 (initial WIP's age) is not in the system.
  const wipArea = Float64Array.from(s.tyWipArea);
  const inSystem = new Float64Array(s.nT);
  const items = s.items;
  for (let i = 0; i < items.capacity; i++) {
    if (items.alive[i] !== 1) continue;
    const ty = items.type[i];
    inSystem[ty]++;
    const from = Math.max(items.arrivalT[i], 0, s.warmup);
    if (end > from) wipArea[ty] += end - from;
  }
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
      inSystemAtEnd: inSystem[k],
      throughputPerWeek: weeks > 0 ? (done + defect) / weeks : 0,
      cycleTime: percentiles(s.tyCycle[k]),
      wipMean: span > 0 ? wipArea[k] / span : 0,
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
      queueMean: kind === K_FORUM ? s.stQueueTW[n].mean(end) : span > 0 ? sum.stQueueArea[n] / span : 0,
      wipEnd: kind === K_FORUM ? s.forumHeld[n] : kind === K_EXIT ? 0 : s.waiting[n] + sum.inService[n],
      blocked: s.stBlocked[n],
      overflowed: s.stOverflowed[n],
      abandoned: s.stAbandoned[n],
      slaEscalations: s.stSla[n],
    };
  });

  // Totals over the whole run; open errors counted on the items still in the system.
  let errorsOpen = 0;
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

