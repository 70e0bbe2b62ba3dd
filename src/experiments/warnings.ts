import type { Model, RunResult } from '../core/index.js';
import { interval } from './interval.js';
import { finishedNothing } from './noValue.js';

/** A figure in a report that a decision should not rest on without a second look. */
export interface Warning {
  kind: 'nothingDone' | 'stepNeverServed' | 'poolSaturated' | 'executiveOverBudget' | 'workLost' | 'backlogGrowing';
  /** Ids of the pool, executive or steps concerned. */
  subjects: string[];
  text: string;
}

/** The thresholds, stated once; docs/report-format.md gives them in words. */
export const WARN = {
  /** Mean utilisation of a pool (not an executive) above this. */
  poolUtilisation: 0.95,
  /**
   * Mean share of an executive's decision budget used above this. The budget stops new decisions once
   * spent (one may overrun it), so use stays near 100% however many escalations wait: a spent budget
   * is the executive's saturation, as 95% busy is a pool's, not only an overrun of it.
   */
  budgetUse: 0.95,
  /** Mean share of the window's arrivals abandoned or blocked above this. */
  lostShare: 0.02,
  /** Backlog growth must be at least this share of the window's arrivals to be worth a warning. */
  growthShare: 0.01,
} as const;

/** The figures of one run that warnings read: a sweep shard keeps these instead of the whole run. */
export interface WarningInputs {
  horizon: number;
  warmup: number;
  pools: Record<string, Pick<RunResult['pools'][string], 'kind' | 'utilisation'>>;
  executives: Record<
    string,
    Pick<
      RunResult['executives'][string],
      'budgetUtilisation' | 'escalationsPerWeek' | 'decidedPerWeek' | 'abandonedWaiting'
    >
  >;
  overall: Pick<RunResult['overall'], 'arrived' | 'done' | 'doneWithDefect' | 'rejected' | 'abandoned' | 'blocked'>;
  steps: Record<
    string,
    Pick<RunResult['steps'][string], 'kind' | 'arrivals' | 'started' | 'abandoned' | 'blocked' | 'wipEnd'>
  >;
}

/** warningInputs(run): those figures, in the run's key order (warnings list subjects in that order). */
export function warningInputs(run: RunResult): WarningInputs {
  const map = <T, U>(rec: Record<string, T>, f: (v: T) => U): Record<string, U> =>
    Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, f(v)]));
  const o = run.overall;
  return {
    horizon: run.horizon,
    warmup: run.warmup,
    pools: map(run.pools, (p) => ({ kind: p.kind, utilisation: p.utilisation })),
    executives: map(run.executives, (e) => ({
      budgetUtilisation: e.budgetUtilisation,
      escalationsPerWeek: e.escalationsPerWeek,
      decidedPerWeek: e.decidedPerWeek,
      abandonedWaiting: e.abandonedWaiting,
    })),
    overall: {
      arrived: o.arrived,
      done: o.done,
      doneWithDefect: o.doneWithDefect,
      rejected: o.rejected,
      abandoned: o.abandoned,
      blocked: o.blocked,
    },
    steps: map(run.steps, (s) => ({
      kind: s.kind,
      arrivals: s.arrivals,
      started: s.started,
      abandoned: s.abandoned,
      blocked: s.blocked,
      wipEnd: s.wipEnd,
    })),
  };
}

/**
 * warningInputs of a run of `model` with every number 0. Its keys (pools, executives, steps) and
 * kinds are the model's, so that only its numbers' lengths differ from a real run's: a select shard
 * bounds its file by it without a run.
 */
export function warningInputsShape(model: Model): WarningInputs {
  const byId = <T extends { id: string }, U>(xs: readonly T[], f: (x: T) => U): Record<string, U> =>
    Object.fromEntries(xs.map((x) => [x.id, f(x)]));
  return {
    horizon: 0,
    warmup: 0,
    pools: byId(model.pools, (p) => ({ kind: p.kind, utilisation: 0 })),
    executives: byId(
      model.pools.filter((p) => p.kind === 'executive'),
      () => ({ budgetUtilisation: 0, escalationsPerWeek: 0, decidedPerWeek: 0, abandonedWaiting: 0 }),
    ),
    overall: { arrived: 0, done: 0, doneWithDefect: 0, rejected: 0, abandoned: 0, blocked: 0 },
    steps: byId(model.nodes, (n) => ({ kind: n.kind, arrivals: 0, started: 0, abandoned: 0, blocked: 0, wipEnd: 0 })),
  };
}

