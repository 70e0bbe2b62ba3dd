import { figureInterval, type Interval } from '../interval.js';
import { REPORT_FORMAT } from '../runReport.js';
import type { SweepValue } from '../sweepValues.js';
import type { WarmupInfo } from '../warmupInfo.js';
import { warningsOf, type Warning, type WarningInputs } from '../warnings.js';
import type { Limit } from './feasibilityCheck.js';
import { selectionInfo } from './selectionMetrics.js';
import type { DesignStatus, SelectionOutcome } from './sequentialSelection.js';

export const SELECT_REFERENCE = {
  comparison:
    'KN: S.-H. Kim and B. L. Nelson (2001), A fully sequential procedure for indifference-zone selection in simulation, ACM TOMACS 11(3), 251-273',
  feasibility:
    'Two-phase feasibility check then KN: S. Andradóttir and S.-H. Kim (2010), Fully sequential procedures for comparing constrained systems via simulation, Naval Research Logistics 57(5), 403-421',
};

export interface SelectDesignSpec {
  /** 'base', a variant's name, or a sweep point written as path=value. */
  name: string;
  variant: string | null;
  /** The parameter values of a sweep point; null for base and variants. */
  values: Record<string, SweepValue> | null;
}

export interface SelectConstraint extends Limit {
  key: string;
}

/** Everything besides the outcome that a select report states. */
export interface SelectSpec {
  scenario: string;
  seed: string;
  horizonHours: number;
  warmup: WarmupInfo;
  designs: SelectDesignSpec[];
  objective: { key: string; direction: 'min' | 'max' };
  constraints: SelectConstraint[];
  delta: number;
  confidence: number;
  firstStage: number;
  batch: number;
  maxReplications: number;
  commonRandomNumbers: boolean;
  /** Replication index the procedure starts from (an optimiser certifies on replications its search did not use). */
  firstReplication?: number;
}

export interface SelectDesign extends SelectDesignSpec {
  status: DesignStatus;
  /** One sentence: why the design has its status. */
  reason: string;
  feasibility: { decision: 'feasible' | 'infeasible' | 'undecided'; stage: number; failed: string[] } | null;
  eliminated: { stage: number; by: string } | null;
  /** Replications the procedure used, and those simulated (a batch may run past a decision). */
  replications: number;
  simulated: number;
  /** Mean ± 95% CI of the objective and of each constrained figure over the replications used. */
  objective: Interval;
  constraints: Record<string, Interval>;
  /**
   * What run and compare would warn of this design (a saturated pool, a growing backlog...), over the
   * replications the procedure used: a selection ranks on means, and an overloaded design's means are
   * not steady-state figures.
   */
  warnings: Warning[];
}

export interface SelectReport {
  format: typeof REPORT_FORMAT;
  kind: 'select';
  scenario: string;
  seed: string;
  horizonHours: number;
  warmup: WarmupInfo;
  objective: { key: string; label: string; direction: 'min' | 'max' };
  constraints: SelectConstraint[];
  delta: number;
  confidence: number;
  procedure: {
    name: 'KN' | 'AK';
    references: string[];
    firstStage: number;
    batch: number;
    maxReplications: number;
    commonRandomNumbers: boolean;
    alpha: { feasibility: number; comparison: number };
    /** First replication index of the procedure, and of its comparison phase (equal without constraints). */
    firstReplication: number;
    comparisonStart: number;
    h2: number;
  };
  rule: SelectionOutcome['rule'];
  selected: string | null;
  tie: boolean;
  guarantee: string;
  replications: { used: number; simulated: number };
  designs: SelectDesign[];
}

/** "cycleTimeP90 <= 48h (±0.96h)": the limit in the figure's unit. */
export function constraintText(c: SelectConstraint): string {
  const unit = selectionInfo(c.key).unit;
  const v = (x: number) => (unit === 'hours' ? `${fmt(x)}h` : unit === 'share' ? `${fmt(x * 100)}%` : fmt(x));
  return `${c.key} ${c.sense} ${v(c.limit)} (±${v(c.tolerance)})`;
}

const fmt = (x: number) => String(Number(x.toPrecision(6)));

/**
 * buildSelectReport(spec, outcome, warn): the report; warn(d, r) gives the warning inputs of design d's
 * replication r (counted from the procedure's first replication), read for each replication it used.
 */
