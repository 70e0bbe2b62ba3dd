import type { Model, RunResult } from '../../core/index.js';
import type { Executor } from '../executor.js';
import { figureInterval, type Interval } from '../interval.js';
import { designJobs } from '../replicate.js';
import { REPORT_FORMAT } from '../runReport.js';
import { runSelect } from '../select/runSelect.js';
import type { SelectConstraint, SelectReport, SelectSpec } from '../select/selectReport.js';
import { definedFigures, measure } from '../select/selectionMetrics.js';
import type { WarmupInfo } from '../warmupInfo.js';
import type { Warning } from '../warnings.js';
import {
  decisionCost,
  designName,
  designPoints,
  variantText,
  type Decision,
  type DesignPoint,
} from './decisionSpace.js';
import { ocbaAllocation } from './ocba.js';

export const OCBA_REFERENCE =
  'OCBA: C.-H. Chen, J. Lin, E. Yücesan and S. E. Chick (2000), Simulation budget allocation for further enhancing the efficiency of ordinal optimization, Discrete Event Dynamic Systems 10(3), 251-270';

/** The figure every design has without simulating: Σ value × costPerUnit of its decisions, per week. */
export const DECISION_COST = 'decisionCost';

export interface OptimiseSpec {
  scenario: string;
  seed: string;
  horizonHours: number;
  warmup: WarmupInfo;
  decisions: Decision[];
  /** The variant whose decisions are searched, null for the base: the winner's variant extends it. */
  design: string | null;
  objective: { key: string; direction: 'min' | 'max' };
  constraints: SelectConstraint[];
  delta: number;
  confidence: number;
  /** select's settings for the certification. */
  firstStage: number;
  batch: number;
  maxReplications: number;
  /** Spaces of at most this many designs are certified whole, with no screening. */
  exhaustiveLimit: number;
  /** Screening of larger spaces: first replications of every design, total runs, runs per OCBA round, finalists kept. */
  screening: { firstStage: number; budget: number; increment: number; finalists: number };
}

export interface ScreenedDesign {
  name: string;
  values: DesignPoint;
  replications: number;
  objective: Interval;
  /** Every constraint's mean within its limit after screening. */
  apparentlyFeasible: boolean;
}

export interface OptimiseReport {
  format: typeof REPORT_FORMAT;
  kind: 'optimise';
  scenario: string;
  /** 'base', or the variant whose decisions were searched. */
  design: string;
  seed: string;
  horizonHours: number;
  warmup: WarmupInfo;
  decisions: Decision[];
  designs: number;
  method: 'exhaustive' | 'screening';
  references: string[];
  /** Screening (larger spaces only): runs spent and every design's standing, best first; null when exhaustive. */
  screening: { runs: number; designs: ScreenedDesign[] } | null;
  finalists: string[];
  /** selected: certified with select's guarantee over the finalists; cap, cancelled: best so far, no guarantee; infeasible: no finalist meets the constraints. */
  rule: 'selected' | 'cap' | 'cancelled' | 'infeasible';
  /**
   * warnings: the certification's warnings of the best design (as its entry there has them); null when
   * interrupted during screening, which keeps only the figures it ranks on.
   */
  best: { name: string; values: DesignPoint; decisionCost: number; warnings: Warning[] | null } | null;
  /** The winning design as a variant to paste under `variants:`; null when there is none. */
  variant: string | null;
  guarantee: string;
  certification: SelectReport | null;
}

export interface OptimiseOptions {
  spec: OptimiseSpec;
  /** One compiled model per design point, in designPoints(spec.decisions) order. */
  models: readonly Model[];
  executor: Executor;
  onProgress?(done: number, total: number): void;
  /** A line for people at each phase ("screening 120 designs", "certifying 5 finalists"). */
  onPhase?(text: string): void;
}

/**
 * runOptimise: the best design of the decision space. A space of at most `exhaustiveLimit` designs is
 * handed whole to select (KN, or the Andradóttir-Kim procedure with constraints), so the guarantee
 * covers every design. A larger space is screened first: `screening.firstStage` replications of every
 * design, then rounds of `increment` runs allocated by OCBA (ocba.ts) among the designs whose
 * constraint means are within their limits, until `budget` runs are spent; the best `finalists` by
 * mean are then certified by select on fresh replications (indices past every screening replication),
 * so the certification's data are independent of how the finalists were chosen. Screening is a
 * heuristic: a design it drops is not covered by the guarantee, which the report says.
 */
