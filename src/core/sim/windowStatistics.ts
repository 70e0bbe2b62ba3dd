import type { Model } from '../model/model.js';
import { PercentileSketch } from '../stats/percentileSketch.js';
import type { Float64Arena } from '../stats/float64Arena.js';
import { TimeWeighted } from '../stats/timeWeighted.js';

// What the loop counts from the warm-up time on (the window), one table per thing counted, and the
// whole-run totals. The loop adds once per task or per wait; per-step, per-pool and per-function
// figures are summed from these at the end (serverSums, results).

/** Per node (steps, gates, forums, exits). */
export class StepStatistics {
  readonly arrivals: Float64Array;
  readonly completions: Float64Array;
  readonly blocked: Float64Array;
  readonly overflowed: Float64Array;
  readonly abandoned: Float64Array;
  readonly slaBreaches: Float64Array;
  readonly wait: PercentileSketch[];
  /** Services started at a step, and those of them that had to wait first (P(wait) = waited / started). */
  readonly started: Float64Array;
  readonly waited: Float64Array;
  /** Forum sessions held. */
  readonly sessions: Float64Array;
  /** Forums' held count over time (steps use queueArea). */
  readonly forumHeld: TimeWeighted[];
  /** Item-hours waiting in each step's queue, added as items leave the queue. */
  readonly queueArea: Float64Array;
  /** Hours from entering the node to leaving it, per visit completed in the window (a service, a forum decision). */
  readonly timeInStep: PercentileSketch[];
  /**
   * Waits (as in `wait`) summed and counted by node and item type, at node * types + type; kept only
   * with several item types (waitByTypeKept): with one, they are `wait`'s own sum and count, in the
   * same order, and the event loop is spared two more adds at every start.
   */
  readonly waitSumByType: Float64Array;
  readonly waitCountByType: Float64Array;
  readonly waitByTypeKept: boolean;

  constructor(model: Model, warmup: number, arena: Float64Arena) {
    const count = model.nodes.length;
    this.timeInStep = Array.from({ length: count }, () => new PercentileSketch(arena));
    this.waitSumByType = new Float64Array(count * model.itemTypes.length);
    this.waitCountByType = new Float64Array(count * model.itemTypes.length);
    this.waitByTypeKept = model.itemTypes.length > 1;
    this.arrivals = new Float64Array(count);
    this.completions = new Float64Array(count);
    this.blocked = new Float64Array(count);
    this.overflowed = new Float64Array(count);
    this.abandoned = new Float64Array(count);
    this.slaBreaches = new Float64Array(count);
    this.wait = Array.from({ length: count }, () => new PercentileSketch(arena));
    this.started = new Float64Array(count);
    this.waited = new Float64Array(count);
    this.sessions = new Float64Array(count);
    this.forumHeld = Array.from({ length: count }, () => new TimeWeighted(warmup));
    this.queueArea = new Float64Array(count);
  }
}

/** Per item type. */
export class TypeStatistics {
  readonly arrived: Float64Array;
  readonly done: Float64Array;
  readonly doneWithDefect: Float64Array;
  readonly rejected: Float64Array;
  readonly abandoned: Float64Array;
  readonly blocked: Float64Array;
  readonly cycleTime: PercentileSketch[];
  /** Item-hours in the system, added as each item leaves. */
  readonly wipArea: Float64Array;

  constructor(model: Model, arena: Float64Arena) {
    const count = model.itemTypes.length;
    this.arrived = new Float64Array(count);
    this.done = new Float64Array(count);
    this.doneWithDefect = new Float64Array(count);
    this.rejected = new Float64Array(count);
    this.abandoned = new Float64Array(count);
    this.blocked = new Float64Array(count);
    this.cycleTime = Array.from({ length: count }, () => new PercentileSketch(arena));
    this.wipArea = new Float64Array(count);
  }
}

