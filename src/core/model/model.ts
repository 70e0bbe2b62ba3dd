// The compiled model: what the engine runs. It is produced by src/scenario/compile from a
// validated scenario file and is never written by hand. Everything is resolved already:
// references are array indices, durations are in HOURS (the engine's one time unit),
// rates are per hour, and every array is sorted by id so that the order of keys in the
// file cannot change a result. The engine trusts this structure and does not re-validate it.

/** A probability distribution over non-negative reals (durations in hours, or attribute values). */
export type Dist =
  | { kind: 'constant'; value: number }
  | { kind: 'exponential'; mean: number }
  | { kind: 'uniform'; min: number; max: number }
  | { kind: 'triangular'; min: number; mode: number; max: number }
  /** Normal truncated at 0 by rejection (redraw while negative). */
  | { kind: 'normal'; mean: number; sd: number }
  /** Parameterised by the mean and coefficient of variation of the lognormal itself. */
  | { kind: 'lognormal'; mean: number; cv: number }
  /** Gamma with the given mean and cv (shape = 1/cv^2). Erlang-k is cv = 1/sqrt(k). */
  | { kind: 'gamma'; mean: number; cv: number }
  /** Beta on [0, 1] with shape parameters a, b (the compiler converts mean/cv to a, b). */
  | { kind: 'beta'; a: number; b: number }
  /** Discrete: one of values, chosen with probability weights[i] / sum(weights). */
  | { kind: 'empirical'; values: number[]; weights: number[] };

/** How a condition compares (compareOp gives each its meaning). */
export type CompareOp = 'lt' | 'lte' | 'gt' | 'gte' | 'eq' | 'neq';

/** A comparison on an item: its attribute, its type, or how many functions it has touched. */
export type Condition =
  | { kind: 'attr'; attr: number; op: CompareOp; value: number }
  | { kind: 'type'; types: number[] }
  | { kind: 'functionsTouched'; op: CompareOp; value: number }
  | { kind: 'reworkRounds'; op: CompareOp; value: number }
  | { kind: 'all'; of: Condition[] }
  | { kind: 'any'; of: Condition[] };

/**
 * Where an item goes next. `to` is a node index.
 * - fixed: always `to`.
 * - probabilistic: one branch drawn with the node's routing stream; probabilities sum to 1.
 * - conditional: the first branch whose condition holds; `otherwise` when none does.
 * - thresholds: risk-graded gate. With ascending cut points t[0..k-1] on an attribute,
 *   value < t[0] goes to to[0], t[i-1] <= value < t[i] to to[i], value >= t[k-1] to to[k].
 * A probabilistic or conditional branch, `otherwise` and a threshold band may hold a further route instead of a node
 * (nested routing; the scenario validator bounds the depth), decided at the same instant.
 */
export type Route =
  | { kind: 'fixed'; to: number }
  | { kind: 'probabilistic'; branches: { to: RouteTarget; p: number }[] }
  | { kind: 'conditional'; branches: { when: Condition; to: RouteTarget }[]; otherwise: RouteTarget }
  | { kind: 'thresholds'; attr: number; cuts: number[]; to: RouteTarget[] };

/** A node index, or a nested route that picks one. */
export type RouteTarget = number | Route;

/** A weekly calendar in simulated time. Time 0 is `Model.start` (a Monday 00:00 in the calendar's own zone after offset). */
export interface Calendar {
  id: string;
  /**
   * Open intervals within one week, in hours since Monday 00:00 local time, sorted, non-overlapping,
   * each [open, close) with 0 <= open < close <= 168. Empty means never open; [[0,168]] always open.
   */
  week: [number, number][];
  /** Whole days closed, as day numbers since the model start (day 0 = start date, local time). Sorted. */
  holidays: number[];
  /** Hours to add to simulated time to get the calendar's local time (e.g. model start in UTC, calendar UTC-5 => -5). */
  offsetHours: number;
}

export type PoolKind = 'agent' | 'human' | 'executive';

