// A timeline's entries as dated values of parameters: a `set` gives one point per parameter, a ramp
// one per step (linear between its ends, or compounded by `growth`). Validation and the compiler
// both start here, so what is checked is what runs.

import { rec, type Rec } from '../validate/checks.js';
import { startDate } from '../compile/startDate.js';
import { parseDuration } from '../units/duration.js';
import { engineValue, paramNumber, timelineParam, type TimelineParam } from './timelineParams.js';
import { dateOf, readEvery, readWhen, stepTimes } from './timelineTimes.js';

export interface TimelinePoint {
  /** Where in the file the point comes from, for issues: timeline.NAME.set.PATH, timeline.NAME.from ... */
  where: string;
  path: string;
  param: TimelineParam;
  at: number;
  /** The value as written in the file's units (a rate per hour, a headcount, a probability). */
  x: number;
  /** The value in the file's own syntax at the ends of a ramp (to check its range); undefined at inner steps. */
  written?: unknown;
}

export interface TimelineIssue {
  path: string;
  message: string;
}

/** Every point of the document's timeline, entries in name order, and the issues that stop some from being read. */
export function timelinePoints(doc: Rec): { points: TimelinePoint[]; issues: TimelineIssue[] } {
  const points: TimelinePoint[] = [];
  const issues: TimelineIssue[] = [];
  const startDay = startDate(typeof doc.start === 'string' ? doc.start : undefined).day;
  const horizon = typeof doc.horizon === 'string' || typeof doc.horizon === 'number' ? safeHours(doc.horizon) : NaN;
  const last = Number.isFinite(horizon)
    ? ` (the run ends on ${dateOf(horizon, startDay)}, week ${Math.ceil(horizon / 168)})`
    : '';
  const when = (where: string, value: unknown, endAllowed: boolean): number | undefined => {
    const r = readWhen(value, startDay);
    if ('error' in r) return void issues.push({ path: where, message: r.error });
    if (r.hours < 0)
      return void issues.push({
        path: where,
        message: `"${String(value)}" is before the start of the run (${dateOf(0, startDay)})`,
      });
    if (r.hours > horizon || (r.hours === horizon && !endAllowed))
      return void issues.push({ path: where, message: `"${String(value)}" is outside the horizon${last}` });
    return r.hours;
  };
  const paramAt = (where: string, path: string): TimelineParam | undefined => {
    const p = timelineParam(doc, path);
    if ('error' in p) return void issues.push({ path: where, message: p.error });
    return p;
  };
  const number = (where: string, param: TimelineParam, value: unknown): number | undefined => {
    const x = paramNumber(param, value);
    if (Number.isFinite(x)) return x;
    const expected = param.kind === 'arrivalRate' ? 'a rate such as "60/d"' : 'a number';
    return void issues.push({ path: where, message: `expected ${expected}, found ${JSON.stringify(value)}` });
  };

  for (const name of Object.keys(rec(doc.timeline)).sort()) {
    const e = rec(rec(doc.timeline)[name]);
    const base = `timeline.${name}`;
    if (e.set !== undefined) {
      const at = when(`${base}.at`, e.at, false);
      for (const path of Object.keys(rec(e.set)).sort()) {
        const where = `${base}.set.${path}`;
        const param = paramAt(where, path);
        if (param === undefined || at === undefined) continue;
        const written = rec(e.set)[path];
        const x = number(where, param, written);
        if (x !== undefined) points.push({ where, path, param, at, x, written });
      }
      continue;
    }
    const path = String(e.ramp);
    const param = paramAt(`${base}.ramp`, path);
    const start = when(`${base}.start`, e.start, false);
    const end = when(`${base}.end`, e.end, true);
    if (start !== undefined && end !== undefined && end <= start) {
      issues.push({
        path: `${base}.end`,
        message: `the ramp ends (${String(e.end)}) before or when it starts (${String(e.start)}); expected an end after the start`,
      });
      continue;
    }
    const every = readEvery(e.every);
    if ('error' in every) issues.push({ path: `${base}.every`, message: every.error });
    if (e.to === undefined && e.growth === undefined)
      issues.push({ path: base, message: 'a ramp needs `to` (a linear ramp) or `growth` (compounded per step)' });
    if (e.to !== undefined && e.growth !== undefined)
      issues.push({
        path: `${base}.growth`,
        message: 'a ramp has either `to` (linear) or `growth` (compounded), not both',
      });
    if (param === undefined || start === undefined || end === undefined || 'error' in every) continue;
    const from = number(`${base}.from`, param, e.from);
    const to = e.to === undefined ? undefined : number(`${base}.to`, param, e.to);
    if (from === undefined || (e.to !== undefined && to === undefined)) continue;
    const times = stepTimes(start, end, every, startDay);
    const growth = typeof e.growth === 'number' ? e.growth : undefined;
    points.push({ where: `${base}.from`, path, param, at: start, x: from, written: e.from });
    if (growth !== undefined) {
      times.forEach((t, k) => {
        const x = from * Math.pow(1 + growth, k + 1);
        const lastStep = k === times.length - 1;
        points.push({
          where: `${base}.growth`,
          path,
          param,
          at: t,
          x,
          written: lastStep ? writtenAs(param, x) : undefined,
        });
      });
    } else {
      if (times.length === 0 || times[times.length - 1] < end) times.push(end);
      for (const t of times) {
        const x = t === end ? to! : from + ((to! - from) * (t - start)) / (end - start);
        points.push({ where: `${base}.to`, path, param, at: t, x, written: t === end ? e.to : undefined });
      }
    }
  }
  return { points, issues };
}

/** A computed value in the file's syntax, so that the last step of a growth ramp can be checked like a written one. */
function writtenAs(param: TimelineParam, x: number): unknown {
  if (param.kind === 'arrivalRate') return `${x.toFixed(9)}/h`;
  if (param.kind === 'capacity') return Math.round(x);
  return x;
}

const safeHours = (value: unknown): number => parseDuration(String(value));

/** The engine's value of a point. */
export const pointValue = (p: TimelinePoint): number => engineValue(p.param, p.x);
