// Stage 2 of fitting: the flow. Which activity directly follows which in each case gives routing
// probabilities (a case that repeats an activity is a rework loop, and shows up as such). A case
// counts as still open at the end of the log when its last event is a start, or a completion of an
// activity that is usually followed by more work (P(end | last = a) < 1/2) and it was seen recently
// (within the 95th percentile of the gaps between a case's consecutive events); open cases end in
// no transition to "end" and become the scenario's initial work in progress.

import type { CaseView } from './activityInstances.js';
import { endShares, type InstanceColumns } from './instanceColumns.js';

export const END = -1;

export interface Flow {
  /** counts[a] maps a successor activity (or END) to how many times it followed a. */
  counts: Map<number, number>[];
  /** First activity of each case. */
  firsts: Map<number, number>;
  /** P(the case ends | it just completed a), from the log. */
  endShare: Float64Array;
  open: boolean[];
  /** Cases left open, for the evidence comment. */
  openCount: number;
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Which cases are open at `logEnd` under the rule above. */
export function openCases(cases: readonly CaseView[], endShare: Float64Array, logEnd: number): boolean[] {
  const gaps: number[] = [];
  for (const c of cases)
    for (let i = 1; i < c.instances.length; i++) gaps.push(c.instances[i].end - c.instances[i - 1].end);
  gaps.sort((a, b) => a - b);
  const recent = gaps.length > 0 ? quantile(gaps, 0.95) : Infinity;
  return cases.map((c) => {
    if (c.openStart >= 0 || !c.lastIsComplete) return true;
    if (c.instances.length === 0) return false;
    const a = c.instances[c.instances.length - 1].act;
    return endShare[a] < 0.5 && logEnd - c.last <= recent;
  });
}

export function discoverFlow(
  cases: readonly CaseView[],
  columns: InstanceColumns,
  nActs: number,
  logEnd: number,
): Flow {
  const endShare = endShares(columns, nActs);
  const open = openCases(cases, endShare, logEnd);
  const { counts, firsts } = transitions(cases, open, nActs, () => true);
  return { counts, firsts, endShare, open, openCount: open.filter(Boolean).length };
}

/**
 * The directly-follows counts and first activities of the cases `keep` selects (one kind of case):
 * an open case's last activity has no transition to the end.
 */
export function transitions(
  cases: readonly CaseView[],
  open: readonly boolean[],
  nActs: number,
  keep: (caseIndex: number) => boolean,
): Pick<Flow, 'counts' | 'firsts'> {
  const counts = Array.from({ length: nActs }, () => new Map<number, number>());
  const firsts = new Map<number, number>();
  const bump = (m: Map<number, number>, k: number) => m.set(k, (m.get(k) ?? 0) + 1);
  cases.forEach((c, ci) => {
    const xs = c.instances;
    if (xs.length === 0 || !keep(ci)) return;
    bump(firsts, xs[0].act);
    for (let i = 1; i < xs.length; i++) bump(counts[xs[i - 1].act], xs[i].act);
    if (!open[ci]) bump(counts[xs[xs.length - 1].act], END);
  });
  return { counts, firsts };
}