export function buildSelectReport(
  spec: SelectSpec,
  outcome: SelectionOutcome,
  warn: (design: number, replication: number) => WarningInputs,
): SelectReport {
  const name = (d: number) => spec.designs[d].name;
  const designs: SelectDesign[] = outcome.designs.map((o, d) => {
    const f = o.feasibility;
    const feasibility =
      f === null
        ? null
        : { decision: f.decision, stage: f.stage, failed: f.failed.map((c) => constraintText(spec.constraints[c])) };
    const eliminated = o.eliminated === null ? null : { stage: o.eliminated.stage, by: name(o.eliminated.by) };
    const constraints: Record<string, Interval> = {};
    spec.constraints.forEach((c, i) => {
      constraints[c.key] = figureInterval(o.observations.map((v) => v[i + 1]));
    });
    return {
      ...spec.designs[d],
      status: o.status,
      reason: reasonOf(o.status, feasibility, eliminated, outcome, spec),
      feasibility,
      eliminated,
      replications: o.observations.length,
      simulated: o.simulated,
      objective: figureInterval(o.observations.map((v) => v[0])),
      constraints,
      warnings: warningsOf(o.used.map((r) => warn(d, r))),
    };
  });
  const info = selectionInfo(spec.objective.key);
  const report: SelectReport = {
    format: REPORT_FORMAT,
    kind: 'select',
    scenario: spec.scenario,
    seed: spec.seed,
    horizonHours: spec.horizonHours,
    warmup: spec.warmup,
    objective: { key: spec.objective.key, label: info.label, direction: spec.objective.direction },
    constraints: spec.constraints,
    delta: spec.delta,
    confidence: spec.confidence,
    procedure: {
      name: spec.constraints.length > 0 ? 'AK' : 'KN',
      references:
        spec.constraints.length > 0
          ? [SELECT_REFERENCE.feasibility, SELECT_REFERENCE.comparison]
          : [SELECT_REFERENCE.comparison],
      firstStage: spec.firstStage,
      batch: spec.batch,
      maxReplications: spec.maxReplications,
      commonRandomNumbers: spec.commonRandomNumbers,
      alpha: outcome.alpha,
      firstReplication: spec.firstReplication ?? 0,
      comparisonStart: (spec.firstReplication ?? 0) + outcome.phase2Start,
      h2: outcome.h2,
    },
    rule: outcome.rule,
    selected: outcome.selected === null ? null : name(outcome.selected),
    tie: outcome.tie,
    guarantee: '',
    replications: {
      used: designs.reduce((s, d) => s + d.replications, 0),
      simulated: designs.reduce((s, d) => s + d.simulated, 0),
    },
    designs,
  };
  report.guarantee = guaranteeText(report);
  return report;
}

function reasonOf(
  status: DesignStatus,
  feasibility: SelectDesign['feasibility'],
  eliminated: SelectDesign['eliminated'],
  outcome: SelectionOutcome,
  spec: SelectSpec,
): string {
  const objective = selectionInfo(spec.objective.key).label;
  if (status === 'infeasible')
    return `infeasible at replication ${feasibility!.stage}: fails ${feasibility!.failed.join('; ')}`;
  if (status === 'undecided') return `feasibility undecided after ${feasibility!.stage} replications (the cap)`;
  if (status === 'eliminated')
    return `eliminated at stage ${eliminated!.stage} of the comparison: ${eliminated!.by} is better on ${objective}`;
  if (status === 'selected') {
    if (outcome.rule === 'cap') return `leader on ${objective} when the cap was reached (no guarantee)`;
    if (outcome.rule === 'cancelled') return `leader on ${objective} when interrupted (no guarantee)`;
    if (outcome.tie) return `tied with the other survivors when every comparison had closed; first in order`;
    return feasibility === null ? `best on ${objective}` : `best feasible design on ${objective}`;
  }
  if (outcome.rule === 'cancelled') return 'still in contention when interrupted';
  if (outcome.tie) return 'tied with the selected design when every comparison had closed';
  return 'still in contention at the cap';
}

/** The guarantee in words, as docs/report-format.md states it. */
export function guaranteeText(r: SelectReport): string {
  const pct = `${Number((r.confidence * 100).toPrecision(6))}%`;
  const better = r.objective.direction === 'min' ? 'lower' : 'higher';
  const label = r.objective.label.startsWith('mean ') ? r.objective.label : `mean ${r.objective.label}`;
  const best = `${r.objective.direction === 'min' ? 'lowest' : 'highest'} ${label}`;
  const n = r.designs.length;
  if (r.rule === 'cancelled')
    return `No guarantee: interrupted${r.selected === null ? ' before the comparison began' : `; ${r.selected} leads on the replications so far`}.`;
  if (r.rule === 'cap') {
    return `No guarantee: the procedure reached the cap of ${r.procedure.maxReplications} replications before it could decide${r.selected === null ? '' : `; ${r.selected} leads on its sample mean`}. Raise --max-replications or --delta.`;
  }
  if (r.rule === 'infeasible')
    return `No design meets ${r.constraints.map(constraintText).join(' and ')}: each was found infeasible with ${pct} confidence.`;
  const zone = `at least ${fmt(r.delta)} ${better} than`;
  if (r.constraints.length === 0) {
    return (
      `With probability at least ${pct}, ${r.selected} has the ${best} of the ${n} designs, provided the best is ${zone} every other; ` +
      `designs within ${fmt(r.delta)} of the best count as equally good and any of them may be chosen.`
    );
  }
  return (
    `With probability at least ${pct}, both hold: every design that meets each limit by more than its tolerance is found feasible and every design ` +
    `that misses a limit by more than its tolerance is found infeasible; and ${r.selected} has the ${best} among the feasible designs, provided ` +
    `the best feasible design is ${zone} every other feasible one. A design within a tolerance of a limit may be counted either way.`
  );
}