/** Per server: steps, pools and functions are summed from these at the end (serverSums). */
export class ServerStatistics {
  readonly busyHours: Float64Array;
  readonly tasks: Float64Array;

  constructor(serverCount: number) {
    this.busyHours = new Float64Array(serverCount);
    this.tasks = new Float64Array(serverCount);
  }
}

/** Per pool. */
export class PoolStatistics {
  /** Servers working while the calendar is closed, over time. */
  readonly overtime: TimeWeighted[];
  readonly reworkHours: Float64Array;
  readonly reworkTasks: Float64Array;
  /** Forum decision hours of the chair. */
  readonly chairHours: Float64Array;
  /** chairHours by function, at pool * (functions + 1) + function (last column: no function). */
  readonly chairHoursByFunction: Float64Array;
  /** Forum decisions chaired (escalation-step decisions are summed from servers). */
  readonly forumDecisions: Float64Array;
  /** Executives' decision waits, at escalation steps and forums. */
  readonly decisionWait: PercentileSketch[];
  /** By pool and item type, at pool * types + type: busy hours (tasks and forum chair hours), tasks, and
   *  their rework part. Cost by item type is split from these (costs.ts). */
  readonly busyHoursByType: Float64Array;
  readonly tasksByType: Float64Array;
  readonly reworkHoursByType: Float64Array;
  readonly reworkTasksByType: Float64Array;

  constructor(model: Model, warmup: number, arena: Float64Arena) {
    const count = model.pools.length;
    const byType = count * model.itemTypes.length;
    this.busyHoursByType = new Float64Array(byType);
    this.tasksByType = new Float64Array(byType);
    this.reworkHoursByType = new Float64Array(byType);
    this.reworkTasksByType = new Float64Array(byType);
    this.overtime = Array.from({ length: count }, () => new TimeWeighted(warmup));
    this.reworkHours = new Float64Array(count);
    this.reworkTasks = new Float64Array(count);
    this.chairHours = new Float64Array(count);
    this.chairHoursByFunction = new Float64Array(count * (model.functions.length + 1));
    this.forumDecisions = new Float64Array(count);
    this.decisionWait = Array.from({ length: count }, () => new PercentileSketch(arena));
  }
}

/** Errors, rework and escalations in the window. */
export class QualityStatistics {
  errorsMade = 0;
  errorsCaught = 0;
  errorsEscaped = 0;
  reworkRounds = 0;
  errorsDiscarded = 0;
  escapedDefectCost = 0;
  escalations = 0;
  /** escapedDefectCost by the function the item was last in (last column: none). */
  readonly defectCostByFunction: Float64Array;
  /** escapedDefectCost by item type. */
  readonly defectCostByType: Float64Array;
  /** Costs of lost work (abandonCost of items abandoned or blocked) by the function of the node where they were
   *  lost (last column: none); by type they follow from the type's counts. */
  readonly lostCostByFunction: Float64Array;
  /** SLA breach penalties, by the function of the step breached (last column: none) and by item type. */
  readonly slaPenaltyByFunction: Float64Array;
  readonly slaPenaltyByType: Float64Array;

  constructor(model: Model) {
    const columns = model.functions.length + 1;
    this.defectCostByFunction = new Float64Array(columns);
    this.defectCostByType = new Float64Array(model.itemTypes.length);
    this.lostCostByFunction = new Float64Array(columns);
    this.slaPenaltyByFunction = new Float64Array(columns);
    this.slaPenaltyByType = new Float64Array(model.itemTypes.length);
  }
}

/** Counts over the whole run, warm-up included (RunResult.totals). */
export class RunTotals {
  arrived = 0;
  done = 0;
  doneWithDefect = 0;
  rejected = 0;
  abandoned = 0;
  blocked = 0;
  errorsMade = 0;
  errorsCaught = 0;
  errorsEscaped = 0;
  errorsDiscarded = 0;
  escalations = 0;
}
