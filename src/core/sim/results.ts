import type {
  CycleTimeLedger,
  ExecutiveFigures,
  NodeTime,
  FlowFigures,
  Percentiles,
  PoolFigures,
  RunResult,
  SeriesFigures,
  StepFigures,
  Totals,
} from '../report/runResult.js';
import type { Model } from '../model/model.js';
import { PercentileSketch } from '../stats/percentileSketch.js';
import type { SimState } from './simState.js';
import { NODE_EXIT, NODE_FORUM, NODE_GATE, NODE_STEP } from './nodeTable.js';
import { sums } from './serverSums.js';
import { costBreakdown, poolCost } from './costs.js';
import { periodFigures } from './periods.js';
import { budgetHoursInWindow } from './budgetWindow.js';

/** The clock a limit counts on: the wall clock, or the open hours of a named calendar. */
function clockName(m: Model, calendar: number): string {
  return calendar < 0 ? 'wall clock' : `working hours of ${m.calendars[calendar].id}`;
}

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
  const wipArea = Float64Array.from(s.typeStats.wipArea);
  const inSystem = new Float64Array(s.types.count);
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
  const cycle = new PercentileSketch(s.arena);
  const queueWait = new PercentileSketch(s.arena);
  m.itemTypes.forEach((ty, k) => {
    const done = s.typeStats.done[k];
    const defect = s.typeStats.doneWithDefect[k];
    const f: FlowFigures = {
      arrived: s.typeStats.arrived[k],
      done,
      doneWithDefect: defect,
      rejected: s.typeStats.rejected[k],
      abandoned: s.typeStats.abandoned[k],
      blocked: s.typeStats.blocked[k],
      inSystemAtEnd: inSystem[k],
      throughputPerWeek: weeks > 0 ? (done + defect) / weeks : 0,
      cycleTime: percentiles(s.typeStats.cycleTime[k]),
      queueWait: percentiles(s.cycleLedger.queueWait[k]),
      wipMean: span > 0 ? wipArea[k] / span : 0,
      value: (done + defect) * ty.value,
    };
    if (ty.patience !== null) f.patienceClock = clockName(m, ty.patienceCalendar);
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
    cycle.merge(s.typeStats.cycleTime[k]);
    queueWait.merge(s.cycleLedger.queueWait[k]);
  });
  overall.throughputPerWeek = weeks > 0 ? (overall.done + overall.doneWithDefect) / weeks : 0;
  overall.cycleTime = percentiles(cycle);
  overall.queueWait = percentiles(queueWait);

  // Pools and their costs.
  const sum = sums(s);
  const poolCosts = m.pools.map((_, p) => poolCost(s, sum, p, span));
  const pools: Record<string, PoolFigures> = {};
  const executives: Record<string, ExecutiveFigures> = {};
  m.pools.forEach((pool, p) => {
    pools[pool.id] = poolCosts[p].figures;
    if (pool.kind === 'executive')
      executives[pool.id] = executiveFigures(s, sum, p, poolCosts[p].figures.busyHours, weeks);
  });

  // Cost breakdown: by function, kind and cause, each summing to the total.
  const cost = costBreakdown(s, sum, poolCosts, overall, wipArea);

  // Steps.
  const steps: Record<string, StepFigures> = {};
  m.nodes.forEach((node, n) => {
    const kind = s.nodes.kind[n];
    // Each pool's open hours once, however many of the step's serve entries name it (with different
    // `when` conditions): counting them per entry would halve the step's utilisation. An executive's
    // are left out, as its hours are from the busy hours (stepBusyHours): its limit is the decision
    // budget, not its diary, so an escalation step has no utilisation, as its executive has none.
    let available = 0;
    if (kind === NODE_STEP) {
      const first = s.steps.firstServer[n];
      for (let k = first; k < first + s.steps.serverCount[n]; k++) {
        const p = s.servers.pool[k];
        let seen = m.pools[p].kind === 'executive';
        for (let j = first; j < k && !seen; j++) seen = s.servers.pool[j] === p;
        if (!seen) available += poolCosts[p].available;
      }
    }
    steps[node.id] = {
      kind: kind === NODE_STEP ? 'step' : kind === NODE_GATE ? 'gate' : kind === NODE_FORUM ? 'forum' : 'exit',
      function: node.fn >= 0 ? m.functions[node.fn] : null,
      arrivals: s.stepStats.arrivals[n],
      completions: kind === NODE_STEP ? sum.stepTasks[n] : s.stepStats.completions[n],
      utilisation: available > 0 ? sum.stepBusyHours[n] / available : 0,
      availableHours: available,
      wait: percentiles(s.stepStats.wait[n]),
      started: s.stepStats.wait[n].n,
      startedByType: startedByType(s, n),
      waitByType: waitByType(s, n),
      timeInStep: percentiles(s.stepStats.timeInStep[n]),
      queueMean: kind === NODE_FORUM ? s.stepStats.forumHeld[n].mean(end) : span > 0 ? sum.stepQueueArea[n] / span : 0,
      pWait: s.stepStats.started[n] > 0 ? s.stepStats.waited[n] / s.stepStats.started[n] : 0,
      sessions: s.stepStats.sessions[n],
      meanBatch: s.stepStats.sessions[n] > 0 ? s.stepStats.completions[n] / s.stepStats.sessions[n] : 0,
      wipEnd: kind === NODE_FORUM ? s.forums.held[n] : kind === NODE_EXIT ? 0 : s.steps.waiting[n] + sum.inService[n],
      blocked: s.stepStats.blocked[n],
      overflowed: s.stepStats.overflowed[n],
      abandoned: s.stepStats.abandoned[n],
      slaEscalations: s.stepStats.slaBreaches[n],
    };
    if (s.preemption.inService[n] !== null) steps[node.id].preemptions = s.preemption.interruptions[n];
    if (node.kind === 'step' && node.sla !== null) steps[node.id].slaClock = clockName(m, node.sla.calendar);
  });

  // Totals over the whole run; open errors counted on the items still in the system.
  let errorsOpen = 0;
  for (let i = 0; i < items.capacity; i++) if (items.alive[i] === 1) errorsOpen += items.openErrors[i];
  const t = s.totals;
  const q = s.quality;
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
      if (s.nodes.kind[n] === NODE_STEP) queues[node.id] = s.series.queues[k++];
    });
    series = { t: s.series.t, wip: s.series.wip, queues };
  }

  const result: RunResult = {
    model: m.name,
    seed: String(seed),
    replication,
    horizon: s.horizon,
    warmup: s.warmup,
    events: s.eventCount,
    overall,
    byType,
    cost,
    steps,
    pools,
    executives,
    quality: {
      errorsMade: q.errorsMade,
      errorsCaught: q.errorsCaught,
      errorsEscaped: q.errorsEscaped,
      reworkRounds: q.reworkRounds,
      errorsDiscarded: q.errorsDiscarded,
      escapedDefectCost: q.escapedDefectCost,
    },
    totals,
    series,
    cycleLedger: cycleLedgerOf(s),
  };
  if (s.periods !== null) result.periods = periodFigures(s);
  return result;
}