export async function runOptimise(o: OptimiseOptions): Promise<OptimiseReport> {
  const { spec } = o;
  const points = designPoints(spec.decisions);
  const costs = points.map((p) => decisionCost(spec.decisions, p));
  const keys = [spec.objective.key, ...spec.constraints.map((c) => c.key)];
  const byKey = measure(keys);
  const figures = (run: RunResult, d: number) => {
    const v = byKey(run);
    keys.forEach((k, i) => {
      if (k === DECISION_COST) v[i] = costs[d];
    });
    // A design that finished no item has no cost per done item or cycle time (selectionMetrics.ts).
    definedFigures(keys, (p) => designName(points[p]), [d], run.replication, [[v]]);
    return v;
  };
  let done = 0;
  const progress = (n: number, total: number, before: number) => o.onProgress?.(before + n, before + total);

  let finalists = points.map((_, d) => d);
  let screening: OptimiseReport['screening'] = null;
  let firstReplication = 0;
  if (points.length > spec.exhaustiveLimit) {
    o.onPhase?.(`screening ${points.length} designs with OCBA (budget ${spec.screening.budget} runs)`);
    const s = await screen(o, points, figures, (n, t) => progress(n, t, done));
    done += s.runs;
    screening = { runs: s.runs, designs: s.designs };
    firstReplication = s.maxCount;
    if (s.cancelled)
      return finish(
        o,
        points,
        costs,
        screening,
        s.order.slice(0, spec.screening.finalists),
        null,
        'cancelled',
        s.order[0] ?? null,
      );
    finalists = s.order.slice(0, spec.screening.finalists).sort((a, b) => a - b);
  }
  o.onPhase?.(`certifying ${finalists.length} design${finalists.length === 1 ? '' : 's'} with select`);
  const selectSpec: SelectSpec = {
    scenario: spec.scenario,
    seed: spec.seed,
    horizonHours: spec.horizonHours,
    warmup: spec.warmup,
    designs: finalists.map((d) => ({ name: designName(points[d]), variant: null, values: points[d] })),
    objective: spec.objective,
    constraints: spec.constraints,
    delta: spec.delta,
    confidence: spec.confidence,
    firstStage: spec.firstStage,
    batch: spec.batch,
    maxReplications: spec.maxReplications,
    commonRandomNumbers: true,
    firstReplication,
  };
  const certification = await runSelect({
    spec: selectSpec,
    models: finalists.map((d) => o.models[d]),
    executor: o.executor,
    onProgress: (n, t) => progress(n, t, done),
    measure: (run, i) => figures(run, finalists[i]),
  });
  const chosen =
    certification.selected === null
      ? null
      : finalists[selectSpec.designs.findIndex((d) => d.name === certification.selected)];
  return finish(o, points, costs, screening, finalists, certification, certification.rule, chosen);
}

function finish(
  o: OptimiseOptions,
  points: DesignPoint[],
  costs: number[],
  screening: OptimiseReport['screening'],
  finalists: number[],
  certification: SelectReport | null,
  rule: OptimiseReport['rule'],
  chosen: number | null,
): OptimiseReport {
  const { spec } = o;
  let best: OptimiseReport['best'] = null;
  if (chosen !== null) {
    const name = designName(points[chosen]);
    const warnings = certification?.designs.find((d) => d.name === name)?.warnings ?? null;
    best = { name, values: points[chosen], decisionCost: costs[chosen], warnings };
  }
  const exhaustive = screening === null;
  const note =
    rule === 'selected'
      ? `chosen by opsim optimise: ${spec.objective.direction} ${spec.objective.key}, ${Number((spec.confidence * 100).toPrecision(6))}% confidence`
      : `best so far of opsim optimise (${rule}; no guarantee)`;
  let guarantee =
    certification?.guarantee ??
    // Screening keeps only the figures it ranks on, so whether the leader keeps up is not known: said
    // here, where a reader of the interrupted search looks, rather than left to an absent warning.
    'No guarantee: interrupted during screening; the design shown leads on the screening means, and ' +
      'whether it keeps up (a saturated pool, lost work: its warnings) is not known until it is run.';
  if (certification !== null && !exhaustive && rule === 'selected') {
    guarantee += ` The guarantee covers the ${finalists.length} finalists kept by screening (OCBA, ${screening!.runs} runs over ${points.length} designs); screening itself is a heuristic with no stated confidence.`;
  }
  return {
    format: REPORT_FORMAT,
    kind: 'optimise',
    scenario: spec.scenario,
    design: spec.design ?? 'base',
    seed: spec.seed,
    horizonHours: spec.horizonHours,
    warmup: spec.warmup,
    decisions: spec.decisions,
    designs: points.length,
    method: exhaustive ? 'exhaustive' : 'screening',
    references: exhaustive
      ? (certification?.procedure.references ?? [])
      : [OCBA_REFERENCE, ...(certification?.procedure.references ?? [])],
    screening,
    finalists: finalists.map((d) => designName(points[d])),
    rule,
    best,
    variant: best === null ? null : variantText('optimised', spec.decisions, best.values, note, spec.design),
    guarantee,
    certification,
  };
}

