import type { Model } from '../model/model.js';
import type { WaitingLine } from '../queue/waitingLine.js';
import { FifoLine } from '../queue/fifoLine.js';
import { PriorityLine } from '../queue/priorityLine.js';
import { WorkCalendar } from '../calendar/workCalendar.js';

export const DISCIPLINE_FIFO = 0;
export const DISCIPLINE_TYPE_RANK = 1;
export const DISCIPLINE_ATTR_ASC = 2;
export const DISCIPLINE_ATTR_DESC = 3;
/** Added to a priority discipline's code on a pre-emptive step, so that enqueue's switch sends only those to preemption.ts. */
export const DISCIPLINE_PREEMPTIVE = 4;

export const PREEMPT_NONE = 0;
export const PREEMPT_RESUME = 1;
export const PREEMPT_RESTART = 2;

/**
 * The work steps' queues and their servers, indexed by node (other kinds of node keep the defaults).
 * Servers (one pool serving one step) are numbered model-wide: step n owns servers firstServer[n] ..
 * firstServer[n] + serverCount[n] - 1, in order of preference (see ServerTable).
 */
export class StepTable {
  readonly firstServer: Int32Array;
  readonly serverCount: Int32Array;
  readonly line: (WaitingLine | null)[];
  /** DISCIPLINE_FIFO, DISCIPLINE_TYPE_RANK, DISCIPLINE_ATTR_ASC or DISCIPLINE_ATTR_DESC, plus DISCIPLINE_PREEMPTIVE on a pre-emptive step. */
  readonly discipline: Uint8Array;
  /** PREEMPT_NONE, PREEMPT_RESUME or PREEMPT_RESTART. */
  readonly preempt: Uint8Array;
  /** Priority key per item type of a priority-by-type step. */
  readonly typeRank: (Float64Array | null)[];
  /** Attribute that orders a priority-by-attribute step. */
  readonly orderAttr: Int32Array;
  /** Items waiting in the queue now (its line may also hold stale entries). */
  readonly waiting: Int32Array;
  readonly queueCapacity: Float64Array;
  /** Where an item goes when the queue is full; -1: it is blocked. */
  readonly overflowTo: Int32Array;
  readonly slaLimit: Float64Array;
  /** The calendar whose open hours a step's SLA counts; null for the wall clock. */
  readonly slaCalendar: (WorkCalendar | null)[];
  readonly slaTo: Int32Array;
  /** 1 for a priority step with a conditional server, whose enqueue also fills ServerTable.eligibleLine. */
  readonly fillsEligibleLines: Uint8Array;

  constructor(model: Model) {
    const count = model.nodes.length;
    this.firstServer = new Int32Array(count);
    this.serverCount = new Int32Array(count);
    this.line = new Array(count).fill(null);
    this.discipline = new Uint8Array(count);
    this.preempt = new Uint8Array(count);
    this.typeRank = new Array(count).fill(null);
    this.orderAttr = new Int32Array(count);
    this.waiting = new Int32Array(count);
    this.queueCapacity = new Float64Array(count).fill(Infinity);
    this.overflowTo = new Int32Array(count).fill(-1);
    this.slaLimit = new Float64Array(count).fill(Infinity);
    this.slaCalendar = new Array<WorkCalendar | null>(count).fill(null);
    this.slaTo = new Int32Array(count).fill(-1);
    this.fillsEligibleLines = new Uint8Array(count);
    let servers = 0;
    model.nodes.forEach((node, n) => {
      if (node.kind !== 'step') return;
      this.firstServer[n] = servers;
      this.serverCount[n] = node.servers.length;
      servers += node.servers.length;
      const d = node.discipline;
      if (d.kind === 'fifo') {
        this.line[n] = new FifoLine();
      } else {
        this.line[n] = new PriorityLine();
        if (d.kind === 'priorityByType') {
          this.discipline[n] = DISCIPLINE_TYPE_RANK;
          this.typeRank[n] = Float64Array.from(d.rank);
        } else {
          this.discipline[n] = d.order === 'asc' ? DISCIPLINE_ATTR_ASC : DISCIPLINE_ATTR_DESC;
          this.orderAttr[n] = d.attr;
        }
        if (node.servers.some((s) => s.when)) this.fillsEligibleLines[n] = 1;
        if (node.preempt !== undefined) {
          this.discipline[n] += DISCIPLINE_PREEMPTIVE;
          this.preempt[n] = node.preempt === 'resume' ? PREEMPT_RESUME : PREEMPT_RESTART;
        }
      }
      this.queueCapacity[n] = unbounded(node.queueCapacity);
      this.overflowTo[n] = node.overflow;
      if (node.sla) {
        this.slaLimit[n] = node.sla.limit;
        this.slaTo[n] = node.sla.to;
        this.slaCalendar[n] = workingClock(model, node.sla.calendar);
      }
    });
  }
}

/** A limit that may be Infinity; a model that went through JSON carries null there, which means the same. */
export function unbounded(limit: number | null | undefined): number {
  return typeof limit === 'number' ? limit : Infinity;
}

/** A clock of working hours: the model's calendar `calendar`, or null (-1) for the wall clock. */
export function workingClock(model: Model, calendar: number): WorkCalendar | null {
  return calendar < 0 ? null : new WorkCalendar(model.calendars[calendar], model.startWeekday, model.horizon);
}
