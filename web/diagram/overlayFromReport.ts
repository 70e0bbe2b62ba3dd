import type { RunReport } from '../../src/experiments/index.js';
import type { DiagramOverlay } from './drawDiagram.js';

/** The diagram's result layer from a run report: means of utilisation, queue length and arrival rate per step. */
export function overlayFromReport(report: RunReport): DiagramOverlay {
  const weeks = Math.max(1e-9, (report.horizonHours - report.warmup.hours) / 168);
  const steps: DiagramOverlay['steps'] = {};
  for (const [id, s] of Object.entries(report.steps)) {
    steps[id] = {
      utilisation: s.utilisation.mean,
      queueMean: s.queueMean.mean,
      arrivalsPerWeek: s.arrivals.mean / weeks,
    };
  }
  const executives: DiagramOverlay['executives'] = {};
  for (const [id, e] of Object.entries(report.executives))
    executives[id] = { escalationsPerWeek: e.escalationsPerWeek.mean };
  return { steps, executives };
}
