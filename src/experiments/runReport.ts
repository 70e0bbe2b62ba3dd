import type { RunResult } from '../core/index.js';
import { summariseRuns, type DesignReport } from './designReport.js';
import type { WarmupInfo } from './warmupInfo.js';

export const REPORT_FORMAT = 'opsim-report/2';

/** The report of `opsim run`: one design, R replications. Documented field by field in docs/report-format.md. */
export interface RunReport extends DesignReport {
  format: typeof REPORT_FORMAT;
  kind: 'run';
  scenario: string;
  design: string;
  seed: string;
  replications: number;
  horizonHours: number;
  warmup: WarmupInfo;
}

export interface RunSpec {
  scenario: string;
  design: string;
  seed: string;
  horizonHours: number;
  warmup: WarmupInfo;
}

export function buildRunReport(spec: RunSpec, runs: readonly RunResult[]): RunReport {
  return {
    format: REPORT_FORMAT,
    kind: 'run',
    scenario: spec.scenario,
    design: spec.design,
    seed: spec.seed,
    replications: runs.length,
    horizonHours: spec.horizonHours,
    warmup: spec.warmup,
    ...summariseRuns(runs),
  };
}
