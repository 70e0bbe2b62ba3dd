import type { PeriodFigures, RunResult } from '../core/index.js';
import { aggregateHeadlines } from './designReport.js';
import { headlineOf, OBJECTIVE_ALIASES, metricInfo, type Headline } from './headline.js';
import type { Interval } from './interval.js';
import { pairedDifference, type Difference } from './pairedDifference.js';
import { paretoFront, type Objective } from './pareto.js';
import { paretoWithConfidence, type FrontStatus } from './paretoConfidence.js';
import { finishedNothing, overDoneItems } from './noValue.js';
import { REPORT_FORMAT } from './runReport.js';
import type { SweepValue } from './sweepValues.js';
import type { WarmupInfo } from './warmupInfo.js';
import { warningInputs, warningsOf, type Warning, type WarningInputs } from './warnings.js';
import { aggregate, type Aggregated } from './aggregate.js';
import { typeOutcomesOf, type TypeOutcomes } from './typeOutcomes.js';
import { periodReportsOf, type PeriodReport } from './periodReport.js';
import { periodDifferencesOf, type PeriodDifference } from './periodDifferences.js';
import { correctForMultipleComparisons, type Significance } from './significance.js';

export interface SweepParam {
  path: string;
  values: SweepValue[];
}

export interface SweepSpec {
  scenario: string;
  /** The design swept: 'base' or a variant's name. */
  design: string;
  /** Name of the sweep declared in the file, or null for --param. */
  sweep: string | null;
  seed: string;
  horizonHours: number;
  warmup: WarmupInfo;
  /** One or two parameters; points are their grid, the first parameter varying slowest. */
  params: SweepParam[];
  objectives: Objective[];
}

export interface SweepPoint {
  index: number;
  values: Record<string, SweepValue>;
  headline: Record<string, Interval>;
  /** Per item type: outcomes per week by kind and cost per done item. */
  byType: Aggregated<Record<string, TypeOutcomes>>;
  /** On the Pareto front of the objectives' means. */
  pareto: boolean;
  warnings: Warning[];
  /** Its standing once noise is counted: dominated (with 95% confidence), optimal, or possibly optimal. */
  front: FrontStatus;
  /** The first point that dominates this one with 95% confidence, or null. */
  dominatedBy: number | null;
  /** Paired differences (this point − the previous point along the last parameter) per objective; null for the first of a row. */
  vsPrevious: Record<string, Difference> | null;
  /** Paired differences (this point − the best point on that objective's mean) per objective. */
  vsBest: Record<string, Difference>;
  /** Figures per calendar period, when the sweep was asked for them (--periods); absent otherwise. */
  periods?: PeriodReport[];
  /**
   * With --periods: per period, the paired differences (this point − the previous point along the
   * last parameter) of the period figures, as a compare's `differences[].periods`; null for the first
   * of a row. Their flags are Holm's over the sweep's `periodSignificance` family.
   */
  periodsVsPrevious?: PeriodDifference[] | null;
}

export interface SweepReport {
  format: typeof REPORT_FORMAT;
  kind: 'sweep';
  scenario: string;
  design: string;
  sweep: string | null;
  seed: string;
  replications: number;
  horizonHours: number;
  warmup: WarmupInfo;
  params: SweepParam[];
  objectives: Objective[];
  points: SweepPoint[];
  /** Indices of the Pareto-optimal points (on the means of the objectives). */
  pareto: number[];
  /** Per objective key, the index of the point with the best mean (the first on ties). */
  best: Record<string, number>;
  /** With --periods: how the flags of `points[].periodsVsPrevious` were controlled, as one family. */
  periodSignificance?: Significance;
}

/** gridPoints(params): every combination of values, first parameter varying slowest. */
export function gridPoints(params: readonly SweepParam[]): Record<string, SweepValue>[] {
  let points: Record<string, SweepValue>[] = [{}];
  for (const p of params) points = points.flatMap((pt) => p.values.map((v) => ({ ...pt, [p.path]: v })));
  return points;
}

/** objectives("cost,escalations,defects"): names or headline keys; throughput is maximised, the rest minimised. */
export function parseObjectives(names: readonly string[]): Objective[] {
  return names.map((name) => {
    const key = OBJECTIVE_ALIASES[name] ?? name;
    return { key, direction: metricInfo(key).better === 'higher' ? 'max' : 'min' };
  });
}

export function buildSweepReport(spec: SweepSpec, runs: readonly (readonly RunResult[])[]): SweepReport {
  return sweepReportFromSlices(
    spec,
    runs.map((r) => r.map(sweepSlice)),
  );
}

/** What a sweep report reads of one run: its headline and the inputs of its warnings. Sweep shards keep only this. */
export interface SweepSlice {
  headline: Headline;
  byType: Record<string, TypeOutcomes>;
  warn: WarningInputs;
  /** The run's figures per period, when it was measured by period. */
  periods?: PeriodFigures[];
}

