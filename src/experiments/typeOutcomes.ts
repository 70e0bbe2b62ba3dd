import type { RunResult } from '../core/index.js';
import { overDone } from './noValue.js';

/**
 * One item type's outcomes per week, split by kind, and what a delivered item of the type costs: the
 * figures compare and sweep show per type so that a blend of invoices and features cannot hide which
 * one a design makes dearer or drops. Per replication; reports aggregate them into intervals.
 */
export interface TypeOutcomes {
  /** cost.byType.<type>.total / (done + doneWithDefect) of the type; NaN, no value, when none was done (noValue.ts). */
  costPerDone: number;
  donePerWeek: number;
  doneWithDefectPerWeek: number;
  rejectedPerWeek: number;
  abandonedPerWeek: number;
  blockedPerWeek: number;
}

export function typeOutcomesOf(run: RunResult): Record<string, TypeOutcomes> {
  const weeks = (run.horizon - run.warmup) / 168;
  const perWeek = (x: number) => (weeks > 0 ? x / weeks : 0);
  const out: Record<string, TypeOutcomes> = {};
  for (const [id, t] of Object.entries(run.byType))
    out[id] = {
      costPerDone: overDone(run.cost.byType[id].perDone, t),
      donePerWeek: perWeek(t.done),
      doneWithDefectPerWeek: perWeek(t.doneWithDefect),
      rejectedPerWeek: perWeek(t.rejected),
      abandonedPerWeek: perWeek(t.abandoned),
      blockedPerWeek: perWeek(t.blocked),
    };
  return out;
}
