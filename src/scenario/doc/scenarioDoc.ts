// The typed view of a scenario file that passed validation (see docs/scenario-format.md).
// Durations and rates are still text here; the compiler turns them into hours and per-hour numbers.

export type Duration = string | 0;
export type Rate = string;

export type DistDoc =
  | { dist: 'constant'; value: Duration | number }
  | { dist: 'exponential'; mean: Duration | number }
  | { dist: 'uniform'; min: Duration | number; max: Duration | number }
  | { dist: 'triangular'; min: Duration | number; mode: Duration | number; max: Duration | number }
  | { dist: 'normal'; mean: Duration | number; sd?: Duration | number; cv?: number }
  | { dist: 'lognormal'; mean: Duration | number; cv: number }
  | { dist: 'gamma'; mean: Duration | number; cv: number }
  | { dist: 'erlang'; mean: Duration | number; k: number }
  | { dist: 'beta'; mean?: number; cv?: number; a?: number; b?: number }
  | { dist: 'empirical'; values: (Duration | number)[]; weights: number[] };

/** A duration distribution: a plain duration (constant) or a distribution object with duration fields. */
export type DurationDistDoc = Duration | DistDoc;
/** An attribute distribution: a plain number (constant) or a distribution object with number fields. */
export type NumberDistDoc = number | DistDoc;
/** A service time: one distribution for all item types, or one per type with a default for the others (`default`, or `byType.default`). */
export type ServiceTimeDoc = DurationDistDoc | { byType?: Record<string, DurationDistDoc>; default?: DurationDistDoc };

export type Comparison = { lt: number } | { lte: number } | { gt: number } | { gte: number } | { eq: number } | { neq: number };
export type ConditionDoc =
  | ({ attr: string } & Partial<Record<'lt' | 'lte' | 'gt' | 'gte' | 'eq' | 'neq', number>>)
  | { type: string[] }
  | { functionsTouched: Comparison }
  | { reworkRounds: Comparison }
  | { all: ConditionDoc[] }
  | { any: ConditionDoc[] };

export type RouteDoc =
  | string
  | { p: Record<string, number> }
  | { when: { if: ConditionDoc; to: string }[]; otherwise: string }
  | { thresholds: { attr: string; cuts: number[]; to: string[] } };

export type WeekDoc = string | Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', string>>;

export interface CalendarDoc {
  utcOffset?: number;
  week: WeekDoc;
  holidays?: string[];
}

export type ErrorRateDoc = number | { default?: number; byType?: Record<string, number> };

export interface PoolDoc {
  kind: 'agent' | 'human' | 'executive';
  capacity?: number;
  headcount?: number;
  calendar?: string;
  costPerTask?: number;
  costPerBusyHour?: number;
  costPerHour?: number;
  errorRate?: ErrorRateDoc;
  rateLimit?: Rate;
  budget?: string;
  shiftEnd?: 'finish' | 'pause';
  skills?: string[];
  description?: string;
}

export type ArrivalsDoc =
  | { poisson: Rate }
  | { weekly: Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', Rate>> & { hours?: string; calendar?: string } }
  | { batch: number; every: Duration; first?: Duration };

export interface ItemTypeDoc {
  arrivals: ArrivalsDoc;
  entry: string;
  attributes?: Record<string, NumberDistDoc>;
  patience?: DurationDistDoc;
  defectCost?: number;
  value?: number;
  description?: string;
}

export interface ServeDoc {
  pool?: string;
  skill?: string;
  time?: ServiceTimeDoc;
  when?: ConditionDoc;
  errorRate?: ErrorRateDoc;
}

export interface ReworkDoc {
  to: string;
  maxRounds: number;
  exceeded: string;
}

interface NodeDocBase {
  description?: string;
  function?: string;
  detect?: number;
  rework?: ReworkDoc;
  next?: RouteDoc;
}

export interface StepDoc extends NodeDocBase {
  kind?: 'step';
  serve?: ServeDoc[];
  skill?: string;
  time?: ServiceTimeDoc;
  queue?: {
    discipline?: 'fifo' | 'priority';
    priority?: { byType: string[] } | { attr: string; order?: 'asc' | 'desc' };
    capacity?: number;
    overflow?: string;
  };
  sla?: { limit: Duration; escalateTo: string };
}

export interface GateDoc extends NodeDocBase {
  kind: 'gate';
}

export type ScheduleDoc =
  | { every: 'week'; day: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'; at?: string; calendar?: string }
  | { every: 'month'; day: number; at?: string }
  | { every: Duration; first?: Duration };

export interface ForumDoc extends NodeDocBase {
  kind: 'forum';
  schedule: ScheduleDoc;
  perSession?: number;
  chair?: string;
  hoursPerDecision?: number;
}

export interface ExitDoc {
  kind: 'exit';
  outcome: 'done' | 'rejected';
  description?: string;
}

export type NodeDoc = StepDoc | GateDoc | ForumDoc | ExitDoc;

export interface HandoffDoc {
  from: string;
  to: string;
  delay: DurationDistDoc;
}

export interface InitialWipDoc {
  type: string;
  step: string;
  waiting?: number;
  inService?: number;
  age?: Duration;
}

export interface ChangeDoc {
  op: 'set' | 'add' | 'remove';
  path: string;
  value?: unknown;
}

export interface VariantDoc {
  description?: string;
  changes: ChangeDoc[];
}

export type SweepDoc = { param: string; values: unknown[] | { from: number; to: number; step: number }; description?: string };

export interface ScenarioDoc {
  opsim: 1;
  name?: string;
  description?: string;
  currency?: string;
  start?: string;
  horizon: Duration;
  warmup?: Duration;
  seed?: string | number;
  replications?: number;
  limits?: { maxEvents?: number; maxWip?: number };
  trace?: { every: Duration };
  functions: string[];
  attributes?: string[];
  calendars?: Record<string, CalendarDoc>;
  pools: Record<string, PoolDoc>;
  itemTypes: Record<string, ItemTypeDoc>;
  steps: Record<string, NodeDoc>;
  handoffs?: HandoffDoc[];
  initialWip?: InitialWipDoc[];
  variants?: Record<string, VariantDoc>;
  sweeps?: Record<string, SweepDoc>;
}

/** A sweep ready to run: set `param` (a dotted path) to each value in turn. */
export interface SweepSpec {
  param: string;
  values: unknown[];
}
