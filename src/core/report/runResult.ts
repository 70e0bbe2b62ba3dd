// What one replication returns. Plain data (JSON-safe, no Maps, no class instances) so it crosses
// worker boundaries unchanged and aggregates generically: src/experiments turns every numeric
// leaf into a mean with a 95% confidence interval across replications. Records are keyed by the
// model's ids in sorted order, so serialising a result is deterministic.
//
// Unless a field says otherwise, figures cover the observation window [warmup, horizon]:
// counts are events that happened in that window, time averages are over that window.
// `totals` covers the whole run from time 0 and is what conservation laws are checked on.

export interface Percentiles {
  mean: number;
  p50: number;
  p90: number;
  p95: number;
}

/**
 * What the money went on. labour: human and executive hours worked (busy), excluding rework; idleLabour:
 * paid hours nobody was busy in, (paid - busy hours) x the paid-hour rate; agentTasks: agent task and
 * busy-hour cost, excluding rework; rework: labour and agent cost of tasks done in rework rounds;
 * escapedDefects: defect costs; lostWork: abandonCost of items abandoned or blocked; delay: item-hours in
 * the system x delayCostPerHour; slaPenalties: SLA breaches x the step's penalty.
 */
export interface CostCauses {
  labour: number;
  idleLabour: number;
  agentTasks: number;
  rework: number;
  escapedDefects: number;
  lostWork: number;
  delay: number;
  slaPenalties: number;
}

/** One item type's share of the cost (sums over types to the total, cause by cause). */
export interface TypeCost {
  total: number;
  /** total / items of the type done (including done with an escaped defect); 0 when none. */
  perDone: number;
  byCause: CostCauses;
}

export interface CostBreakdown {
  total: number;
  /** total / number of outcomes (done + done with escaped defect + rejected + abandoned) in the window; 0 when none. */
  perOutcome: number;
  /** total / items done (including done with an escaped defect); 0 when none. */
  perDone: number;
  /** Every function id plus '(none)' (first, as it sorts first) for costs of nodes without a function and the
   *  cost of delay (time in the system is no one function's). Sums to total: a pool's hourly costs are split by
   *  its busy hours per function, task costs by tasks, defect costs go to the item's last function, lost work
   *  and SLA penalties to the function of the node where they happened. */
  byFunction: Record<string, number>;
  /** Pool costs by pool kind. Customer-facing costs (escaped defects, lost work, delay, SLA penalties) belong to
   *  no kind: byKind sums to total minus those four causes. */
  byKind: { agent: number; human: number; executive: number };
  /** Sums to total. */
  byCause: CostCauses;
  /** Per item type; sums to total, cause by cause. A pool's cost goes to the types it worked for: task costs by
   *  tasks, hourly costs and idle hours by busy hours (a pool busy with no type in the window: by arrivals). */
  byType: Record<string, TypeCost>;
}

export interface OutcomeCounts {
  arrived: number;
  done: number;
  /** Done, but left with at least one error nobody caught. Not included in `done`. */
  doneWithDefect: number;
  rejected: number;
  abandoned: number;
  /** Turned away by a full queue with no overflow route. */
  blocked: number;
  /** Items in the system at the horizon (waiting, in service, in transit or held by a forum). */
  inSystemAtEnd: number;
}

export interface FlowFigures extends OutcomeCounts {
  /** (done + doneWithDefect) per week of observation. */
  throughputPerWeek: number;
  /** Cycle time (hours) of items that left as done or doneWithDefect in the window. */
  cycleTime: Percentiles;
  /** Total queue wait per item (hours): each item done in the window, its waits summed over every visit
   *  (steps' queues, forums until their session); the rest of its cycle time is service and transit. */
  queueWait: Percentiles;
  /** Time-average number of items in the system. */
  wipMean: number;
  value: number;
  /** Per item type, when it has a patience: the clock patience counts on ("wall clock", or "working hours of office"). */
  patienceClock?: string;
}

