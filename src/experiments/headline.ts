import type { RunResult } from '../core/index.js';
import { budgetUse, overDone, overOutcomes, poolWithValues } from './noValue.js';
import type { Interval } from './interval.js';

/**
 * The headline metrics of one replication, flat and keyed so that compare, sweep, Pareto and explain
 * can treat them alike. Keys are fixed names, or a name and an id joined by ':'
 * (`escalationsPerWeek:coo`, `utilisation:reviewers`); ids cannot contain ':'. A figure taken over
 * the items done is NaN, no value, in a run that finished none (noValue.ts): aggregateHeadlines
 * and pairedDifference leave it out.
 */
export type Headline = Record<string, number>;

/** The fixed (overall) headline keys, in the order a report lists them. */
export const OVERALL_KEYS = [
  'throughputPerWeek',
  'cycleTime',
  'costPerDone',
  'costPerOutcome',
  'escalationsPerWeek',
  'escapedDefects',
  'abandonedPerWeek',
  'abandonedShare',
  'blockedPerWeek',
  'blockedShare',
  'inSystemAtEnd',
  'inSystemShare',
] as const;

export function headlineOf(run: RunResult): Headline {
  const o = run.overall;
  const weeks = (run.horizon - run.warmup) / 168;
  const perWeek = (x: number) => (weeks > 0 ? x / weeks : 0);
  // A share of arrivals is no value where nothing arrived: 0% of none read as "nothing lost", and
  // "0% still in system" beside initial work that was all still there.
  const share = (x: number) => (o.arrived > 0 ? x / o.arrived : Number.NaN);
  const out: Headline = {
    throughputPerWeek: o.throughputPerWeek,
    cycleTime: overDone(o.cycleTime.mean, o),
    costPerDone: overDone(run.cost.perDone, o),
    costPerOutcome: overOutcomes(run.cost.perOutcome, o),
    escalationsPerWeek: 0,
    escapedDefects: run.quality.errorsEscaped,
    abandonedPerWeek: perWeek(o.abandoned),
    abandonedShare: share(o.abandoned),
    blockedPerWeek: perWeek(o.blocked),
    blockedShare: share(o.blocked),
    inSystemAtEnd: o.inSystemAtEnd,
    inSystemShare: share(o.inSystemAtEnd),
  };
  let escalations = 0;
  for (const [id, exec] of Object.entries(run.executives)) {
    escalations += exec.escalationsPerWeek;
    out[`escalationsPerWeek:${id}`] = exec.escalationsPerWeek;
  }
  // The demand split: interruptions to be decided ad hoc, and items brought to the executive's forums.
  for (const [id, exec] of Object.entries(run.executives)) {
    out[`adHocPerWeek:${id}`] = perWeek(exec.escalationsAdHoc);
    out[`forumPerWeek:${id}`] = perWeek(exec.escalationsAtForum);
  }
  out.escalationsPerWeek = escalations;
  // An executive's load is the share of the weekly decision budget used, not of calendar hours.
  for (const [id, exec] of Object.entries(run.executives)) out[`budgetUse:${id}`] = budgetUse(exec);
  for (const [id, pool] of Object.entries(run.pools))
    if (pool.kind !== 'executive') out[`utilisation:${id}`] = poolWithValues(pool).utilisation;
  // Per item type, when there is more than one: a blend of invoices and features hides which one a design
  // makes dearer. (Outcomes per type are in the design's byType, and a sweep point's.)
  const types = Object.keys(run.cost.byType);
  if (types.length > 1)
    for (const id of types) out[`costPerDone:${id}`] = overDone(run.cost.byType[id].perDone, run.byType[id]);
  return out;
}

export interface MetricInfo {
  label: string;
  unit: 'per week' | 'hours' | 'money' | 'count' | 'share';
  /** Which direction is an improvement; utilisation is neither. */
  better: 'lower' | 'higher' | 'neither';
}

const BASE: Record<string, MetricInfo> = {
  throughputPerWeek: { label: 'throughput', unit: 'per week', better: 'higher' },
  cycleTime: { label: 'mean cycle time', unit: 'hours', better: 'lower' },
  costPerDone: { label: 'cost per done item', unit: 'money', better: 'lower' },
  costPerOutcome: { label: 'cost per outcome', unit: 'money', better: 'lower' },
  escalationsPerWeek: { label: 'escalations', unit: 'per week', better: 'lower' },
  // A count over the measured time, where the figures around it are per week: "500" beside
  // "33.7 escalations (/week)" read as 500 a week. The label says what the count is of.
  escapedDefects: { label: 'escaped defects (after warm-up)', unit: 'count', better: 'lower' },
  abandonedPerWeek: { label: 'abandoned', unit: 'per week', better: 'lower' },
  abandonedShare: { label: 'abandoned, share of arrivals', unit: 'share', better: 'lower' },
  blockedPerWeek: { label: 'blocked', unit: 'per week', better: 'lower' },
  blockedShare: { label: 'blocked, share of arrivals', unit: 'share', better: 'lower' },
  inSystemAtEnd: { label: 'still in system at the end', unit: 'count', better: 'lower' },
  inSystemShare: { label: 'still in system, share of arrivals', unit: 'share', better: 'lower' },
  adHocPerWeek: { label: 'ad-hoc escalations', unit: 'per week', better: 'lower' },
  forumPerWeek: { label: 'forum escalations', unit: 'per week', better: 'neither' },
  utilisation: { label: 'utilisation', unit: 'share', better: 'neither' },
  budgetUse: { label: 'budget use', unit: 'share', better: 'neither' },
};

export function metricInfo(key: string): MetricInfo {
  const [name, id] = key.split(':');
  const base = BASE[name];
  if (!base) return { label: key, unit: 'count', better: 'neither' };
  if (id === undefined) return base;
  const to = name === 'escalationsPerWeek' || name === 'adHocPerWeek' || name === 'forumPerWeek';
  if (name === 'costPerDone') return { ...base, label: `${base.label}: ${id}` };
  return { ...base, label: to ? `${base.label} to ${id}` : `${base.label} of ${id}` };
}

/** Short objective names accepted by --objectives, mapped to headline keys. Any headline key works too. */
export const OBJECTIVE_ALIASES: Record<string, string> = {
  cost: 'costPerDone',
  escalations: 'escalationsPerWeek',
  defects: 'escapedDefects',
  throughput: 'throughputPerWeek',
  cycle: 'cycleTime',
};

/**
 * For people: the headline rows the CLI's text and Markdown tables and the page leave out; JSON and
 * CSV keep every key. Cost per outcome divides the cost by every item that left, lost ones
 * included, so a design that drops work looks cheaper by it: beside cost per done item it read as a
 * second cost, and its fall as a significant improvement. And the ad hoc / forum split where it
 * says nothing (splitSaysNothing).
 */
export function hiddenFromPeople(key: string, headlines: readonly Record<string, Interval>[]): boolean {
  return key === 'costPerOutcome' || splitSaysNothing(key, headlines);
}

/**
 * The ad hoc / forum split of an executive's escalations says nothing when nothing reaches its
 * forums in any design (ad hoc is then the whole demand, already a row of its own).
 */
function splitSaysNothing(key: string, headlines: readonly Record<string, Interval>[]): boolean {
  if (!key.startsWith('adHocPerWeek:') && !key.startsWith('forumPerWeek:')) return false;
  const forum = `forumPerWeek:${key.slice(key.indexOf(':') + 1)}`;
  return headlines.every((h) => h[forum] === undefined || (h[forum].mean === 0 && h[forum].half === 0));
}
