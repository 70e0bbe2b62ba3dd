// A validated scenario document to the engine's Model: everything in hours, references as
// indices, collections sorted by id. Assumes validateScenario found no issues.

import type { Dist, Model, Node, Pool, RosterSlot, StepNode, StepServer } from '../../core/index.js';
import type {
  ErrorRateDoc,
  ExitDoc,
  ForumDoc,
  GateDoc,
  NodeDoc,
  PoolDoc,
  RosterSlotDoc,
  ScenarioDoc,
  ServeDoc,
  ServiceTimeDoc,
  StepDoc,
} from '../doc/scenarioDoc.js';
import { parseDuration } from '../units/duration.js';
import { parseRate } from '../units/rate.js';
import { compileDist } from './compileDist.js';
import { businessDayHours, compileCalendar } from './compileCalendar.js';
import { readWorkingLimit } from '../units/workingTime.js';
import { slaCalendar } from '../units/slaCalendar.js';
import { compileArrivals } from './compileArrivals.js';
import { compileCondition, compileRoute } from './compileRoute.js';
import { at, indexOf, sortedIds, type Indexes } from './indexes.js';
import { startDate } from './startDate.js';
import { rosterPieces } from '../units/rosterWeek.js';
import { compileSchedule } from './compileSchedule.js';
import { compileTimeline } from '../timeline/compileTimeline.js';

export const DEFAULT_MAX_EVENTS = 200_000_000;
/** Items in the system at once: far above any real organisation's work in progress, reached within moments by a model whose arrivals outrun its capacity (about 200 MB of item records). */
export const DEFAULT_MAX_WIP = 1_000_000;

const hours = (d: unknown): number => parseDuration(d === 0 ? '0' : String(d));

function errorRates(e: ErrorRateDoc | undefined, types: string[]): number[] {
  if (e === undefined) return types.map(() => 0);
  if (typeof e === 'number') return types.map(() => e);
  return types.map((t) => (e.byType !== undefined && Object.hasOwn(e.byType, t) ? e.byType[t] : (e.default ?? 0)));
}

/** The time for type `t`, from the serve entry, then the step; undefined when neither gives one. */
function timeFor(t: string, ...times: (ServiceTimeDoc | undefined)[]): unknown {
  for (const time of times) {
    if (time === undefined) continue;
    if (typeof time !== 'object' || 'dist' in time) return time;
    const byType = (time.byType ?? {}) as Record<string, unknown>;
    if (Object.hasOwn(byType, t)) return byType[t];
    if (Object.hasOwn(byType, 'default')) return byType.default;
    if (time.default !== undefined) return time.default;
  }
  return undefined;
}

function compilePool(id: string, p: PoolDoc, types: string[], ix: Indexes): Pool {
  const budget =
    p.kind !== 'executive' || p.budget === undefined ? 0 : hours(p.budget.replace(/\/\s*w\s*$/, '').trim());
  const roster = p.kind === 'human' && p.roster !== undefined ? compileRoster(p.roster) : undefined;
  return {
    id,
    kind: p.kind,
    capacity: p.kind === 'agent' ? p.capacity! : roster ? Math.max(...roster.map((r) => r.heads)) : (p.headcount ?? 1),
    calendar: at(ix.calendars, p.calendar),
    ...(roster ? { roster } : {}),
    shiftEnd: p.shiftEnd ?? 'finish',
    costPerTask: p.kind === 'agent' ? (p.costPerTask ?? 0) : 0,
    costPerBusyHour: p.kind === 'agent' ? (p.costPerBusyHour ?? 0) : p.kind === 'executive' ? (p.costPerHour ?? 0) : 0,
    costPerPaidHour: p.kind === 'human' ? (p.costPerHour ?? 0) : 0,
    errorRate: errorRates(p.errorRate, types),
    rateLimitPerHour: p.kind !== 'agent' || p.rateLimit === undefined ? 0 : parseRate(p.rateLimit),
    budgetHoursPerWeek: budget,
    skills: sortedIds(p.skills ?? []),
  };
}