/** An executive's demand and what became of it, from the counters of its escalation steps and forums. */
function executiveFigures(
  s: SimState,
  sum: ReturnType<typeof sums>,
  p: number,
  consumed: number,
  weeks: number,
): ExecutiveFigures {
  const m = s.model;
  let adHoc = 0;
  let atForums = 0;
  let abandonedWaiting = 0;
  let turnedAway = 0;
  let leftBySla = 0;
  let waitingAtEnd = 0;
  m.nodes.forEach((node, n) => {
    const kind = s.nodes.kind[n];
    const own =
      (kind === NODE_STEP &&
        s.nodes.isEscalation[n] === 1 &&
        s.steps.serverCount[n] > 0 &&
        s.servers.pool[s.steps.firstServer[n]] === p) ||
      (node.kind === 'forum' && node.chair === p);
    if (!own) return;
    if (kind === NODE_STEP) {
      adHoc += s.stepStats.arrivals[n];
      abandonedWaiting += s.stepStats.abandoned[n];
      turnedAway += s.stepStats.blocked[n] + s.stepStats.overflowed[n];
      leftBySla += s.stepStats.slaBreaches[n];
      waitingAtEnd += s.steps.waiting[n];
    } else {
      atForums += s.stepStats.arrivals[n];
      waitingAtEnd += s.forums.held[n];
    }
  });
  const escalations = adHoc + atForums;
  const atForum = s.poolStats.forumDecisions[p];
  const decided = sum.decisions[p];
  const budgetHours = budgetHoursInWindow(s, p);
  const perWeek = (x: number) => (weeks > 0 ? x / weeks : 0);
  return {
    escalations,
    escalationsPerWeek: perWeek(escalations),
    escalationsAdHoc: adHoc,
    escalationsAtForum: atForums,
    decided,
    decidedPerWeek: perWeek(decided),
    decidedAdHoc: decided - atForum,
    decidedAtForum: atForum,
    abandonedWaiting,
    turnedAway,
    leftBySla,
    waitingAtEnd,
    hoursConsumed: consumed,
    budgetPerWeek: s.poolLimits.budgetHoursPerWeek[p],
    budgetHours,
    budgetUtilisation: budgetHours > 0 ? consumed / budgetHours : 0,
    decisionWait: percentiles(s.poolStats.decisionWait[p]),
  };
}

/** The waits counted at node n for item type k (services started, forum decisions): their count. */
function waitCount(s: SimState, n: number, k: number): number {
  const stats = s.stepStats;
  return stats.waitByTypeKept ? stats.waitCountByType[n * s.types.count + k] : stats.wait[n].n;
}

/** A node's services started (forum decisions) per item type. */
function startedByType(s: SimState, n: number): Record<string, number> {
  const out: Record<string, number> = {};
  s.model.itemTypes.forEach((ty, k) => {
    out[ty.id] = waitCount(s, n, k);
  });
  return out;
}

/** A node's mean wait per item type. */
function waitByType(s: SimState, n: number): Record<string, number> {
  const out: Record<string, number> = {};
  const stats = s.stepStats;
  s.model.itemTypes.forEach((ty, k) => {
    const count = waitCount(s, n, k);
    const sum = stats.waitByTypeKept ? stats.waitSumByType[n * s.types.count + k] : stats.wait[n].sum;
    out[ty.id] = count > 0 ? sum / count : 0;
  });
  return out;
}

/** The ledger's sums per node (exits aside: no time is spent there) and in transit. */
function cycleLedgerOf(s: SimState): CycleTimeLedger {
  const ledger = s.cycleLedger;
  const nodes: Record<string, NodeTime> = {};
  s.model.nodes.forEach((node, n) => {
    if (s.nodes.kind[n] === NODE_EXIT) return;
    nodes[node.id] = { visits: ledger.visits[n], waitHours: ledger.waitHours[n], serviceHours: ledger.serviceHours[n] };
  });
  return { nodes, handoffHours: ledger.handoffHours, beforeStartHours: ledger.beforeStartHours };
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
    queueWait: { mean: 0, p50: 0, p90: 0, p95: 0 },
    wipMean: 0,
    value: 0,
  };
}