export function sweepSlice(run: RunResult): SweepSlice {
  const slice: SweepSlice = { headline: headlineOf(run), byType: typeOutcomesOf(run), warn: warningInputs(run) };
  if (run.periods !== undefined) slice.periods = run.periods;
  return slice;
}

/**
 * A slice read back from a shard file: JSON writes NaN, a figure's "no value" (noValue.ts), as
 * null, which is read back as NaN so the report is the one the runs themselves give.
 */
export function sliceFromJson(slice: SweepSlice): SweepSlice {
  const revive = <T extends object>(figures: T): T =>
    Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, v === null ? Number.NaN : v])) as T;
  const byType: Record<string, TypeOutcomes> = {};
  for (const [id, t] of Object.entries(slice.byType)) byType[id] = revive(t);
  return { ...slice, headline: revive(slice.headline), byType };
}

/** The same report from each run's slice. */
export function sweepReportFromSlices(spec: SweepSpec, perPoint: readonly (readonly SweepSlice[])[]): SweepReport {
  const grid = gridPoints(spec.params);
  const perRun = perPoint.map((p) => p.map((s) => s.headline));
  const headlines = perRun.map((h) => aggregateHeadlines(h));
  const means = headlines.map((h) => Object.fromEntries(Object.entries(h).map(([k, ci]) => [k, ci.mean])));
  // A point that finished no item in some replication has no value of a figure taken over the items
  // done (its runs report 0: the cheapest and fastest there is). On such an objective it ranks last:
  // it neither dominates a point with a value nor counts as the best (see its nothingDone warning).
  const idle = perPoint.map((p) => p.some((s) => finishedNothing(s.warn.overall)));
  const noValue = idle.map((none) => spec.objectives.map((o) => none && overDoneItems(o.key)));
  const ranked = means.map((m, i) => {
    const r = { ...m };
    spec.objectives.forEach((o, k) => {
      if (noValue[i][k]) r[o.key] = o.direction === 'min' ? Infinity : -Infinity;
    });
    return r;
  });
  const pareto = paretoFront(ranked, spec.objectives);
  const onFront = new Set(pareto);
  const values = perRun.map((h) => spec.objectives.map((o) => h.map((x) => x[o.key])));
  const warnings = perPoint.map((p) => warningsOf(p.map((s) => s.warn)));
  const standing = paretoWithConfidence(
    values,
    spec.objectives,
    noValue,
    warnings.map((w) => w.length === 0),
  );
  const best: Record<string, number> = {};
  spec.objectives.forEach((o) => {
    let b = 0;
    ranked.forEach((m, i) => {
      if (o.direction === 'min' ? m[o.key] < ranked[b][o.key] : m[o.key] > ranked[b][o.key]) b = i;
    });
    best[o.key] = b;
  });
  const row = spec.params.length === 0 ? 1 : spec.params[spec.params.length - 1].values.length;
  const differences = (i: number, j: number) =>
    Object.fromEntries(spec.objectives.map((o, k) => [o.key, pairedDifference(values[i][k], values[j][k])]));
  const report: SweepReport = {
    format: REPORT_FORMAT,
    kind: 'sweep',
    scenario: spec.scenario,
    design: spec.design,
    sweep: spec.sweep,
    seed: spec.seed,
    replications: perPoint[0]?.length ?? 0,
    horizonHours: spec.horizonHours,
    warmup: spec.warmup,
    params: spec.params,
    objectives: spec.objectives,
    points: grid.map((values, index) =>
      withPeriods(perPoint[index], {
        index,
        values,
        headline: headlines[index],
        byType: aggregate(perPoint[index].map((s) => s.byType)),
        pareto: onFront.has(index),
        front: standing[index].front,
        dominatedBy: standing[index].dominatedBy,
        vsPrevious: index % row === 0 ? null : differences(index, index - 1),
        warnings: warnings[index],
        vsBest: Object.fromEntries(
          spec.objectives.map((o, k) => [
            o.key,
            pairedDifference(
              perRun[index].map((h) => h[o.key]),
              perRun[best[o.key]].map((h) => h[o.key]),
            ),
          ]),
        ),
      }),
    ),
    pareto,
    best,
  };
  // Per period (--periods): each point against the previous one along the last parameter, one family.
  if (perPoint[0]?.[0]?.periods !== undefined) {
    const periodsOf = (i: number) => perPoint[i].map((sl) => sl.periods);
    for (const p of report.points)
      p.periodsVsPrevious =
        p.index % row === 0 ? null : periodDifferencesOf(periodsOf(p.index), periodsOf(p.index - 1));
    report.periodSignificance = correctForMultipleComparisons(
      report.points.flatMap((p) => (p.periodsVsPrevious ?? []).map((d) => d.metrics)),
    );
  }
  return report;
}

/** The point with its figures per period, when its runs were measured by period (--periods). */
function withPeriods(slices: readonly SweepSlice[], point: SweepPoint): SweepPoint {
  const periods = periodReportsOf(slices.map((s) => s.periods));
  if (periods !== null) point.periods = periods;
  return point;
}