/** A roster's slots as hours of the local week (validation has refused overlaps and bad hours). */
function compileRoster(roster: RosterSlotDoc[]): RosterSlot[] {
  return rosterPieces(roster).map(({ start, end, heads }) => ({ start, end, heads }));
}

function compileServers(s: StepDoc, doc: ScenarioDoc, types: string[], ix: Indexes): StepServer[] {
  const withSkill = (skill: string): string[] => ix.poolIds.filter((p) => (doc.pools[p].skills ?? []).includes(skill));
  const entries: ServeDoc[] = s.serve ?? [{ skill: s.skill }];
  const out: StepServer[] = [];
  for (const e of entries) {
    const pools = e.pool !== undefined ? [e.pool] : withSkill(e.skill!);
    for (const pool of pools) {
      out.push({
        pool: at(ix.pools, pool),
        when: e.when === undefined ? null : compileCondition(e.when, ix),
        // Types that can never reach this step get a zero placeholder; validation required the others.
        service: types.map((t): Dist => {
          const time = timeFor(t, e.time, s.time);
          return time === undefined ? { kind: 'constant', value: 0 } : compileDist(time, 'duration');
        }),
        errorRate: e.errorRate === undefined ? null : errorRates(e.errorRate, types),
      });
    }
  }
  return out;
}

/** An SLA's limit in hours, on the wall clock or (calendar >= 0) counted in that calendar's open hours. */
function compileSla(s: StepDoc, doc: ScenarioDoc, ix: Indexes): NonNullable<StepNode['sla']> {
  const sla = s.sla!;
  const limit = readWorkingLimit(sla.limit) as { hours: number } | { businessDays: number };
  const to = at(ix.nodes, sla.escalateTo);
  const penalty = sla.penalty !== undefined && { penalty: sla.penalty };
  if ('hours' in limit)
    return {
      limit: limit.hours,
      to,
      calendar: sla.calendar === undefined ? -1 : at(ix.calendars, sla.calendar),
      ...penalty,
    };
  const id = slaCalendar(doc, s)!;
  return {
    limit: limit.businessDays * businessDayHours(doc.calendars![id]),
    to,
    calendar: at(ix.calendars, id),
    ...penalty,
  };
}

function compileNode(id: string, n: NodeDoc, doc: ScenarioDoc, types: string[], ix: Indexes, startDay: number): Node {
  if (n.kind === 'exit') return { kind: 'exit', id, fn: -1, rework: null, next: null, outcome: (n as ExitDoc).outcome };
  const g = n as GateDoc | ForumDoc | StepDoc;
  const base = {
    id,
    fn: at(ix.functions, g.function),
    rework:
      g.rework === undefined
        ? null
        : {
            detect: g.detect ?? 1,
            to: at(ix.nodes, g.rework.to),
            maxRounds: g.rework.maxRounds,
            exceeded: at(ix.nodes, g.rework.exceeded),
          },
    next: g.next === undefined ? null : compileRoute(g.next, ix),
  };
  if (g.kind === 'gate') return { ...base, kind: 'gate' };
  if (g.kind === 'forum') {
    return {
      ...base,
      kind: 'forum',
      schedule: compileSchedule(g.schedule, g.chair, doc, startDay, hours(doc.horizon)),
      perSession: g.perSession ?? Infinity,
      chair: at(ix.pools, g.chair),
      hoursPerDecision: g.hoursPerDecision ?? 0,
    };
  }
  const s = g as StepDoc;
  const servers = compileServers(s, doc, types, ix);
  const q = s.queue ?? {};
  const pr = q.priority;
  const discipline: StepNode['discipline'] =
    pr === undefined
      ? { kind: 'fifo' }
      : 'byType' in pr
        ? {
            kind: 'priorityByType',
            rank: types.map((t) => (pr.byType.includes(t) ? pr.byType.indexOf(t) : pr.byType.length)),
          }
        : { kind: 'priorityByAttr', attr: at(ix.attributes, pr.attr), order: pr.order ?? 'asc' };
  const poolKinds = servers.map((sv) => doc.pools[ix.poolIds[sv.pool]].kind);
  return {
    ...base,
    kind: 'step',
    servers,
    discipline,
    ...(q.preempt !== undefined && pr !== undefined ? { preempt: q.preempt } : {}),
    queueCapacity: q.capacity ?? Infinity,
    overflow: at(ix.nodes, q.overflow),
    sla: s.sla === undefined ? null : compileSla(s, doc, ix),
    escalation: poolKinds.length > 0 && poolKinds.every((k) => k === 'executive'),
  };
}

