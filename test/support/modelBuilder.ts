// Small builders for hand-made Models in engine tests. Ids are given in sorted order by the tests
// themselves, as the compiler would produce them.
import type { Dist, Model, Node, Pool, ItemType, StepNode, Route, Calendar } from '../../src/core/index.js';

export const exp = (mean: number): Dist => ({ kind: 'exponential', mean });
export const constant = (value: number): Dist => ({ kind: 'constant', value });
export const fixed = (to: number): Route => ({ kind: 'fixed', to });

export function pool(id: string, capacity: number, over: Partial<Pool> = {}, nTypes = 1): Pool {
  return {
    id,
    kind: 'agent',
    capacity,
    calendar: -1,
    shiftEnd: 'finish',
    costPerTask: 0,
    costPerBusyHour: 0,
    costPerPaidHour: 0,
    errorRate: new Array(nTypes).fill(0),
    rateLimitPerHour: 0,
    budgetHoursPerWeek: 0,
    skills: [],
    ...over,
  };
}

export function step(
  id: string,
  servers: { pool: number; service: Dist | Dist[]; when?: StepNode['servers'][number]['when']; errorRate?: number[] }[],
  next: Route,
  over: Partial<StepNode> = {},
): StepNode {
  return {
    id,
    kind: 'step',
    fn: -1,
    rework: null,
    next,
    servers: servers.map((s) => ({
      pool: s.pool,
      when: s.when ?? null,
      service: Array.isArray(s.service) ? s.service : [s.service],
      errorRate: s.errorRate ?? null,
    })),
    discipline: { kind: 'fifo' },
    queueCapacity: Infinity,
    overflow: -1,
    sla: null,
    escalation: false,
    ...over,
  };
}

export function exit(id: string, outcome: 'done' | 'rejected' = 'done'): Node {
  return { id, kind: 'exit', fn: -1, rework: null, next: null, outcome };
}

export function gate(id: string, next: Route, over: Partial<Node> = {}): Node {
  return { id, kind: 'gate', fn: -1, rework: null, next, ...over } as Node;
}

export function itemType(id: string, entry: number, over: Partial<ItemType> = {}): ItemType {
  return {
    id,
    arrivals: { kind: 'poisson', ratePerHour: 1 },
    entry,
    attributes: [],
    patience: null,
    patienceCalendar: -1,
    defectCost: 0,
    value: 0,
    ...over,
  };
}

export function calendar(id: string, week: [number, number][], over: Partial<Calendar> = {}): Calendar {
  return { id, week, holidays: [], offsetHours: 0, ...over };
}

/** Monday–Friday 09:00–17:00. */
export const officeWeek: [number, number][] = [0, 1, 2, 3, 4].map((d) => [24 * d + 9, 24 * d + 17] as [number, number]);

export function model(over: Partial<Model>): Model {
  return {
    name: 'test',
    horizon: 100,
    warmup: 0,
    startWeekday: 0,
    functions: [],
    attributes: [],
    itemTypes: [],
    pools: [],
    calendars: [],
    nodes: [],
    handoffs: [],
    initialWip: [],
    limits: { maxEvents: 1e9, maxWip: 1_000_000 },
    traceEvery: 0,
    ...over,
  };
}

/** M/M/c: one step 'serve' (node 1) with c servers, exits to 'done' (node 0). */
export function mmc(lambda: number, mu: number, c: number, horizon: number, warmup = 0): Model {
  return model({
    horizon,
    warmup,
    itemTypes: [itemType('job', 1, { arrivals: { kind: 'poisson', ratePerHour: lambda } })],
    pools: [pool('servers', c)],
    nodes: [exit('done'), step('serve', [{ pool: 0, service: exp(1 / mu) }], fixed(0))],
  });
}