export interface StepFigures {
  kind: 'step' | 'gate' | 'forum' | 'exit';
  function: string | null;
  arrivals: number;
  completions: number;
  /** Busy server-hours / available server-hours of the pools' time spent at this step; NaN-free: 0 when no capacity (`availableHours` 0). Executives' hours are left out of both (their limit is the decision budget), so an escalation step has none. */
  utilisation: number;
  /** Available server-hours of the pools that serve this step, each pool once, executives aside, in the window (0 at gates, forums, exits and escalation steps). */
  availableHours: number;
  /** Wait in queue (hours) of items that started service (steps) or were decided (forums) in the window. */
  wait: Percentiles;
  /**
   * Services started at a step in the window, items decided at a forum: what `wait`, `pWait` and
   * `waitByType` are taken over, so that 0 here says they have no value (nothing was served), not that
   * nobody waited. 0 at gates and exits.
   */
  started: number;
  /** `started` per item type: the count behind each type's `waitByType`. */
  startedByType: Record<string, number>;
  /** Mean wait (hours, as `wait`) per item type; 0 for a type with none started here (`startedByType` 0: no value). */
  waitByType: Record<string, number>;
  /** Time in step per visit (hours): from entering the node to leaving it, wait plus service, for visits
   *  completed in the window (a forum's is its wait); items that abandoned or left by an SLA are not counted. */
  timeInStep: Percentiles;
  queueMean: number;
  /** Probability of waiting: the share of services started at a step that queued first (Erlang C's P(wait) at an M/M/c); 0 elsewhere. */
  pWait: number;
  /** Forum sessions held in the window, and items decided per session (mean batch size); 0 elsewhere. */
  sessions: number;
  meanBatch: number;
  /** Items waiting + in service at the horizon. */
  wipEnd: number;
  blocked: number;
  overflowed: number;
  abandoned: number;
  slaEscalations: number;
  /** A pre-emptive step (`queue.preempt`): tasks in service there interrupted by more urgent work in the window. */
  preemptions?: number;
  /** A step with an SLA: the clock its limit counts on ("wall clock", or "working hours of office"). */
  slaClock?: string;
}

export interface PoolFigures {
  kind: 'agent' | 'human' | 'executive';
  /** Busy server-hours / available server-hours (calendar-open capacity); overtime counts as busy but not as available. 0 when nothing was available (`availableHours` 0: no value). */
  utilisation: number;
  /** Server-hours open in the window: capacity or headcount times calendar-open hours (a roster's slots, a timeline's headcount over time). */
  availableHours: number;
  busyHours: number;
  paidHours: number;
  overtimeHours: number;
  tasks: number;
  cost: number;
}

/**
 * One executive's load. The demand counts where the work arrives, not where it is finished: an
 * executive's escalation steps are the steps whose first (preferred) pool is the executive, its
 * forums those it chairs. In the window:
 *   escalations = decidedAdHoc + decidedAtForum + abandonedWaiting + turnedAway + leftBySla
 *                 + (waiting at the horizon - waiting at the warm-up)
 * (items in service at a boundary aside).
 */
export interface ExecutiveFigures {
  /** Escalations received (the demand): items that entered one of its escalation steps or forums, SLA breaches included. */
  escalations: number;
  escalationsPerWeek: number;
  /** The demand split: entering its escalation steps (to be decided ad hoc) and entering its forums. */
  escalationsAdHoc: number;
  escalationsAtForum: number;
  /** Decisions made: ad hoc (tasks completed at escalation steps it served) plus at forums it chairs. */
  decided: number;
  decidedPerWeek: number;
  decidedAdHoc: number;
  decidedAtForum: number;
  /** Items that gave up (patience) while waiting in its escalation steps' queues. */
  abandonedWaiting: number;
  /** Items its full escalation queues turned away (blocked, or overflowed elsewhere). */
  turnedAway: number;
  /** Items taken out of its escalation queues by an SLA and sent elsewhere. */
  leftBySla: number;
  /** Items waiting for it at the horizon: in its escalation steps' queues or held by its forums. */
  waitingAtEnd: number;
  hoursConsumed: number;
  /**
   * Its weekly decision budget in hours; 0 when unlimited. A window with none of its working hours
   * (a weekend) gives a budgeted executive budgetHours 0 too: this tells the two apart.
   */
  budgetPerWeek: number;
  /**
   * The decision budget it could spend in the window (src/core/sim/budgetWindow.ts): the weekly budget
   * times the weeks when the window is whole budget weeks; 0 when the budget is unlimited.
   */
  budgetHours: number;
  /** hoursConsumed / budgetHours: the share of the budget it could spend that it spent; 0 when the budget is unlimited. */
  budgetUtilisation: number;
  /** Hours an escalation waited for this executive's decision (ad hoc or at a forum). */
  decisionWait: Percentiles;
}

