// Pre-flight: what a compiled model will cost before it runs, from its rates, horizon and
// frequencies, so that a small file cannot start a run that would take hours or all the memory.
// The engine's own guards (limits.maxEvents, limits.maxWip, the routing-cycle guard) stop a run that
// gets there anyway; this refuses at once, with the estimate, the runs that certainly would.

import type { Model } from '../../core/index.js';
import { DEFAULT_MAX_MEMORY_MB, estimateMemory, fmt, megabytes } from './memoryEstimate.js';
import { arrivalsPerHour, estimateVisits, type StepVisits } from './visits.js';

/** Most servers (capacity and headcount summed over the pools): each is a slot in several per-server tables. */
export const MAX_SERVERS = 1_000_000;
/** Most forum sessions over the horizon, all forums together: their times are listed before the run. */
export const MAX_FORUM_SESSIONS = 1_000_000;
/** Most samples of the over-time series (horizon / trace.every): each is a row kept to the end of the run. */
export const MAX_TRACE_SAMPLES = 1_000_000;

/** One part of the work of a run, with where it comes from in the file. */
export interface WorkPart {
  path: string;
  what: string;
  units: number;
  /**
   * The events among the units, at least: a batch of items arrives in one event, and a weekly
   * profile's discarded draws are no events. Absent: as many as the units.
   */
  events?: number;
}

/**
 * The work a run of `model` does at least, in events or items: arrivals (every item takes at least one
 * step of work, even through gates that take no time), candidate arrivals drawn and discarded by the
 * weekly profiles' thinning, forum sessions, trace samples and calendar openings and closings.
 */
export function estimateWork(model: Model): WorkPart[] {
  const h = model.horizon;
  const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
  const parts: WorkPart[] = [];
  model.itemTypes.forEach((t, i) => {
    const a = t.arrivals;
    const path = `itemTypes.${ids(model.itemTypes)[i]}.arrivals`;
    // A timeline that multiplies the rate draws candidates at the rate times its largest factor.
    const bound = arrivalBound(model, i);
    const at = bound > 1 ? ` (candidates at ${fmt(bound)} x its rate: the timeline's largest factor)` : '';
    const events = arrivalsPerHour(model, i, false) * h;
    if (a.kind === 'poisson')
      parts.push({ path, what: `arrivals of ${t.id}${at}`, units: a.ratePerHour * bound * h, events });
    else if (a.kind === 'batch') {
      const batches = a.every > 0 ? Math.max(0, Math.ceil((h - a.first) / a.every)) : a.first < h ? 1 : 0;
      parts.push({
        path,
        what: `arrivals of ${t.id} (${fmt(batches)} batches of ${fmt(a.size)})`,
        units: batches * a.size,
        events: batches,
      });
    } else {
      const peak = Math.max(0, ...a.ratePerHour);
      parts.push({
        path,
        what: `arrival draws of ${t.id} (its weekly profile is drawn at its peak rate, ${fmt(peak)}/h)${at}`,
        units: peak * bound * h,
        events,
      });
    }
  });
  model.nodes.forEach((n) => {
    if (n.kind !== 'forum') return;
    const sc = n.schedule;
    const every = sc.kind === 'periodic' ? sc.every : 24 * 28;
    const held =
      sc.kind === 'dated'
        ? sc.times.filter((x) => x < h).length
        : sc.first >= h
          ? 0
          : sc.every > 0
            ? Math.ceil((h - sc.first) / sc.every)
            : 1;
    parts.push({
      path: `steps.${n.id}.schedule`,
      what: `sessions of ${n.id}`,
      units: every > 0 ? h / every : 1,
      events: held,
    });
  });
  if (model.traceEvery > 0)
    parts.push({
      path: 'trace.every',
      what: 'trace samples',
      units: h / model.traceEvery,
      events: Math.max(0, Math.floor(h / model.traceEvery) - 1),
    });
  if (model.timeline && model.timeline.length > 0)
    parts.push({
      path: 'timeline',
      what: 'dated changes of the timeline',
      units: model.timeline.length,
      events: model.timeline.filter((c) => c.at < h).length,
    });
  model.pools.forEach((p) => {
    if (p.calendar < 0) return;
    const changes = 2 * model.calendars[p.calendar].week.length;
    parts.push({
      path: `pools.${p.id}.calendar`,
      what: `openings and closings of ${p.id}'s calendar`,
      units: (changes * h) / 168,
      // Holidays and open hours that run on past midnight Sunday take some of them away.
      events: 0,
    });
  });
  for (const w of model.initialWip)
    parts.push({ path: 'initialWip', what: 'items in the initial work in progress', units: w.count, events: 0 });
  return parts;
}

/**
 * The pre-flight's total: the work parts' units (arrivals as items, as before), or their events plus
 * the service completions, whichever is more. The completions are added to events only, so that a
 * batch of items (one event) or a weekly profile's discarded draws (none) cannot make the total pass
 * the events a run takes.
 */
function workTotal(parts: WorkPart[], completions: WorkPart[]): number {
  let units = 0;
  let events = 0;
  for (const p of parts) {
    units += p.units;
    events += p.events ?? p.units;
  }
  for (const p of completions) events += p.units;
  return Math.max(units, events);
}

/**
 * Issues for a model whose run would pass a limit: { path, message }, empty when it may run.
 * `maxMemoryMB` is the file's limits.maxMemoryMB (DEFAULT_MAX_MEMORY_MB unless set).
 */
