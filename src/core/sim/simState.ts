import type { Model, StepNode } from '../model/model.js';
import { forumSessionTimes } from './forumSchedule.js';
import { handoffTable } from './handoffTable.js';
import { createStream, type Stream } from '../rng/stream.js';
import { makeExclusiveSampler, makeSampler, type Sampler } from '../distributions/index.js';
import { serverSamplers } from './serverSamplers.js';
import { EventQueue } from '../queue/eventQueue.js';
import type { WaitingLine } from '../queue/waitingLine.js';
import { FifoLine } from '../queue/fifoLine.js';
import { PriorityLine } from '../queue/priorityLine.js';
import { WorkCalendar } from '../calendar/workCalendar.js';
import { TimeWeighted } from '../stats/timeWeighted.js';
import { PercentileSketch } from '../stats/percentileSketch.js';
import { ItemStore } from './itemStore.js';
import { compileCondition, type ItemTest } from './conditions.js';
import { compileRoute, type Router } from './routing.js';
import type { Monitor, TraceEvent, TraceRecord } from './traceRecord.js';

export const K_STEP = 0;
export const K_GATE = 1;
export const K_FORUM = 2;
export const K_EXIT = 3;

export const ARR_POISSON = 0;
export const ARR_WEEKLY = 1;
export const ARR_BATCH = 2;

export const DISC_FIFO = 0;
export const DISC_TYPE = 1;
export const DISC_ATTR_ASC = 2;
export const DISC_ATTR_DESC = 3;

/**
 * Everything one replication needs, precomputed at setup into flat per-node, per-server and per-pool
 * arrays so that the event loop does no string lookups and allocates nothing per event. Servers
 * (one pool serving one step) are numbered model-wide: step n owns servers srvFirst[n] ..
 * srvFirst[n] + srvCount[n] - 1, in order of preference.
 */
export class SimState {
  readonly model: Model;
  readonly horizon: number;
  readonly warmup: number;
  readonly nT: number;
  readonly nN: number;
  readonly nP: number;
  readonly nF: number;
  readonly eq = new EventQueue(1024);
  readonly items: ItemStore;
  readonly monitor: Monitor | null;
  now = 0;
  events = 0;
  nextToken = 0;

  // Nodes.
  readonly nodeKind: Uint8Array;
  readonly nodeFn: Int32Array;
  readonly fixedNext: Int32Array;
  /** Where an item done at the node goes when nothing can intervene (fixed route, no error detection, no handoff); else -1. */
  readonly plainNext: Int32Array;
  readonly routers: (Router | null)[];
  readonly reDetect: Float64Array;
  readonly reTo: Int32Array;
  readonly reMax: Int32Array;
  readonly reExceeded: Int32Array;
  readonly detectU: (Stream | null)[];
  readonly exitDone: Uint8Array;
  readonly escalation: Uint8Array;

  // Steps.
  readonly srvFirst: Int32Array;
  readonly srvCount: Int32Array;
  readonly lines: (WaitingLine | null)[];
  readonly discKind: Uint8Array;
  readonly discRank: (Float64Array | null)[];
  readonly discAttr: Int32Array;
  readonly waiting: Int32Array;
  readonly queueCap: Float64Array;
  readonly overflow: Int32Array;
  readonly slaLimit: Float64Array;
  /** The calendar whose open hours a step's SLA counts; null for the wall clock. */
  readonly slaCalendar: (WorkCalendar | null)[];
  readonly slaTo: Int32Array;
  readonly errU: (Stream | null)[];