/** The screening phase: first stage for all, then OCBA rounds. Designs come back best first. */
async function screen(
  o: OptimiseOptions,
  points: DesignPoint[],
  figures: (run: RunResult, d: number) => number[],
  onProgress: (done: number, total: number) => void,
): Promise<{ runs: number; designs: ScreenedDesign[]; order: number[]; maxCount: number; cancelled: boolean }> {
  const { spec } = o;
  const k = points.length;
  const sign = spec.objective.direction === 'min' ? 1 : -1;
  const values: number[][][] = points.map(() => []);
  let runs = 0;
  let cancelled = false;
  const sample = async (ranges: { d: number; from: number; to: number }[]) => {
    const jobs = ranges.flatMap((r) => designJobs([o.models[r.d]], spec.seed, r.from, r.to));
    const before = runs;
    const { results, cancelled: stopped } = await o.executor.run(jobs, {
      onProgress: (n, t) => onProgress(before + n, before + t),
    });
    if (stopped) return false;
    let i = 0;
    for (const r of ranges)
      for (let t = r.from; t < r.to; t++) values[r.d].push(figures(results[i++] as RunResult, r.d));
    runs += jobs.length;
    return true;
  };
  const mean = (d: number, c: number) => values[d].reduce((s, v) => s + v[c], 0) / values[d].length;
  const feasible = (d: number) =>
    spec.constraints.every((c, i) => (c.sense === '<=' ? mean(d, i + 1) <= c.limit : mean(d, i + 1) >= c.limit));
  if (!(await sample(points.map((_, d) => ({ d, from: 0, to: spec.screening.firstStage }))))) cancelled = true;
  while (!cancelled && runs < spec.screening.budget) {
    const pool = points.map((_, d) => d).filter(feasible);
    const contenders = pool.length >= 2 ? pool : points.map((_, d) => d);
    const means = contenders.map((d) => sign * mean(d, 0));
    const sds = contenders.map((d) => Math.sqrt(variance(values[d].map((v) => v[0]))));
    const add = ocbaAllocation(
      means,
      sds,
      contenders.map((d) => values[d].length),
      Math.min(spec.screening.increment, spec.screening.budget - runs),
    );
    const ranges = contenders.flatMap((d, i) =>
      add[i] > 0 ? [{ d, from: values[d].length, to: values[d].length + add[i] }] : [],
    );
    if (ranges.length === 0) break;
    if (!(await sample(ranges))) cancelled = true;
  }
  const order = points
    .map((_, d) => d)
    .filter((d) => values[d].length > 0)
    .sort((a, b) => Number(feasible(b)) - Number(feasible(a)) || sign * (mean(a, 0) - mean(b, 0)) || a - b);
  const designs = order.map((d) => ({
    name: designName(points[d]),
    values: points[d],
    replications: values[d].length,
    objective: figureInterval(values[d].map((v) => v[0])),
    apparentlyFeasible: feasible(d),
  }));
  return { runs, designs, order, maxCount: Math.max(0, ...values.map((v) => v.length)), cancelled };
}

function variance(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = xs.reduce((s, x) => s + x, 0) / xs.length;
  return xs.reduce((s, x) => s + (x - m) * (x - m), 0) / (xs.length - 1);
}
