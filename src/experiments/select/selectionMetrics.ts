import type { Model, RunResult } from '../../core/index.js';
import { readDuration } from '../../scenario/index.js';
import { flowWithValues, overDone } from '../noValue.js';
import { headlineOf, metricInfo, OBJECTIVE_ALIASES, OVERALL_KEYS, type MetricInfo } from '../headline.js';

/**
 * Figures a selection can rank on or constrain: every headline key, plus a few figures of a run that
 * a COO states limits on and the headline does not carry (yet): cost per done item, cycle-time
 * percentiles and each executive's decision-budget use. A key the headline gains later with the same
 * name is read from the headline.
 */
const EXTRA: Record<string, MetricInfo & { read(run: RunResult, id: string | undefined): number | undefined }> = {
  // Read as the reports read them: no value (NaN) where the run finished nothing (noValue.ts).
  costPerDone: {
    label: 'cost per done item',
    unit: 'money',
    better: 'lower',
    read: (r) => overDone(r.cost.perDone, r.overall),
  },
  // What the workLost warning measures: the abandoned and the blocked together, a share of the
  // window's arrivals (no value without arrivals), so that a limit can ask for a design that loses
  // less; the headline gives the two apart.
  lostShare: {
    label: 'abandoned or blocked, share of arrivals',
    unit: 'share',
    better: 'lower',
    read: (r) => (r.overall.arrived > 0 ? (r.overall.abandoned + r.overall.blocked) / r.overall.arrived : Number.NaN),
  },
  cycleTimeP50: { label: 'cycle time p50', unit: 'hours', better: 'lower', read: (r) => cycleTimes(r).p50 },
  cycleTimeP90: { label: 'cycle time p90', unit: 'hours', better: 'lower', read: (r) => cycleTimes(r).p90 },
  cycleTimeP95: { label: 'cycle time p95', unit: 'hours', better: 'lower', read: (r) => cycleTimes(r).p95 },
  // Set by the optimiser from the design's decisions (costPerUnit × value), not read from a run.
  decisionCost: { label: 'decision cost per week', unit: 'money', better: 'lower', read: () => undefined },
  budgetUse: {
    label: 'decision budget use',
    unit: 'share',
    better: 'lower',
    read: (r, id) => (id === undefined ? undefined : r.executives[id]?.budgetUtilisation),
  },
};

function cycleTimes(run: RunResult) {
  return flowWithValues(run.overall).cycleTime;
}

/** Short names accepted besides the keys themselves. */
export const SELECTION_ALIASES: Record<string, string> = {
  ...OBJECTIVE_ALIASES,
  costDone: 'costPerDone',
  p90: 'cycleTimeP90',
};

/** The keys a model offers, in a fixed order: the headline's keys, lost work, then the cycle-time percentiles. */
export function selectionKeys(model: Model): string[] {
  const keys: string[] = [...OVERALL_KEYS, 'lostShare', 'cycleTimeP50', 'cycleTimeP90', 'cycleTimeP95'];
  const pools = [...model.pools].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Budget use only where there is a budget: an unlimited one has no share to limit or rank on.
  for (const p of pools)
    if (p.kind === 'executive') {
      keys.push(`escalationsPerWeek:${p.id}`);
      if (p.budgetHoursPerWeek > 0) keys.push(`budgetUse:${p.id}`);
    }
  // The headline gives executives their budget use instead of a calendar utilisation.
  for (const p of pools) if (p.kind !== 'executive') keys.push(`utilisation:${p.id}`);
  // Cost per done item of each item type, which the headline carries when there are several types.
  if (model.itemTypes.length > 1) for (const t of model.itemTypes) keys.push(`costPerDone:${t.id}`);
  return keys;
}

export function selectionInfo(key: string): MetricInfo {
  const [name, id] = key.split(':');
  const extra = EXTRA[name];
  if (!extra) return metricInfo(key);
  return { label: id === undefined ? extra.label : `${extra.label} of ${id}`, unit: extra.unit, better: extra.better };
}