  // Servers.
  readonly nS: number;
  readonly srvPool: Int32Array;
  readonly srvNode: Int32Array;
  readonly srvTest: (ItemTest | null)[];
  /**
   * For a server with a condition at a FIFO step: the token of the last line entry it has looked at
   * and found not eligible (or stale); -1 before the first look. See firstEligible.
   */
  readonly srvScanned: Float64Array;
  /**
   * For a server with a condition at a priority step: a line of its own holding the entries
   * eligible for it (an entry's eligibility is fixed while it waits), in the step's priority order;
   * null otherwise. See firstEligible.
   */
  readonly srvEligible: (PriorityLine | null)[];
  /** 1 for a priority step with a conditional server, whose enqueue also fills srvEligible. */
  readonly nodeEligibleLines: Uint8Array;
  readonly srvSample: Sampler[];
  readonly srvErr: Float64Array;
  /** Busy hours and completed tasks in the window per server; steps, pools and functions are summed from them at the end. */
  readonly srvBusy: Float64Array;
  readonly srvTasks: Float64Array;
  /** 1 when a start on this server needs serviceExtras (escalation step, pause, rate limit or budget, monitor). */
  readonly srvStartExtras: Uint8Array;
  /** 1 when a completion needs serviceExtras (pause, calendar, errors, monitor). */
  readonly srvEndExtras: Uint8Array;

  // Pools.
  readonly poolCap: Int32Array;
  readonly poolBusy: Int32Array;
  readonly poolOcc: Int32Array;
  readonly poolOpen: Uint8Array;
  readonly poolCal: (WorkCalendar | null)[];
  readonly poolPause: Uint8Array;
  /** Items in hand per server slot; kept only for pause-policy pools, which must find them at closing. */
  readonly poolSlots: Int32Array[];
  readonly poolFreeSlots: Int32Array[];
  readonly poolFreeCount: Int32Array;
  readonly poolServes: Int32Array[];
  /** 1 when the pool has a rate limit or a weekly budget (canStart must be asked). */
  readonly poolLimited: Uint8Array;
  readonly poolRate: Float64Array;
  readonly poolRateHour: Float64Array;
  readonly poolRateCount: Float64Array;
  readonly poolBudget: Float64Array;
  readonly poolBudgetWeek: Float64Array;
  readonly poolBudgetUsed: Float64Array;
  /** Shift from simulated time to hours since a Monday 00:00 local, for weekly budgets. */
  readonly poolWeekShift: Float64Array;
  /** Next time a wake event is pending for the pool (rate window or budget week); -1 none. */
  readonly poolWakeAt: Float64Array;
  readonly poolOverTW: TimeWeighted[];
  readonly poolReworkBusy: Float64Array;
  readonly poolReworkTasks: Float64Array;
  readonly poolChairHours: Float64Array;
  readonly poolChairFn: Float64Array;
  /** Forum decisions chaired in the window (escalation-step decisions are summed from servers). */
  readonly execDecisions: Float64Array;
  readonly execDecisionWait: PercentileSketch[];

  // Step statistics (window).
  readonly stArrivals: Float64Array;
  readonly stCompletions: Float64Array;
  readonly stBlocked: Float64Array;
  readonly stOverflowed: Float64Array;
  readonly stAbandoned: Float64Array;
  readonly stSla: Float64Array;
  readonly stWait: PercentileSketch[];
  /** Forums' held count over time (steps use stQueueArea). */
  readonly stQueueTW: TimeWeighted[];
  /** Item-hours waiting in each step's queue within the window, added as items leave the queue. */
  readonly stQueueArea: Float64Array;

  // Item types: samplers and statistics.
  /** Arrival process per type: ARR_POISSON, ARR_WEEKLY or ARR_BATCH. */
  readonly arrKind: Uint8Array;
  /** Peak hourly rate of weekly profiles (thinning bound). */
  readonly arrPeak: Float64Array;
  readonly typeEntry: Int32Array;
  readonly interarrival: (Sampler | null)[];
  readonly arrivalU: Stream[];
  readonly attrSample: (Sampler | null)[][];
  readonly patience: (Sampler | null)[];
  /** The calendar whose open hours an item type's patience counts; null for the wall clock. */
  readonly patienceCalendar: (WorkCalendar | null)[];
  readonly tyArrived: Float64Array;
  readonly tyDone: Float64Array;
  readonly tyDefect: Float64Array;
  readonly tyRejected: Float64Array;
  readonly tyAbandoned: Float64Array;
  readonly tyBlocked: Float64Array;
  readonly tyCycle: PercentileSketch[];
  /** Item-hours in the system within the window, added as each item leaves. */
  readonly tyWipArea: Float64Array;

