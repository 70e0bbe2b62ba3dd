import type { PeriodFigures, RunResult } from '../core/index.js';
import { aggregate, type Aggregated } from './aggregate.js';
import { overDone } from './noValue.js';

/** One calendar period's figures over the replications: each a mean with its 95% interval. */
export interface PeriodReport extends Aggregated<Omit<PeriodFigures, 'label' | 'start' | 'end'>> {
  label: string;
  /** Hours since the start: the first period begins at the warm-up's end, the last ends at the horizon. */
  start: number;
  end: number;
}

/**
 * periodReports(runs): the figures per period (`--periods`), aggregated period by period across a
 * design's replications (every replication of a design has the same periods); null when the runs
 * were not measured by period. A period's figures taken over the items done (cycle time, cost per
 * done item: noValue.ts) are taken over the replications that delivered an item in it: a run
 * reports 0 for them when it delivered none, and averaging that 0 would make a period that lost its
 * output look cheap and fast; here that 0 is no value (NaN), which aggregate leaves out. Their `n` says how many replications delivered; 0 when none did.
 */
export function periodReports(runs: readonly RunResult[]): PeriodReport[] | null {
  return periodReportsOf(runs.map((r) => r.periods));
}

/** periodReportsOf(perRun): the same from each replication's periods (a sweep keeps only these of a run). */
export function periodReportsOf(perRun: readonly (readonly PeriodFigures[] | undefined)[]): PeriodReport[] | null {
  const first = perRun[0];
  if (first === undefined) return null;
  return first.map((p, i) => {
    const figures = perRun.map((periods) => {
      const { label: _label, start: _start, end: _end, ...rest } = periods![i];
      return { ...rest, cycleTime: overDone(rest.cycleTime, rest), costPerDone: overDone(rest.costPerDone, rest) };
    });
    const report: PeriodReport = { label: p.label, start: p.start, end: p.end, ...aggregate(figures) };
    return report;
  });
}
