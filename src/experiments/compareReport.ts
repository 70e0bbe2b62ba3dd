import type { RunResult } from '../core/index.js';
import { summariseRuns, type DesignReport } from './designReport.js';
import { explainDifferences, type Explanation } from './explain/index.js';
import { headlineOf } from './headline.js';
import { pairedDifference, type Difference } from './pairedDifference.js';
import { imprecise } from './precision.js';
import { periodDifferences, type PeriodDifference } from './periodDifferences.js';
import { REPORT_FORMAT } from './runReport.js';
import { correctForMultipleComparisons, type Significance } from './significance.js';
import type { WarmupInfo } from './warmupInfo.js';

export interface DesignSpec {
  /** 'base' or the variant's name. */
  name: string;
  variant: string | null;
}

/** Everything besides the runs that a compare report states; shards carry it so merge can rebuild the report. */
export interface CompareSpec {
  scenario: string;
  seed: string;
  horizonHours: number;
  warmup: WarmupInfo;
  /** The first design is the base the others are compared with. */
  designs: DesignSpec[];
}

export interface Stopping {
  /**
   * fixed: the requested replications; precision: every headline CI within target; cap: maxReplications
   * reached first; cancelled: interrupted, the report covers the replications every design finished.
   */
  rule: 'fixed' | 'precision' | 'cap' | 'cancelled';
  /** Target half-width as a fraction of the mean (0.05 for 5%); null without --precision. */
  target: number | null;
  maxReplications: number | null;
}

export interface CompareReport {
  format: typeof REPORT_FORMAT;
  kind: 'compare';
  scenario: string;
  seed: string;
  replications: number;
  horizonHours: number;
  warmup: WarmupInfo;
  stopping: Stopping & { imprecise: string[] };
  designs: (DesignSpec & DesignReport)[];
  /** How the significance flags of `differences` were controlled for multiple comparisons. */
  significance: Significance;
  differences: { design: string; base: string; metrics: Record<string, Difference>; periods?: PeriodDifference[] }[];
  explanations: Explanation[];
  /**
   * With --periods: how the flags of the differences per period (`differences[].periods`) were
   * controlled, as one family of its own, so that asking for periods leaves `significance` and the
   * headline's flags as they are.
   */
  periodSignificance?: Significance;
}

/** buildCompareReport(spec, runs, stopping): runs[d] holds design d's replications in order, all of equal length. */
export function buildCompareReport(
  spec: CompareSpec,
  runs: readonly (readonly RunResult[])[],
  stopping: Stopping,
): CompareReport {
  const reports = runs.map((r) => summariseRuns(r));
  const headlines = runs.map((r) => r.map(headlineOf));
  const base = spec.designs[0];
  const differences: CompareReport['differences'] = [];
  for (let d = 1; d < spec.designs.length; d++) {
    const metrics: Record<string, Difference> = {};
    for (const key of Object.keys(headlines[d][0] ?? {})) {
      if (headlines[0][0]?.[key] === undefined) continue;
      metrics[key] = pairedDifference(
        headlines[d].map((h) => h[key]),
        headlines[0].map((h) => h[key]),
      );
    }
    differences.push({ design: spec.designs[d].name, base: base.name, metrics });
  }
  const significance = correctForMultipleComparisons(differences.map((d) => d.metrics));
  // Per period (--periods): the same paired differences and the same rule (Holm at ALPHA), over a
  // family of their own: every period figure of every period of every variant.
  let periodSignificance: Significance | undefined;
  if (reports[0].periods !== undefined) {
    differences.forEach((diff, i) => {
      const periods = periodDifferences(runs[i + 1], runs[0]);
      if (periods !== null) diff.periods = periods;
    });
    periodSignificance = correctForMultipleComparisons(
      differences.flatMap((d) => (d.periods ?? []).map((p) => p.metrics)),
    );
  }
  const explanations: Explanation[] = [];
  differences.forEach((diff, i) =>
    explanations.push(
      ...explainDifferences(diff.design, runs[0], runs[i + 1], diff.metrics, {
        base: headlines[0],
        variant: headlines[i + 1],
      }),
    ),
  );
  const designs = spec.designs.map((s, d) => ({ name: s.name, variant: s.variant, ...reports[d] }));
  const report: CompareReport = {
    format: REPORT_FORMAT,
    kind: 'compare',
    scenario: spec.scenario,
    seed: spec.seed,
    replications: runs[0]?.length ?? 0,
    horizonHours: spec.horizonHours,
    warmup: spec.warmup,
    stopping: { ...stopping, imprecise: stopping.target === null ? [] : imprecise(designs, stopping.target) },
    designs,
    significance,
    differences,
    explanations,
  };
  if (periodSignificance !== undefined) report.periodSignificance = periodSignificance;
  return report;
}