/**
 * measure(keys): one run's figures in the order of keys. NaN for a figure the run has no value of: a
 * key it lacks (which the caller has ruled out), or a figure taken over the items done when it
 * finished none (see definedFigures).
 */
export function measure(keys: readonly string[]): (run: RunResult) => number[] {
  return (run) => {
    const headline = headlineOf(run);
    return keys.map((key) => {
      if (headline[key] !== undefined) return headline[key];
      const [name, id] = key.split(':');
      return EXTRA[name]?.read(run, id) ?? Number.NaN;
    });
  };
}

/**
 * definedFigures(keys, designName, designs, from, values): the procedure's observations of `designs`
 * (values[i][j][k]: design designs[i], replication from + j, figure keys[k]), checked for a figure with no value (NaN: the run finished no item). Ranking on the 0
 * such a run reports would make a design that finishes nothing the cheapest and fastest (and a pool
 * never open, or an executive with no budget, look idle), so select and
 * optimise stop with a message. Checked where the procedure reads them, so a sharded selection, which
 * simulates replications the procedure may never read, stops exactly when one machine would.
 */
export function definedFigures(
  keys: readonly string[],
  designName: (d: number) => string,
  designs: readonly number[],
  from: number,
  values: number[][][],
): number[][][] {
  values.forEach((rows, i) =>
    rows.forEach((row, j) => {
      const k = row.findIndex((x) => Number.isNaN(x));
      if (k >= 0) throw new RangeError(undefinedFigureMessage(keys[k], designName(designs[i]), from + j));
    }),
  );
  return values;
}

/** The message for a design whose run has no value of `key` (see definedFigures), saying why it has none. */
function undefinedFigureMessage(key: string, design: string, replication: number): string {
  const what = selectionInfo(key).label;
  const [name, id] = key.split(':');
  if (name === 'budgetUse')
    return (
      `executive ${id} has no decision budget in design ${design}, so its ${what} is not defined (no ` +
      `limit is not 0% of one). Give it a budget in that design, or leave out the limit on ${key}.`
    );
  if (name === 'utilisation')
    return (
      `pool ${id} had no open hour in design ${design}, replication ${replication}, so its ${what} is not ` +
      `defined (busy over no available hours). Leave that design out, or limit a figure every run has.`
    );
  if (name.endsWith('Share'))
    return (
      `design ${design} had no arrivals in replication ${replication}, so its ${what} is not defined ` +
      `(a share of none). Leave that design out, or use a figure every run has, such as ` +
      `abandonedPerWeek for abandonedShare.`
    );
  const nothing = name === 'costPerOutcome' ? 'had no item leave with an outcome' : 'finished no item';
  return (
    `design ${design} ${nothing} in replication ${replication}, so its ${what} is not defined ` +
    `(a run reports 0 for it, which would rank a design that finishes nothing as the best). Leave that ` +
    `design out, or rank on a figure every run has, such as max:throughputPerWeek.`
  );
}

/**
 * readMetricValue(key, text): a limit or a zone in the figure's unit: a duration ("48h", "2d") for
 * hours, a share ("95%" or 0.95) for shares, a plain number otherwise. Returns an error message
 * naming what was expected.
 */
export function readMetricValue(key: string, text: string): { value: number } | { error: string } {
  const t = text.trim();
  const unit = selectionInfo(key).unit;
  if (unit === 'hours') {
    if (t !== '' && Number.isFinite(Number(t))) return { value: Number(t) };
    const d = readDuration(t);
    return 'error' in d ? { error: `${key} is in hours: ${d.error}` } : { value: d.hours };
  }
  if (unit === 'share' && t.endsWith('%')) {
    const v = Number(t.slice(0, -1));
    return Number.isFinite(v) && t.length > 1
      ? { value: v / 100 }
      : { error: `expected a share such as 95% or 0.95, got "${text}"` };
  }
  const v = Number(t);
  if (t === '' || !Number.isFinite(v)) {
    return { error: `expected a number${unit === 'share' ? ' or a percentage' : ''} for ${key}, got "${text}"` };
  }
  return { value: v };
}