export interface QualityFigures {
  errorsMade: number;
  errorsCaught: number;
  errorsEscaped: number;
  reworkRounds: number;
  /** Errors on items that left as rejected, abandoned or blocked: never delivered, so neither caught nor escaped. */
  errorsDiscarded: number;
  escapedDefectCost: number;
}

export interface Totals extends OutcomeCounts {
  errorsMade: number;
  errorsCaught: number;
  errorsEscaped: number;
  errorsDiscarded: number;
  /** Errors carried by items still in the system at the horizon. made = caught + escaped + discarded + open. */
  errorsOpen: number;
  /** Escalations started (SLA breaches, gate escalations, forum referrals), each counted once. */
  escalations: number;
}

export interface SeriesFigures {
  /** Sample times in hours. */
  t: number[];
  wip: number[];
  /** Items waiting, per step id. */
  queues: Record<string, number[]>;
}

/** Time that items done in the window spent at one node, summed over all their visits to it. */
export interface NodeTime {
  visits: number;
  /** Hours waiting: in the queue of a step, held by a forum until its session. */
  waitHours: number;
  /** Hours in service at a step (including time paused at a shift end; time back in the queue after a pre-emption is waiting); 0 at gates, forums and exits. */
  serviceHours: number;
}

/**
 * Where the cycle time of the items done in the window went (done and done with an escaped defect):
 * sum over nodes of (waitHours + serviceHours) + handoffHours + beforeStartHours
 *   = cycleTime.mean x (done + doneWithDefect), to rounding.
 */
export interface CycleTimeLedger {
  nodes: Record<string, NodeTime>;
  /** Hours in transit between functions (handoffs). */
  handoffHours: number;
  /** Age at time 0 of initial work in progress that was done in the window. */
  beforeStartHours: number;
}

/**
 * One calendar period's figures (`--periods`), in the window: counts are events in [start, end), so
 * each count summed over the periods is the window's count. Utilisation is busy hours over the
 * hours the pool was available in the period (its headcount over time times its open hours).
 */
export interface PeriodFigures {
  /** "2027-W05", "2027-02" or "2027-Q1". */
  label: string;
  /** Hours since the start; the first period starts at the warm-up, the last ends at the horizon. */
  start: number;
  end: number;
  arrived: number;
  done: number;
  doneWithDefect: number;
  rejected: number;
  abandoned: number;
  blocked: number;
  /** Items in the system at the period's end (arrived, not yet left): the run's inSystemAtEnd for the last period. */
  inSystemAtEnd: number;
  /** (done + doneWithDefect) per week of the period. */
  throughputPerWeek: number;
  /** Mean cycle time (hours) of the items done in the period; 0 when none. */
  cycleTime: number;
  errorsMade: number;
  errorsEscaped: number;
  escalations: number;
  /** The window's cost accrued in the period (every cause of cost.total); the periods' costs sum to cost.total. */
  cost: number;
  /** cost / (done + doneWithDefect) of the period; 0 when nothing was done in it. */
  costPerDone: number;
  /** Per pool id, executives aside (an executive's limit is its decision budget, not its calendar). */
  utilisation: Record<string, number>;
  /** Per pool id: server-hours busy in the period (tasks in service at a boundary split at it; forum chair hours included). */
  busyHours: Record<string, number>;
}

export interface RunResult {
  model: string;
  seed: string;
  replication: number;
  horizon: number;
  warmup: number;
  events: number;
  overall: FlowFigures;
  byType: Record<string, FlowFigures>;
  cost: CostBreakdown;
  steps: Record<string, StepFigures>;
  pools: Record<string, PoolFigures>;
  executives: Record<string, ExecutiveFigures>;
  quality: QualityFigures;
  totals: Totals;
  series: SeriesFigures | null;
  cycleLedger: CycleTimeLedger;
  /** Figures per calendar period, when the model asks for them (Model.periods); absent otherwise. */
  periods?: PeriodFigures[];
}