export function compileScenario(doc: ScenarioDoc): Model {
  const functions = sortedIds(doc.functions);
  const typeIds = sortedIds(Object.keys(doc.itemTypes));
  const inferred = typeIds.flatMap((t) => Object.keys(doc.itemTypes[t].attributes ?? {}));
  const attributes = sortedIds(doc.attributes ?? inferred);
  const poolIds = sortedIds(Object.keys(doc.pools));
  const calendarIds = sortedIds(Object.keys(doc.calendars ?? {}));
  const nodeIds = sortedIds(Object.keys(doc.steps));
  const ix: Indexes = {
    functions: indexOf(functions),
    attributes: indexOf(attributes),
    types: indexOf(typeIds),
    pools: indexOf(poolIds),
    calendars: indexOf(calendarIds),
    nodes: indexOf(nodeIds),
    poolIds,
  };
  const start = startDate(doc.start);
  const horizon = hours(doc.horizon);
  const timeline = compileTimeline(doc, ix, start.day, horizon);
  const model: Model = {
    name: doc.name ?? '',
    horizon: hours(doc.horizon),
    warmup: doc.warmup === undefined ? 0 : hours(doc.warmup),
    startWeekday: start.startWeekday,
    functions,
    attributes,
    itemTypes: typeIds.map((id) => {
      const t = doc.itemTypes[id];
      return {
        id,
        arrivals: compileArrivals(t.arrivals, doc.calendars ?? {}),
        entry: at(ix.nodes, t.entry),
        attributes: attributes.map((a) =>
          t.attributes !== undefined && Object.hasOwn(t.attributes, a) ? compileDist(t.attributes[a], 'number') : null,
        ),
        patience: t.patience === undefined ? null : compileDist(t.patience, 'duration'),
        patienceCalendar: t.patienceCalendar === undefined ? -1 : at(ix.calendars, t.patienceCalendar),
        defectCost: t.defectCost ?? 0,
        // Set only when the file names them, so a model without these costs compiles as before.
        ...(t.abandonCost !== undefined && { abandonCost: t.abandonCost }),
        ...(t.delayCostPerHour !== undefined && { delayCostPerHour: t.delayCostPerHour }),
        value: t.value ?? 0,
      };
    }),
    pools: poolIds.map((id) => compilePool(id, doc.pools[id], typeIds, ix)),
    calendars: calendarIds.map((id) => compileCalendar(id, doc.calendars![id], start.day)),
    nodes: nodeIds.map((id) => compileNode(id, doc.steps[id], doc, typeIds, ix, start.day)),
    handoffs: (doc.handoffs ?? []).map((h) => ({
      from: h.from === 'any' ? -1 : at(ix.functions, h.from),
      to: h.to === 'any' ? -1 : at(ix.functions, h.to),
      delay: compileDist(h.delay, 'duration'),
    })),
    initialWip: (doc.initialWip ?? []).map((w) => ({
      type: at(ix.types, w.type),
      node: at(ix.nodes, w.step),
      state: w.inService !== undefined ? 'inService' : 'waiting',
      count: w.inService ?? w.waiting ?? 0,
      ageHours: w.age === undefined ? 0 : hours(w.age),
    })),
    limits: { maxEvents: doc.limits?.maxEvents ?? DEFAULT_MAX_EVENTS, maxWip: doc.limits?.maxWip ?? DEFAULT_MAX_WIP },
    traceEvery: doc.trace === undefined ? 0 : hours(doc.trace.every),
  };
  if (timeline.length > 0) model.timeline = timeline;
  return model;
}
