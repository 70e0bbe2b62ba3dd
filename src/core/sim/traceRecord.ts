/**
 * What the optional monitor receives, one record per thing that happens to an item. `item` is the
 * item's serial number (order of creation from 0), `node` and `pool` are model ids. Records are
 * built only when a monitor is given, so tracing costs nothing otherwise.
 *
 *   arrive    created by an arrival (or as initial work in progress); carries its type and attributes
 *   enqueue   joined a step's queue           start     began service (pool)
 *   finish    service done (pool)             pause / resume   shift ended / began with task in hand
 *   preempt   interrupted by a higher-priority arrival, back to the queue (pool; detail: resume or restart)
 *   error     the task just finished carries an error
 *   caught    open errors detected; sent back for rework (detail: 'rework' or 'exceeded')
 *   handoff   left for another function with a delay (detail: the delay in hours)
 *   hold      held by a forum                  decide    decided at a forum session
 *   overflow  queue full, sent to the overflow node
 *   sla       waited past the SLA, escalated  abandon   ran out of patience
 *   exit      left the system (detail: done, doneWithDefect, rejected, abandoned, blocked)
 *   headcount a rostered pool's heads change at a slot boundary (item -1, node '', pool; detail: the heads now)
 */
export type TraceEvent =
  | 'arrive'
  | 'enqueue'
  | 'start'
  | 'finish'
  | 'pause'
  | 'resume'
  | 'preempt'
  | 'error'
  | 'caught'
  | 'handoff'
  | 'hold'
  | 'decide'
  | 'overflow'
  | 'sla'
  | 'abandon'
  | 'exit'
  | 'headcount';

export interface TraceRecord {
  t: number;
  event: TraceEvent;
  item: number;
  node: string;
  pool?: string;
  detail?: string;
  /** On 'arrive' only: the item's type id. */
  type?: string;
  /** On 'arrive' only: the attributes its type draws, by name (they do not change afterwards). */
  attributes?: Record<string, number>;
}

export type Monitor = (rec: TraceRecord) => void;
