import type { Model } from '../model/model.js';
import { createStream, type Stream, type StreamSeeds } from '../rng/stream.js';
import { EventQueue } from '../queue/eventQueue.js';
import { Float64Arena } from '../stats/float64Arena.js';
import { ItemStore } from './itemStore.js';
import { NodeTable } from './nodeTable.js';
import { StepTable } from './stepTable.js';
import { ServerTable } from './serverTable.js';
import { PoolTable } from './poolTable.js';
import { PoolLimitTable } from './poolLimitTable.js';
import { ItemTypeTable } from './itemTypeTable.js';
import { ErrorTable } from './errorTable.js';
import { ForumTable } from './forumTable.js';
import { HandoffTable } from './handoffTable.js';
import { PreemptionTable } from './preemption.js';
import { TimelineTable } from './timelineTable.js';
import { PeriodRecorder } from './periods.js';
import { OverTimeSeries } from './series.js';
import {
  PoolStatistics,
  QualityStatistics,
  RunTotals,
  ServerStatistics,
  StepStatistics,
  TypeStatistics,
} from './windowStatistics.js';
import { CycleLedger } from './cycleLedger.js';
import type { Monitor, TraceEvent, TraceRecord } from './traceRecord.js';

/**
 * One replication in progress: the clock, the event queue, the items, and the model precomputed at
 * setup into small tables of flat per-node, per-server, per-pool and per-type arrays (each built in
 * its own file, beside the semantics that use it), so that the event loop does no string lookups
 * and allocates nothing per event.
 */
export class SimState {
  readonly model: Model;
  readonly horizon: number;
  readonly warmup: number;
  readonly functionCount: number;
  readonly eventQueue = new EventQueue(1024);
  /**
   * Patience and SLA timers, numbered by eventQueue.takeSeq() so that both keep one order. Most are
   * cancelled (the item starts service first) and stay until their time comes; kept here, they do
   * not deepen the heap every completion and arrival goes through. The company's queue held about
   * 300 events, most of them such timers.
   */
  readonly timerQueue = new EventQueue(256);
  /** Where the run's percentile sketches take their buffers and rows: a few blocks, not a thousand buffers. */
  readonly arena = new Float64Arena();
  readonly items: ItemStore;
  readonly monitor: Monitor | null;
  now: number;
  /** Events processed, set at the end of the run. */
  eventCount = 0;
  /** Next queue-entry token: tokens order entries by the time they joined a queue. */
  nextToken = 0;

  // The model, as tables.
  readonly nodes: NodeTable;
  readonly steps: StepTable;
  readonly servers: ServerTable;
  readonly pools: PoolTable;
  readonly poolLimits: PoolLimitTable;
  readonly types: ItemTypeTable;
  readonly errors: ErrorTable;
  readonly forums: ForumTable;
  readonly handoffs: HandoffTable;
  readonly preemption: PreemptionTable;
  readonly timeline: TimelineTable;

  // What is counted: in the window, over the whole run, over time.
  readonly stepStats: StepStatistics;
  readonly typeStats: TypeStatistics;
  readonly serverStats: ServerStatistics;
  readonly poolStats: PoolStatistics;
  readonly quality: QualityStatistics;
  readonly totals = new RunTotals();
  readonly series: OverTimeSeries;
  /** Where each item's time goes, visit by visit, summed for the items done in the window. */
  readonly cycleLedger: CycleLedger;
  /** Figures per calendar period (--periods); null when none were asked for. */
  readonly periods: PeriodRecorder | null;

  constructor(
    model: Model,
    seed: string | number,
    replication: number,
    monitor: Monitor | null,
    seeds: StreamSeeds | null = null,
  ) {
    // A field that will hold doubles is first given a double, then its value: V8 gives a field the
    // representation of its first value, and 0 is a small integer, so the first double stored would
    // change the object's hidden class, throwing away every optimised function that had seen the old
    // one. A fresh worker paid for that in its first replications (7 to 10% of their CPU time on the
    // company). The same is done for the event queue's time, the ledger's and the sketches' sums.
    this.now = 0.5;
    this.now = 0;
    this.horizon = 0.5;
    this.warmup = 0.5;
    this.model = model;
    this.monitor = monitor;
    this.horizon = model.horizon;
    this.warmup = Math.min(model.warmup, model.horizon);
    this.functionCount = model.functions.length;
    const maxWip = model.limits && model.limits.maxWip > 0 ? model.limits.maxWip : Infinity;
    this.items = new ItemStore(model.attributes.length, model.functions.length, 256, maxWip);
    const stream = (name: string): Stream => createStream(seed, replication, name, seeds);

    this.nodes = new NodeTable(model, stream);
    this.steps = new StepTable(model);
    this.servers = new ServerTable(model, stream);
    this.pools = new PoolTable(model, this.servers);
    this.poolLimits = new PoolLimitTable(model, this.warmup);
    this.types = new ItemTypeTable(model, stream);
    this.errors = new ErrorTable(model, stream);
    this.forums = new ForumTable(model);
    this.handoffs = new HandoffTable(model, stream);
    this.preemption = new PreemptionTable(model);
    this.timeline = new TimelineTable(model, stream);

    this.stepStats = new StepStatistics(model, this.warmup, this.arena);
    this.typeStats = new TypeStatistics(model, this.arena);
    this.serverStats = new ServerStatistics(this.servers.count);
    this.poolStats = new PoolStatistics(model, this.warmup, this.arena);
    this.quality = new QualityStatistics(model);
    this.series = new OverTimeSeries(model);
    this.cycleLedger = new CycleLedger(model.nodes.length, model.itemTypes.length, 256, this.arena);
    this.periods = model.periods && model.periods.starts.length > 0 ? new PeriodRecorder(model, this.warmup) : null;

    const { servers, nodes, pools, errors, preemption } = this;
    const traced = monitor !== null;
    servers.markExtras(
      (k) =>
        traced ||
        preemption.inService[servers.step[k]] !== null ||
        nodes.isEscalation[servers.step[k]] === 1 ||
        pools.pausesAtShiftEnd[servers.pool[k]] === 1 ||
        pools.limited[servers.pool[k]] === 1,
      (k) =>
        traced ||
        preemption.inService[servers.step[k]] !== null ||
        pools.pausesAtShiftEnd[servers.pool[k]] === 1 ||
        pools.calendar[servers.pool[k]] !== null ||
        errors.makeStream[servers.step[k]] !== null,
    );
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

  /**
   * Emits the 'arrive' record of a new item, with its type and the attributes its type draws. Read from
   * the item store here, when a monitor asks, so an untraced run allocates nothing for them.
   */
  traceArrival(item: number, node: number): void {
    if (this.monitor === null) return;
    const { items, model } = this;
    const ty = items.type[item];
    const attributes: Record<string, number> = {};
    const drawn = model.itemTypes[ty].attributes;
    for (let k = 0; k < drawn.length; k++)
      if (drawn[k] !== null) attributes[model.attributes[k]] = items.attrs[item * items.nAttrs + k];
    this.monitor({
      t: this.now,
      event: 'arrive',
      item: items.serial[item],
      node: node >= 0 ? model.nodes[node].id : '',
      type: model.itemTypes[ty].id,
      attributes,
    });
  }
}
