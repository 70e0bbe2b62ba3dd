// The timeline and arrival peaks compiled into the engine's dated changes (Model.timeline): indices
// for ids, hours for dates, a multiplier for an arrival rate, whole heads for a headcount. Sorted by
// time; at one instant, entries apply in name order and a ramp's steps in their order.

import type { TimelineChange, TimelineTarget } from '../../core/index.js';
import type { ScenarioDoc } from '../doc/scenarioDoc.js';
import { at, type Indexes } from '../compile/indexes.js';
import { workingDay } from '../compile/compileSchedule.js';
import { civilFromDays, daysFromCivil, monthLength } from '../units/date.js';
import type { Rec } from '../validate/checks.js';
import { pointValue, timelinePoints } from './timelinePoints.js';
import type { TimelineParam } from './timelineParams.js';

export function compileTimeline(doc: ScenarioDoc, ix: Indexes, startDay: number, horizon: number): TimelineChange[] {
  const changes: TimelineChange[] = [];
  const { points } = timelinePoints(doc as unknown as Rec);
  const lastValue = new Map<string, number>();
  for (const p of points) {
    const value = pointValue(p);
    // A ramp of whole heads steps only when the rounded headcount moves.
    const key = `${p.where.split('.').slice(0, 2).join('.')}\u0000${p.path}`;
    if (p.param.kind === 'capacity' && p.written === undefined && lastValue.get(key) === value) continue;
    lastValue.set(key, value);
    changes.push({ at: p.at, target: target(p.param, ix), value });
  }
  for (const [type, t] of Object.entries(doc.itemTypes)) {
    if (t.peaks === undefined || t.peaks.length === 0) continue;
    changes.push(...peakChanges(doc, t.peaks, at(ix.types, type), startDay, horizon));
  }
  // Stable: equal times keep the order above (entries by name, steps in order, peaks last).
  return changes.filter((c) => c.at < horizon).sort((a, b) => a.at - b.at);
}

function target(param: TimelineParam, ix: Indexes): TimelineTarget {
  switch (param.kind) {
    case 'capacity':
      return { kind: 'capacity', pool: at(ix.pools, param.pool) };
    case 'errorRate':
      return { kind: 'errorRate', pool: at(ix.pools, param.pool) };
    case 'arrivalRate':
    case 'arrivalMultiplier':
      return { kind: 'arrivalMultiplier', type: at(ix.types, param.type) };
    case 'threshold':
      return { kind: 'threshold', node: at(ix.nodes, param.step), cut: param.cut };
    case 'detect':
      return { kind: 'detect', node: at(ix.nodes, param.step) };
    case 'costPerTask':
    case 'costPerBusyHour':
    case 'costPerPaidHour':
      return { kind: param.kind, pool: at(ix.pools, param.pool) };
  }
}

/**
 * Month-end and quarter-end peaks of one item type: the factor of each local day (the product of the
 * peaks that cover it), as changes at the local midnights where the factor moves. A peak's days are
 * the last N working days of each month (or of each quarter's last month, reaching back into earlier
 * months when N is large) of its calendar, or Monday to Friday in UTC without one.
 */
function peakChanges(
  doc: ScenarioDoc,
  peaks: NonNullable<ScenarioDoc['itemTypes'][string]['peaks']>,
  type: number,
  startDay: number,
  horizon: number,
): TimelineChange[] {
  const lastDay = startDay + Math.ceil(horizon / 24) + 1;
  const factor = new Map<number, number>();
  let offset = 0;
  for (const peak of peaks) {
    const calendar = peak.calendar === undefined ? undefined : doc.calendars?.[peak.calendar];
    offset = calendar?.utcOffset ?? 0;
    const working = workingDay(calendar);
    const { y, m } = civilFromDays(startDay - 1);
    for (let k = 0; ; k++) {
      const month0 = m - 1 + k;
      const year = y + Math.floor(month0 / 12);
      const mo = month0 % 12;
      const first = daysFromCivil(year, mo + 1, 1);
      if (first > lastDay) break;
      if (peak.of === 'quarter' && mo % 3 !== 2) continue;
      let left = peak.lastBusinessDays;
      for (let d = first + monthLength(year, mo) - 1; left > 0 && d > first - 366; d--) {
        if (!working(d)) continue;
        factor.set(d, (factor.get(d) ?? 1) * peak.multiply);
        left--;
      }
    }
  }
  // The day boundaries of the peaks' calendar (the last peak's when they differ: one office's month end).
  const days = [...factor.keys()].sort((a, b) => a - b);
  const out: TimelineChange[] = [];
  const midnight = (d: number): number => (d - startDay) * 24 - offset;
  let current = 1;
  for (let i = 0; i < days.length; i++) {
    const d = days[i];
    const f = factor.get(d)!;
    if (f !== current) out.push({ at: Math.max(0, midnight(d)), target: { kind: 'peakMultiplier', type }, value: f });
    current = f;
    if (i + 1 === days.length || days[i + 1] !== d + 1) {
      out.push({ at: Math.max(0, midnight(d + 1)), target: { kind: 'peakMultiplier', type }, value: 1 });
      current = 1;
    }
  }
  return out;
}