export interface Pool {
  id: string;
  kind: PoolKind;
  /** Concurrency (agents), headcount (humans), or number of people (executives, usually 1). */
  capacity: number;
  /** Index into Model.calendars; -1 means always available (agents by default). */
  calendar: number;
  /**
   * Humans on a roster: the heads of each slot of the week, in hours since Monday 00:00 local time of
   * `calendar` (whose holidays and zone apply; its weekly hours do not), sorted by start, not
   * overlapping, within [0, 168]. The pool is open while a slot with heads is; `capacity` is the most
   * heads of any slot. Absent: `capacity` heads whenever the calendar is open.
   */
  roster?: RosterSlot[];
  /** What happens to a task in hand when the calendar closes: finish it (overtime counted) or pause and resume at next opening. */
  shiftEnd: 'finish' | 'pause';
  /** Cost per completed task (agents). */
  costPerTask: number;
  /** Cost per busy server-hour (agents, executives: hours consumed). */
  costPerBusyHour: number;
  /** Cost per paid hour per head, busy or idle, while the calendar is open (humans). Overtime is paid at the same rate. */
  costPerPaidHour: number;
  /** Probability that a completed task carries an error, by item type index (length = itemTypes.length). */
  errorRate: number[];
  /** Maximum task starts per hour across the pool (agents' API limits); 0 = unlimited. */
  rateLimitPerHour: number;
  /** Executives: decision hours available per calendar week (resets Monday 00:00 local); 0 = unlimited. */
  budgetHoursPerWeek: number;
  skills: string[];
}

/** One slot of a roster: `heads` people work from `start` to `end` (hours of the local week). */
export interface RosterSlot {
  start: number;
  end: number;
  heads: number;
}

/** How one pool serves one step. */
export interface StepServer {
  pool: number;
  /** Only items satisfying this may be served by this pool (e.g. agents only for risk < 0.5). */
  when: Condition | null;
  /** Service time in hours, by item type index (length = itemTypes.length). */
  service: Dist[];
  /** Overrides the pool's error rate at this step, by item type; null = use the pool's. */
  errorRate: number[] | null;
}

export interface Rework {
  /** Probability that a review/gate catches an item's open errors. */
  detect: number;
  /** Node the item returns to when an error is caught. */
  to: number;
  /** Rework rounds allowed; when an error is caught after this many, the item goes to `exceeded`. */
  maxRounds: number;
  exceeded: number;
}

interface NodeBase {
  id: string;
  /** Index into Model.functions; -1 for nodes that belong to no function (exits, some gates). */
  fn: number;
  /** Error detection and rework performed when an item completes this node (steps) or passes it (gates/forums). */
  rework: Rework | null;
  /** Where the item goes afterwards (not used by exits). */
  next: Route | null;
}

/** A work step: a queue served by one or more pools in order of preference. */
export interface StepNode extends NodeBase {
  kind: 'step';
  servers: StepServer[];
  discipline:
    | { kind: 'fifo' }
    /** Non-preemptive priority: lower key served first; ties FIFO. */
    | { kind: 'priorityByType'; rank: number[] }
    | { kind: 'priorityByAttr'; attr: number; order: 'asc' | 'desc' };
  /**
   * Pre-emptive priority (priority disciplines only; absent = non-preemptive): an arriving item that
   * finds no free server takes the server of the lowest-priority item in service with a strictly
   * lower priority; that item goes back to the head of its class in the queue and later continues
   * its remaining service time (`resume`) or starts over with a new draw (`restart`). When a pool
   * serving the step opens, waiting items displace its less urgent tasks in hand in the same way.
   */
  preempt?: 'resume' | 'restart';
  /** Maximum items waiting (not counting those in service); Infinity = unbounded. */
  queueCapacity: number;
  /** Node that receives items arriving to a full queue; -1 = they leave as 'blocked'. */
  overflow: number;
  /** An item that has waited in this queue longer than `limit` hours is taken out and sent to `to` (escalation). */
  /** Waiting longer than `limit` hours sends the item to `to`; counted in the open hours of calendar `calendar`, or on the wall clock (-1). */
  /** penalty: money charged per breach in the window (absent: 0). */
  sla: { limit: number; to: number; calendar: number; penalty?: number } | null;
  /** True when this step is an escalation to an executive: its completions count as decisions in the executive report. */
  escalation: boolean;
}

/** An instantaneous decision point: applies rework/detection, then routes. Zero time. */
export interface GateNode extends NodeBase {
  kind: 'gate';
}

/** A recurring forum (weekly/monthly operating review) that decides held items in batches. */
export interface ForumNode extends NodeBase {
  kind: 'forum';
  /**
   * Session times: the first at `first` hours, then every `every` hours; or listed (`dated`, ascending,
   * within [0, horizon)) where the compiler worked them out from calendar months and quarters.
   */
  schedule: { kind: 'periodic'; first: number; every: number } | { kind: 'dated'; times: number[] };
  /** Decisions per session; Infinity = all held. Held items are decided FIFO. */
  perSession: number;
  /** Executive pool whose budget/cost a session consumes, or -1. */
  chair: number;
  /** Hours of the chair's time each decision costs (reported as executive load). */
  hoursPerDecision: number;
}