  // Whole-run totals.
  readonly totals = {
    arrived: 0,
    done: 0,
    doneWithDefect: 0,
    rejected: 0,
    abandoned: 0,
    blocked: 0,
    errorsMade: 0,
    errorsCaught: 0,
    errorsEscaped: 0,
    errorsDiscarded: 0,
    escalations: 0,
  };
  // Quality in the window.
  readonly quality = {
    errorsMade: 0,
    errorsCaught: 0,
    errorsEscaped: 0,
    reworkRounds: 0,
    errorsDiscarded: 0,
    escapedDefectCost: 0,
  };
  readonly defectCostByFn: Float64Array;
  escalationsWindow = 0;

  // Handoffs: index by (from function, to function), first exact match then any.
  readonly handoffIdx: Int32Array;
  readonly handoffSample: Sampler[];

  // Forums.
  readonly forumLine: (FifoLine | null)[];
  readonly forumHeld: Int32Array;
  readonly forumSessions: (Float64Array | null)[];
  readonly forumNextSession: Int32Array;

  // Series.
  readonly seriesT: number[] = [];
  readonly seriesWip: number[] = [];
  readonly seriesQueues: number[][];

  constructor(model: Model, seed: string | number, replication: number, monitor: Monitor | null) {
    this.model = model;
    this.monitor = monitor;
    this.horizon = model.horizon;
    this.warmup = Math.min(model.warmup, model.horizon);
    const nT = (this.nT = model.itemTypes.length);
    const nN = (this.nN = model.nodes.length);
    const nP = (this.nP = model.pools.length);
    const nF = (this.nF = model.functions.length);
    const nA = model.attributes.length;
    const maxWip = model.limits && model.limits.maxWip > 0 ? model.limits.maxWip : Infinity;
    this.items = new ItemStore(nA, nF, 256, maxWip);
    const stream = (name: string) => createStream(seed, replication, name);
    const w = this.warmup;

    // Nodes.
    this.nodeKind = new Uint8Array(nN);
    this.nodeFn = new Int32Array(nN);
    this.fixedNext = new Int32Array(nN).fill(-1);
    this.routers = new Array(nN).fill(null);
    this.reDetect = new Float64Array(nN).fill(-1);
    this.reTo = new Int32Array(nN).fill(-1);
    this.reMax = new Int32Array(nN);
    this.reExceeded = new Int32Array(nN).fill(-1);
    this.detectU = new Array(nN).fill(null);
    this.exitDone = new Uint8Array(nN);
    this.escalation = new Uint8Array(nN);
    this.srvFirst = new Int32Array(nN);
    this.srvCount = new Int32Array(nN);
    this.lines = new Array(nN).fill(null);
    this.discKind = new Uint8Array(nN);
    this.discRank = new Array(nN).fill(null);
    this.discAttr = new Int32Array(nN);
    this.waiting = new Int32Array(nN);
    this.queueCap = new Float64Array(nN).fill(Infinity);
    this.overflow = new Int32Array(nN).fill(-1);
    this.slaLimit = new Float64Array(nN).fill(Infinity);
    this.slaCalendar = new Array<WorkCalendar | null>(nN).fill(null);
    const clock = (calendar: number): WorkCalendar | null =>
      calendar < 0 ? null : new WorkCalendar(model.calendars[calendar], model.startWeekday, model.horizon);
    this.slaTo = new Int32Array(nN).fill(-1);
    this.errU = new Array(nN).fill(null);
    this.forumLine = new Array(nN).fill(null);
    this.forumHeld = new Int32Array(nN);
    this.forumSessions = new Array(nN).fill(null);
    this.forumNextSession = new Int32Array(nN);
    this.stArrivals = new Float64Array(nN);
    this.stCompletions = new Float64Array(nN);
    this.stBlocked = new Float64Array(nN);
    this.stOverflowed = new Float64Array(nN);
    this.stAbandoned = new Float64Array(nN);
    this.stSla = new Float64Array(nN);
    this.stWait = [];
    this.stQueueTW = [];
    this.stQueueArea = new Float64Array(nN);

    const servers: { node: number; pool: number; s: StepNode['servers'][number] }[] = [];
    model.nodes.forEach((node, n) => {
      this.nodeFn[n] = node.fn;
      this.stWait.push(new PercentileSketch());
      this.stQueueTW.push(new TimeWeighted(w));
      if (node.next) {
        if (node.next.kind === 'fixed') this.fixedNext[n] = node.next.to;
        else this.routers[n] = compileRoute(node.next, () => stream(`route:${node.id}`));
      }
      if (node.rework) {
        this.reDetect[n] = node.rework.detect;
        this.reTo[n] = node.rework.to;
        this.reMax[n] = node.rework.maxRounds;
        this.reExceeded[n] = node.rework.exceeded;
        this.detectU[n] = stream(`detect:${node.id}`);
      }
      switch (node.kind) {
        case 'step': {
          this.nodeKind[n] = K_STEP;
          this.escalation[n] = node.escalation ? 1 : 0;
          this.srvFirst[n] = servers.length;
          this.srvCount[n] = node.servers.length;
          for (const s of node.servers) servers.push({ node: n, pool: s.pool, s });
          const d = node.discipline;
          if (d.kind === 'fifo') {
            this.lines[n] = new FifoLine();
          } else {
            this.lines[n] = new PriorityLine();
            if (d.kind === 'priorityByType') {
              this.discKind[n] = DISC_TYPE;
              this.discRank[n] = Float64Array.from(d.rank);
            } else {
              this.discKind[n] = d.order === 'asc' ? DISC_ATTR_ASC : DISC_ATTR_DESC;
              this.discAttr[n] = d.attr;
            }
          }
          this.queueCap[n] = unbounded(node.queueCapacity);
          this.overflow[n] = node.overflow;
          if (node.sla) {
            this.slaLimit[n] = node.sla.limit;
            this.slaTo[n] = node.sla.to;
            this.slaCalendar[n] = clock(node.sla.calendar);
          }
          const anyErrors = node.servers.some(
            (s) => (s.errorRate ?? model.pools[s.pool].errorRate).some((r) => r > 0),
          );
          if (anyErrors) this.errU[n] = stream(`error:${node.id}`);
          break;
        }
        case 'gate':
          this.nodeKind[n] = K_GATE;
          break;
        case 'forum':
          this.nodeKind[n] = K_FORUM;
          this.forumLine[n] = new FifoLine();
          this.forumSessions[n] = forumSessionTimes(node, model);
          break;
        case 'exit':
          this.nodeKind[n] = K_EXIT;
          this.exitDone[n] = node.outcome === 'done' ? 1 : 0;
          break;
      }
    });

    // Servers.
    const nS = (this.nS = servers.length);
    this.srvPool = new Int32Array(nS);
    this.srvNode = new Int32Array(nS);
    this.srvTest = [];
    this.srvScanned = new Float64Array(nS).fill(-1);
    this.srvEligible = [];
    this.nodeEligibleLines = new Uint8Array(nN);
    this.srvSample = [];
    this.srvErr = new Float64Array(nS * nT);
    this.srvBusy = new Float64Array(nS);
    this.srvTasks = new Float64Array(nS);
    servers.forEach(({ node, pool, s }, k) => {
      this.srvPool[k] = pool;
      this.srvNode[k] = node;
      this.srvTest.push(s.when ? compileCondition(s.when) : null);
      const priority = (model.nodes[node] as StepNode).discipline.kind !== 'fifo';
      this.srvEligible.push(s.when && priority ? new PriorityLine() : null);
      if (s.when && priority) this.nodeEligibleLines[node] = 1;
      const u = stream(`service:${model.nodes[node].id}:${model.pools[pool].id}`);
      for (const sampler of serverSamplers(s.service, nT, u)) this.srvSample.push(sampler);
      for (let ty = 0; ty < nT; ty++) this.srvErr[k * nT + ty] = (s.errorRate ?? model.pools[pool].errorRate)[ty] ?? 0;
    });

    // Pools.
    this.poolCap = new Int32Array(nP);
    this.poolBusy = new Int32Array(nP);
    this.poolOcc = new Int32Array(nP);
    this.poolOpen = new Uint8Array(nP);
    this.poolCal = [];
    this.poolPause = new Uint8Array(nP);
    this.poolSlots = [];
    this.poolFreeSlots = [];
    this.poolFreeCount = new Int32Array(nP);
    this.poolServes = [];
    this.poolLimited = new Uint8Array(nP);
    this.poolRate = new Float64Array(nP);
    this.poolRateHour = new Float64Array(nP).fill(-1);
    this.poolRateCount = new Float64Array(nP);
    this.poolBudget = new Float64Array(nP);
    this.poolBudgetWeek = new Float64Array(nP).fill(-Infinity);
    this.poolBudgetUsed = new Float64Array(nP);
    this.poolWeekShift = new Float64Array(nP);
    this.poolWakeAt = new Float64Array(nP).fill(-1);
    this.poolOverTW = [];
    this.poolReworkBusy = new Float64Array(nP);
    this.poolReworkTasks = new Float64Array(nP);
    this.poolChairHours = new Float64Array(nP);
    this.poolChairFn = new Float64Array(nP * (nF + 1));
    this.execDecisions = new Float64Array(nP);
    this.execDecisionWait = [];
    model.pools.forEach((pool, p) => {
      const cap = Math.max(0, Math.floor(pool.capacity));
      this.poolCap[p] = cap;
      const cal = pool.calendar >= 0 ? model.calendars[pool.calendar] : null;
      this.poolCal.push(cal ? new WorkCalendar(cal, model.startWeekday, model.horizon) : null);
      this.poolOpen[p] = 1;
      this.poolPause[p] = pool.shiftEnd === 'pause' ? 1 : 0;
      this.poolSlots.push(new Int32Array(cap).fill(-1));
      const free = new Int32Array(cap);
      for (let k = 0; k < cap; k++) free[k] = cap - 1 - k;
      this.poolFreeSlots.push(free);
      this.poolFreeCount[p] = cap;
      const serves: number[] = [];
      for (let k = 0; k < nS; k++) if (this.srvPool[k] === p) serves.push(k);
      this.poolServes.push(Int32Array.from(serves));
      this.poolRate[p] = pool.rateLimitPerHour;
      this.poolBudget[p] = pool.budgetHoursPerWeek;
      this.poolLimited[p] = pool.rateLimitPerHour > 0 || pool.budgetHoursPerWeek > 0 ? 1 : 0;
      this.poolWeekShift[p] = (cal ? cal.offsetHours : 0) + 24 * model.startWeekday;
      this.poolOverTW.push(new TimeWeighted(w));
      this.execDecisionWait.push(new PercentileSketch());
    });

    // Item types.
    this.arrKind = new Uint8Array(nT);
    this.typeEntry = Int32Array.from(model.itemTypes.map((ty) => ty.entry));
    this.arrPeak = new Float64Array(nT);
    this.interarrival = [];
    this.arrivalU = [];
    this.attrSample = [];
    this.patience = [];
    this.patienceCalendar = [];
    this.tyArrived = new Float64Array(nT);
    this.tyDone = new Float64Array(nT);
    this.tyDefect = new Float64Array(nT);
    this.tyRejected = new Float64Array(nT);
    this.tyAbandoned = new Float64Array(nT);
    this.tyBlocked = new Float64Array(nT);
    this.tyCycle = [];
    this.tyWipArea = new Float64Array(nT);
    for (const ty of model.itemTypes) {
      const u = stream(`arrivals:${ty.id}`);
      this.arrivalU.push(u);
      const a = ty.arrivals;
      const k = this.interarrival.length;
      this.arrKind[k] = a.kind === 'poisson' ? ARR_POISSON : a.kind === 'weekly' ? ARR_WEEKLY : ARR_BATCH;
      if (a.kind === 'weekly') this.arrPeak[k] = a.ratePerHour.reduce((m, r) => (r > m ? r : m), 0);
      this.interarrival.push(
        // Poisson arrivals are the only draws from the type's arrival stream (weekly ones use it directly).
        a.kind === 'poisson' && a.ratePerHour > 0 ? makeExclusiveSampler({ kind: 'exponential', mean: 1 / a.ratePerHour }, u) : null,
      );
      this.attrSample.push(
        ty.attributes.map((d, k) => (d ? makeExclusiveSampler(d, stream(`attributes:${ty.id}:${model.attributes[k]}`)) : null)),
      );
      this.patience.push(ty.patience ? makeExclusiveSampler(ty.patience, stream(`patience:${ty.id}`)) : null);
      this.patienceCalendar.push(clock(ty.patienceCalendar));
      this.tyCycle.push(new PercentileSketch());
    }
    this.defectCostByFn = new Float64Array(nF + 1);

    this.srvStartExtras = new Uint8Array(nS);
    this.srvEndExtras = new Uint8Array(nS);
    for (let k = 0; k < nS; k++) {
      const n = this.srvNode[k];
      const p = this.srvPool[k];
      const traced = monitor !== null;
      this.srvStartExtras[k] = traced || this.escalation[n] === 1 || this.poolPause[p] === 1 || this.poolLimited[p] === 1 ? 1 : 0;
      this.srvEndExtras[k] = traced || this.poolPause[p] === 1 || this.poolCal[p] !== null || this.errU[n] !== null ? 1 : 0;
    }

    // Handoffs.
    this.handoffIdx = handoffTable(model);
    this.plainNext = new Int32Array(nN).fill(-1);
    for (let n = 0; n < nN; n++) {
      const to = this.fixedNext[n];
      if (to < 0 || this.reDetect[n] >= 0) continue;
      // No handoff can apply: the target has no function, or the item stays in this node's function.
      const fnTo = this.nodeFn[to];
      if (fnTo < 0 || fnTo === this.nodeFn[n]) this.plainNext[n] = to;
    }
    this.handoffSample = model.handoffs.map((h, k) => makeExclusiveSampler(h.delay, stream(`handoff:${k}`)));

    this.seriesQueues = model.nodes.filter((n) => n.kind === 'step').map(() => []);
  }

  /** Emits a trace record when a monitor is attached. */
  trace(event: TraceEvent, item: number, node: number, pool = -1, detail?: string): void {
    if (this.monitor === null) return;
    const rec: TraceRecord = {
      t: this.now,
      event,
      item: this.items.serial[item],
      node: node >= 0 ? this.model.nodes[node].id : '',
    };
    if (pool >= 0) rec.pool = this.model.pools[pool].id;
    if (detail !== undefined) rec.detail = detail;
    this.monitor(rec);
  }
}

/** A limit that may be Infinity; a model that went through JSON carries null there, which means the same. */
export function unbounded(limit: number | null | undefined): number {
  return typeof limit === 'number' ? limit : Infinity;
}
