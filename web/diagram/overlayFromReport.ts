import type { RunReport } from '../../src/experiments/index.js';
import type { DiagramOverlay } from './drawDiagram.js';

/**
 * The diagram's result layer from a run report: means of utilisation (NaN where it has none), queue
 * length and arrival rate per step, and each executive's escalations and budget use (NaN without a
 * budget).
 */
export function overlayFromReport(report: RunReport): DiagramOverlay {
  const weeks = Math.max(1e-9, (report.horizonHours - report.warmup.hours) / 168);
  const steps: DiagramOverlay['steps'] = {};
  for (const [id, s] of Object.entries(report.steps)) {
    steps[id] = {
      // No value (n 0) at a forum, or a step whose pools were never open: NaN, not an idle 0%.
      utilisation: s.utilisation.n > 0 ? s.utilisation.mean : Number.NaN,
      queueMean: s.queueMean.mean,
      arrivalsPerWeek: s.arrivals.mean / weeks,
    };
  }
  const executives: DiagramOverlay['executives'] = {};
  for (const [id, e] of Object.entries(report.executives))
    executives[id] = {
      escalationsPerWeek: e.escalationsPerWeek.mean,
      budgetUse: e.budgetHours.mean > 0 ? e.budgetUtilisation.mean : Number.NaN,
    };
  return { steps, executives };
}
