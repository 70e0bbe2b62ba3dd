import type { RunResult } from '../../core/index.js';

/**
 * The parts of one replication's headline metric, keyed by part, whose values add up to the metric
 * (to floating-point rounding), so that the difference between two designs splits into the
 * differences of the parts exactly, as an accountant's bridge from one quarter to the next does.
 * Keys: `wait:<node>`, `service:<node>`, `handoffs`, `beforeStart` (cycle time); a cost cause
 * (cost per done item); `arrivals`, `rejected`, `abandoned`, `blocked`, `backlogGrowth` (throughput);
 * `adHoc:<exec>`, `forum:<exec>` (escalations). null when the metric has no decomposition (or the run carries no ledger).
 * The parts of a figure taken over the items done are NaN, no value, in a run that finished none, as
 * the figure is in the headline (noValue.ts), so that both leave out the same replications.
 */
export type Parts = Record<string, number>;

export const DECOMPOSED = ['cycleTime', 'costPerDone', 'throughputPerWeek', 'escalationsPerWeek'] as const;

export function metricParts(metric: string, run: RunResult): Parts | null {
  switch (metric) {
    case 'cycleTime':
      return cycleTimeParts(run);
    case 'costPerDone':
      return costParts(run);
    case 'throughputPerWeek':
      return throughputParts(run);
    case 'escalationsPerWeek':
      return escalationParts(run);
    default:
      return null;
  }
}

const doneOf = (run: RunResult) => run.overall.done + run.overall.doneWithDefect;

/**
 * Mean cycle time = sum over nodes of visits per item x (wait + service) per visit, plus time in
 * transit between functions and initial work's age at time 0: the ledger's hours over the items done.
 */
function cycleTimeParts(run: RunResult): Parts | null {
  const ledger = run.cycleLedger;
  if (ledger === undefined) return null;
  const done = doneOf(run);
  const per = (hours: number) => (done > 0 ? hours / done : Number.NaN);
  const parts: Parts = {};
  for (const [id, node] of Object.entries(ledger.nodes)) {
    parts[`wait:${id}`] = per(node.waitHours);
    parts[`service:${id}`] = per(node.serviceHours);
  }
  parts.handoffs = per(ledger.handoffHours);
  parts.beforeStart = per(ledger.beforeStartHours);
  return parts;
}

/** Cost per done item = sum over causes of the cause's cost / items done (with or without an escaped defect). */
function costParts(run: RunResult): Parts {
  const done = doneOf(run);
  const parts: Parts = {};
  for (const [cause, cost] of Object.entries(run.cost.byCause)) parts[cause] = done > 0 ? cost / done : Number.NaN;
  return parts;
}

/**
 * Throughput per week = arrivals - rejected - abandoned - blocked - growth of the backlog, all per week
 * of the window. Backlog growth is what arrived and did not leave: items in the system at the horizon
 * minus those at the warm-up.
 */
function throughputParts(run: RunResult): Parts {
  const o = run.overall;
  const weeks = (run.horizon - run.warmup) / 168;
  const per = (x: number) => (weeks > 0 ? x / weeks : 0);
  const growth = o.arrived - o.done - o.doneWithDefect - o.rejected - o.abandoned - o.blocked;
  return {
    arrivals: per(o.arrived),
    rejected: -per(o.rejected),
    abandoned: -per(o.abandoned),
    blocked: -per(o.blocked),
    backlogGrowth: -per(growth),
  };
}

/** Escalations per week = the sum over executives of those to be decided ad hoc and those brought to their forums. */
function escalationParts(run: RunResult): Parts {
  const weeks = (run.horizon - run.warmup) / 168;
  const parts: Parts = {};
  for (const [id, exec] of Object.entries(run.executives)) {
    parts[`adHoc:${id}`] = weeks > 0 ? exec.escalationsAdHoc / weeks : 0;
    parts[`forum:${id}`] = weeks > 0 ? exec.escalationsAtForum / weeks : 0;
  }
  return parts;
}