export interface ExitNode extends NodeBase {
  kind: 'exit';
  outcome: 'done' | 'rejected';
}

export type Node = StepNode | GateNode | ForumNode | ExitNode;

export type Arrivals =
  | { kind: 'poisson'; ratePerHour: number }
  /** Non-homogeneous Poisson: rate per hour for each hour of the week (168 entries, Monday 00:00 local first) of `calendar`'s offset. */
  | { kind: 'weekly'; ratePerHour: number[]; offsetHours: number }
  /** `size` items at `first`, then every `every` hours. */
  | { kind: 'batch'; first: number; every: number; size: number };

export interface ItemType {
  id: string;
  arrivals: Arrivals;
  /** Node index where arrivals enter. */
  entry: number;
  /** Attribute values drawn on arrival, by attribute index (length = attributes.length); null = attribute not drawn (value 0). */
  attributes: (Dist | null)[];
  /** Patience in a queue (hours) before abandoning; null = infinitely patient. */
  patience: Dist | null;
  /** Calendar whose open hours patience counts, or -1 for the wall clock. */
  patienceCalendar: number;
  /** Cost of one escaped defect of this type. */
  defectCost: number;
  /** Cost of losing one item of this type: charged when it abandons or is turned away by a full queue (absent: 0). */
  abandonCost?: number;
  /** Cost of each hour an item of this type spends in the system, waiting or in service (absent: 0). */
  delayCostPerHour?: number;
  /** Value of one done item (reported, not subtracted). */
  value: number;
}

export interface Handoff {
  from: number; // function index, or -1 for any
  to: number; // function index, or -1 for any
  delay: Dist;
}

/** Work in progress at time 0 (the company as it stands today). */
export interface InitialWip {
  type: number;
  node: number;
  /** 'waiting' items enter the node's queue; 'inService' items are put in service if a server is free, otherwise wait. */
  state: 'waiting' | 'inService';
  count: number;
  /** Age at time 0, in hours (their cycle time counts from -age). */
  ageHours: number;
}

/**
 * What a dated change sets. Pool error rates apply at the steps where the pool has no step override;
 * `arrivalMultiplier` and `peakMultiplier` multiply an item type's arrival rate (their product is the
 * factor in force: a timeline's multiplier and a month-end peak compose).
 */
export type TimelineTarget =
  | { kind: 'capacity'; pool: number }
  | { kind: 'errorRate'; pool: number }
  | { kind: 'arrivalMultiplier'; type: number }
  | { kind: 'peakMultiplier'; type: number }
  | { kind: 'threshold'; node: number; cut: number }
  | { kind: 'detect'; node: number }
  /** A pool's price: each task or hour is paid at the rate in force when it happens (see sim/timelineCosts.ts). */
  | { kind: 'costPerTask' | 'costPerBusyHour' | 'costPerPaidHour'; pool: number };

/** One dated change: at `at` hours, `target` takes `value`. Ramps and peaks are compiled into these. */
export interface TimelineChange {
  at: number;
  target: TimelineTarget;
  value: number;
}

/** Calendar periods the run is also measured by (`--periods`): each starts at starts[i], the last ends at the horizon. */
export interface PeriodSpec {
  kind: 'week' | 'month' | 'quarter';
  /** Ascending start times in hours, the first at 0, all before the horizon (the engine leaves out those before the warm-up). */
  starts: number[];
  labels: string[];
}

export interface Model {
  name: string;
  /** Simulated hours to run. */
  horizon: number;
  /** Statistics collected only from this time on. */
  warmup: number;
  /** Weekday of time 0: 0 = Monday. The compiler picks start dates; calendars and weekly rates align through it. */
  startWeekday: number;
  functions: string[];
  attributes: string[];
  itemTypes: ItemType[];
  pools: Pool[];
  calendars: Calendar[];
  nodes: Node[];
  handoffs: Handoff[];
  initialWip: InitialWip[];
  /**
   * Guards against a runaway model: more than maxEvents events in one run, or more than maxWip items
   * in the system at once (an overloaded model's queues grow without end, and memory with them).
   */
  limits: { maxEvents: number; maxWip: number };
  /** Sample WIP and queue lengths every this many hours for the over-time series; 0 = no series. */
  traceEvery: number;
  /** Dated changes of parameters, ascending by `at` (ties apply in list order); absent or empty = none. */
  timeline?: TimelineChange[];
  /** Figures per calendar period as well as for the whole window; absent = none. */
  periods?: PeriodSpec;
}
