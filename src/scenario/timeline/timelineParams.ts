// The parameters a timeline may change, found from a dotted path (the same paths variants and
// sweeps use). Only these change during a run; the engine holds each as a value it reads afresh.

import { didYouMean } from '../didYouMean.js';
import { isRec, rec, type Rec } from '../validate/checks.js';
import { readRate } from '../units/rate.js';

export type TimelineParam =
  | { kind: 'capacity'; pool: string }
  | { kind: 'errorRate'; pool: string }
  /** An arrival rate such as "60/d": the engine multiplies the type's base rate by value / base. */
  | { kind: 'arrivalRate'; type: string; basePerHour: number }
  | { kind: 'arrivalMultiplier'; type: string }
  | { kind: 'threshold'; step: string; cut: number }
  | { kind: 'detect'; step: string }
  /** A pool's price; a human pool's costPerHour is paid per open hour, an executive's per busy hour. */
  | { kind: 'costPerTask' | 'costPerBusyHour' | 'costPerPaidHour'; pool: string };

export const TIMELINE_PATHS =
  'pools.ID.capacity (agents), pools.ID.headcount (people), pools.ID.errorRate, itemTypes.ID.arrivals.poisson, ' +
  'itemTypes.ID.arrivals.multiplier, steps.ID.detect, steps.ID.next.thresholds.cuts.N, ' +
  'pools.ID.costPerTask and pools.ID.costPerBusyHour (agents), pools.ID.costPerHour (people)';

/** What `path` changes, or why a timeline cannot change it. */
export function timelineParam(doc: Rec, path: string): TimelineParam | { error: string } {
  const unknown = (section: string, noun: string, id: string): { error: string } => ({
    error: `"${path}": unknown ${noun} "${id}"${didYouMean(id, Object.keys(rec(doc[section])))}`,
  });
  let m = /^pools\.([^.]+)\.(capacity|headcount|errorRate)$/.exec(path);
  if (m !== null) {
    const pool = rec(doc.pools)[m[1]];
    if (!isRec(pool)) return unknown('pools', 'pool', m[1]);
    if (m[2] === 'errorRate') {
      if (pool.errorRate !== undefined && typeof pool.errorRate !== 'number')
        return { error: `"${path}": a timeline sets a pool's error rate as one number; this pool's is set by type` };
      return { kind: 'errorRate', pool: m[1] };
    }
    const field = pool.kind === 'agent' ? 'capacity' : 'headcount';
    if (m[2] !== field) return { error: `"${path}": a ${String(pool.kind)} pool's size is its ${field}` };
    if (pool.roster !== undefined)
      return { error: `"${path}": this pool's heads come from its roster; change a slot's heads in a variant instead` };
    return { kind: 'capacity', pool: m[1] };
  }
  m = /^pools\.([^.]+)\.(costPerHour|costPerTask|costPerBusyHour)$/.exec(path);
  if (m !== null) {
    const pool = rec(doc.pools)[m[1]];
    if (!isRec(pool)) return unknown('pools', 'pool', m[1]);
    if (pool.kind === 'agent') {
      if (m[2] === 'costPerHour')
        return { error: `"${path}": an agent pool is priced by costPerTask and costPerBusyHour, not costPerHour` };
      return { kind: m[2] === 'costPerTask' ? 'costPerTask' : 'costPerBusyHour', pool: m[1] };
    }
    if (m[2] !== 'costPerHour')
      return { error: `"${path}": a ${String(pool.kind)} pool is priced by costPerHour; ${m[2]} is for agent pools` };
    return { kind: pool.kind === 'executive' ? 'costPerBusyHour' : 'costPerPaidHour', pool: m[1] };
  }
  m = /^itemTypes\.([^.]+)\.arrivals\.(poisson|multiplier)$/.exec(path);
  if (m !== null) {
    const type = rec(doc.itemTypes)[m[1]];
    if (!isRec(type)) return unknown('itemTypes', 'item type', m[1]);
    if (m[2] === 'multiplier') return { kind: 'arrivalMultiplier', type: m[1] };
    const base = readRate(rec(type.arrivals).poisson);
    if ('error' in base)
      return { error: `"${path}": item type "${m[1]}" has no Poisson rate; use itemTypes.${m[1]}.arrivals.multiplier` };
    if (base.perHour <= 0)
      return { error: `"${path}": the base rate is 0, so there is nothing to multiply; give it a rate above 0` };
    return { kind: 'arrivalRate', type: m[1], basePerHour: base.perHour };
  }
  m = /^steps\.([^.]+)\.(detect|next\.thresholds\.cuts\.(\d+))$/.exec(path);
  if (m !== null) {
    const step = rec(doc.steps)[m[1]];
    if (!isRec(step)) return unknown('steps', 'step', m[1]);
    if (m[2] === 'detect') {
      if (step.rework === undefined)
        return { error: `"${path}": step "${m[1]}" has no rework, so it detects nothing; give it rework first` };
      return { kind: 'detect', step: m[1] };
    }
    const cuts = rec(rec(step.next).thresholds).cuts;
    const cut = Number(m[3]);
    if (!Array.isArray(cuts)) return { error: `"${path}": step "${m[1]}" routes by no thresholds` };
    if (cut >= cuts.length) return { error: `"${path}": step "${m[1]}" has ${cuts.length} cut(s), numbered from 0` };
    return { kind: 'threshold', step: m[1], cut };
  }
  return { error: `a timeline cannot change "${path}"; it can change ${TIMELINE_PATHS}` };
}

/** The number a value stands for at a parameter: a rate's per-hour figure, else the number itself. */
export function paramNumber(param: TimelineParam, value: unknown): number {
  if (param.kind === 'arrivalRate') {
    const r = readRate(value);
    return 'perHour' in r ? r.perHour : NaN;
  }
  return typeof value === 'number' ? value : NaN;
}

/** The value the engine is given: a headcount is whole heads, an arrival rate a multiplier of the base. */
export function engineValue(param: TimelineParam, x: number): number {
  if (param.kind === 'capacity') return Math.round(x);
  if (param.kind === 'arrivalRate') return x / param.basePerHour;
  return x;
}