export function preflight(model: Model, maxMemoryMB = DEFAULT_MAX_MEMORY_MB): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  const servers = model.pools.reduce((sum, p) => sum + p.capacity, 0);
  if (servers > MAX_SERVERS) {
    const big = [...model.pools].sort((a, b) => b.capacity - a.capacity)[0];
    out.push({
      path: `pools.${big.id}`,
      message: `the pools have ${fmt(servers)} servers in all (capacity and headcount summed over ${fmt(model.pools.length)} pools); the limit is ${fmt(MAX_SERVERS)}`,
    });
  }
  const parts = estimateWork(model);
  const sum = (ps: WorkPart[]) => ps.reduce((s, p) => s + p.units, 0);
  const sessions = parts.filter((p) => p.what.startsWith('sessions of '));
  if (sum(sessions) > MAX_FORUM_SESSIONS) {
    const top = sessions.sort((a, b) => b.units - a.units)[0];
    out.push({
      path: top.path,
      message: `the forums would hold ${fmt(sum(sessions))} sessions over the horizon of ${fmt(model.horizon)} h; the limit is ${fmt(MAX_FORUM_SESSIONS)}: meet less often`,
    });
  }
  const samples = parts.find((p) => p.what === 'trace samples');
  if (samples !== undefined && samples.units > MAX_TRACE_SAMPLES) {
    out.push({
      path: samples.path,
      message: `trace.every gives ${fmt(samples.units)} samples over the horizon of ${fmt(model.horizon)} h; the limit is ${fmt(MAX_TRACE_SAMPLES)}: sample less often`,
    });
  }
  // Service completions only add to the events, never to the memory estimate's arrivals.
  const visits = out.length === 0 ? estimateVisits(model) : { parts: [], steps: [] };
  const all = [...parts, ...visits.parts];
  const total = workTotal(parts, visits.parts);
  const limit = model.limits.maxEvents;
  if (out.length === 0 && total > limit) {
    const top = [...all].sort((a, b) => b.units - a.units).slice(0, 3);
    const largest = top.map((p) => `${fmt(p.units)} ${p.what}`).join(', ');
    const loop = multiplier(model, visits.steps, sum(visits.parts), sum(parts));
    const more = `more than limits.maxEvents (${fmt(limit)})`;
    const advice = 'shorten the horizon or lower the rate, or raise limits.maxEvents to run it anyway';
    out.push({
      path: loop?.path ?? top[0].path,
      message:
        `a run would take at least ${fmt(total)} events over the horizon of ${fmt(model.horizon)} h` +
        (loop === null ? ` (largest: ${largest}), ${more}; ${advice}` : `, ${more}: ${loop.text}, ${advice}`),
    });
  }
  if (out.length === 0) {
    const memory = estimateMemory(model, parts);
    const bytes = memory.reduce((s, p) => s + p.bytes, 0);
    if (bytes > maxMemoryMB * 2 ** 20) {
      const top = [...memory].sort((a, b) => b.bytes - a.bytes).slice(0, 2);
      const largest = top.map((p) => `${megabytes(p.bytes)} for ${p.what}`).join(', ');
      out.push({
        path: top[0].path,
        message:
          `a run would need about ${megabytes(bytes)} of memory per worker (largest: ${largest}), ` +
          `more than limits.maxMemoryMB (${fmt(maxMemoryMB)}); lower limits.maxWip, sample less often or shorten the horizon, or raise limits.maxMemoryMB to run it anyway`,
      });
    }
  }
  return out;
}

/** The largest factor the timeline puts on type i's arrival rate: its largest multiplier times its largest peak (at least 1). */
function arrivalBound(model: Model, i: number): number {
  let multiplier = 1;
  let peak = 1;
  for (const c of model.timeline ?? []) {
    if (c.target.kind === 'arrivalMultiplier' && c.target.type === i) multiplier = Math.max(multiplier, c.value);
    if (c.target.kind === 'peakMultiplier' && c.target.type === i) peak = Math.max(peak, c.value);
  }
  return multiplier * peak;
}

/**
 * Where the work multiplies, when service completions are most of the estimate: the step with the
 * most of them, how often each arrival is served there, and the rework rule that sends items back
 * most (or the routing loops), with what to change; null when arrivals and the like are most of it.
 */
function multiplier(
  model: Model,
  steps: StepVisits[],
  completions: number,
  rest: number,
): { path: string; text: string } | null {
  if (completions <= rest) return null;
  // One step only: the message has 400 characters.
  const busiest = steps
    .filter((s) => s.perArrival > 1.5)
    .sort((a, b) => b.completions - a.completions)
    .slice(0, 1);
  if (busiest.length === 0) return null;
  const times = (x: number) => (x >= 10 ? fmt(x) : x.toFixed(1));
  const served = `${times(busiest[0].perArrival)} times at '${model.nodes[busiest[0].node].id}' (${fmt(busiest[0].completions)} completions)`;
  const sender = [...steps].sort((a, b) => b.reworkSent - a.reworkSent)[0];
  const rework = sender !== undefined && sender.reworkSent > 0 ? model.nodes[sender.node] : null;
  if (rework === null || rework.rework === null) {
    return {
      path: `steps.${model.nodes[busiest[0].node].id}.next`,
      text: `each arrival is served ${served}, round routing loops. Lower the probabilities that send items back`,
    };
  }
  return {
    path: `steps.${rework.id}.rework`,
    text:
      `each arrival is served ${served}, sent back by the rework of '${rework.id}' (maxRounds ${rework.rework.maxRounds}). ` +
      `Lower the error rate it catches or its rework.maxRounds`,
  };
}