/** Whether a design's (or sweep point's) warnings say it finished no item in some replication. */
export function warnsNothingDone(warnings: readonly Warning[] | undefined): boolean {
  return (warnings ?? []).some((w) => w.kind === 'nothingDone');
}

/**
 * warningsOf(runs): one design's warnings from its replications (in replication order), in a fixed
 * order: nothing done, steps never served, pools, executives, lost work, growing backlog.
 */
export function warningsOf(runs: readonly WarningInputs[]): Warning[] {
  if (runs.length === 0) return [];
  const out: Warning[] = [];
  // A replication that finished no item has no cost per done item and no cycle time: the run
  // reports 0 for both, which a comparison would read as the cheapest and fastest design there is.
  const idle = runs.filter((r) => finishedNothing(r.overall)).length;
  if (idle > 0) {
    out.push({
      kind: 'nothingDone',
      subjects: [],
      text:
        idle === runs.length
          ? `No item was done in ${idle === 1 ? 'the replication' : `any of the ${idle} replications`}: cost per done item and cycle time have no value (shown as -).`
          : `No item was done in ${idle} of ${runs.length} replications: there, cost per done item and cycle time have no value, ` +
            `and their means are over the ${runs.length - idle} that delivered. Throughput counts the lost output.`,
    });
  }
  const mean = (pick: (r: WarningInputs) => number) => runs.reduce((s, r) => s + pick(r), 0) / runs.length;
  const first = runs[0];

  // Work reached a step and no service started there in any replication: no pool serving it was open,
  // had capacity or budget in the window (a calendar that never opens, a condition no item meets).
  // Its waits have no value, which a table shows as '-' and a reader might take for "no wait".
  const neverServed = Object.keys(first.steps).filter(
    (id) =>
      first.steps[id].kind === 'step' &&
      runs.every((r) => r.steps[id] !== undefined && r.steps[id].started === 0) &&
      mean((r) => r.steps[id].arrivals) > 0,
  );
  if (neverServed.length > 0) {
    const names = neverServed.map((id) => `${id} (${fmt(mean((r) => r.steps[id].arrivals))} arrived)`);
    out.push({
      kind: 'stepNeverServed',
      subjects: neverServed,
      text:
        `Work reached ${neverServed.length === 1 ? 'step' : 'steps'} ${names.join(', ')} and no service started there in ${runs.length === 1 ? 'the replication' : `any of the ${runs.length} replications`}: ` +
        `no pool serving ${neverServed.length === 1 ? 'it' : 'them'} was open with free capacity in the window (check calendars, headcounts, budgets and conditions). ` +
        `${neverServed.length === 1 ? 'Its' : 'Their'} waits have no value (shown as -), not a wait of 0.`,
    });
  }
  const weeks = (first.horizon - first.warmup) / 168;
  const perWeek = (x: number) => (weeks > 0 ? x / weeks : 0);

  for (const [id, pool] of Object.entries(first.pools)) {
    if (pool.kind === 'executive') continue;
    const u = mean((r) => r.pools[id]?.utilisation ?? 0);
    if (u > WARN.poolUtilisation) {
      out.push({
        kind: 'poolSaturated',
        subjects: [id],
        // Busy hours past the available ones are tasks finished after the pool closed: "112.9% of its
        // available hours" otherwise reads as a figure that cannot be.
        text: `Pool ${id} is busy ${pct(u)} of its available hours (above ${pct(WARN.poolUtilisation)}${u > 1 ? '; past 100% is overtime' : ''}): its queues grow with any surge, so its waits are fragile.`,
      });
    }
  }

  for (const id of Object.keys(first.executives)) {
    const use = mean((r) => r.executives[id]?.budgetUtilisation ?? 0);
    if (use > WARN.budgetUse) {
      const received = mean((r) => r.executives[id]?.escalationsPerWeek ?? 0);
      const decided = mean((r) => r.executives[id]?.decidedPerWeek ?? 0);
      const abandoned = perWeek(mean((r) => r.executives[id]?.abandonedWaiting ?? 0));
      const waiting = received - decided - abandoned;
      // Only what happens is said: "0.0 a week abandon waiting; the rest wait" of an executive who
      // decides everything read as a backlog that is not there.
      const losses = [
        ...(fmt(abandoned) !== fmt(0) ? [`${fmt(abandoned)} a week abandon waiting`] : []),
        ...(waiting > 0 && fmt(waiting) !== fmt(0)
          ? [`the rest (${fmt(waiting)} a week) wait for next week's budget`]
          : []),
      ];
      out.push({
        kind: 'executiveOverBudget',
        subjects: [id],
        text:
          `Executive ${id} uses ${pct(use)} of the weekly decision budget (above ${pct(WARN.budgetUse)}): receives ${fmt(received)} escalations a week and decides ${fmt(decided)}` +
          (losses.length > 0
            ? `; ${losses.join(' and ')}.`
            : `, all of them so far; a busier week would leave escalations waiting for the next week's budget.`),
      });
    }
  }

  const arrived = mean((r) => r.overall.arrived);
  const lost = mean((r) => r.overall.abandoned + r.overall.blocked);
  const lostShare = mean((r) =>
    r.overall.arrived > 0 ? (r.overall.abandoned + r.overall.blocked) / r.overall.arrived : 0,
  );
  if (lostShare > WARN.lostShare) {
    const where = topSteps(runs, (s) => s.abandoned + s.blocked, 3);
    out.push({
      kind: 'workLost',
      subjects: where.map(([id]) => id),
      text:
        `${pct(lostShare)} of arrivals were abandoned or blocked (above ${pct(WARN.lostShare)}; ${fmt(lost)} of ${fmt(arrived)} per replication)` +
        (where.length > 0 ? `, most at ${where.map(([id, n]) => `${id} (${fmt(n)})`).join(', ')}.` : '.'),
    });
  }

  // Backlog growth: items in the system at the horizon minus those at the warm-up, which is what arrived
  // in the window and did not leave it. Growing with 95% confidence across replications means WIP is
  // still climbing at the horizon: the design is overloaded, or the run too short to reach steady state.
  if (runs.length >= 2) {
    const growth = interval(
      runs.map(
        (r) =>
          r.overall.arrived -
          r.overall.done -
          r.overall.doneWithDefect -
          r.overall.rejected -
          r.overall.abandoned -
          r.overall.blocked,
      ),
    );
    if (growth.lo > 0 && growth.mean >= WARN.growthShare * arrived) {
      const where = topSteps(runs, (s) => s.wipEnd, 2);
      out.push({
        kind: 'backlogGrowing',
        subjects: where.map(([id]) => id),
        text:
          `Work in progress grew through the observation window: ${fmt(growth.mean)} ± ${fmt(growth.half)} more items in the system at the end than at the warm-up ` +
          `(95% interval above 0)` +
          (where.length > 0
            ? `, most waiting at ${where.map(([id, n]) => `${id} (${fmt(n)} at the end)`).join(', ')}.`
            : '.'),
      });
    }
  }
  return out;
}

/** The steps with the largest mean of `pick`, largest first (ties by id), leaving out zeros. */
function topSteps(
  runs: readonly WarningInputs[],
  pick: (s: WarningInputs['steps'][string]) => number,
  count: number,
): [string, number][] {
  const ids = Object.keys(runs[0].steps);
  return ids
    .map((id): [string, number] => [
      id,
      runs.reduce((s, r) => s + (r.steps[id] ? pick(r.steps[id]) : 0), 0) / runs.length,
    ])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, count);
}

function pct(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function fmt(x: number): string {
  return x >= 100 ? x.toFixed(0) : x.toFixed(1);
}
