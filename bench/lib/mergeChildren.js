// Several child processes of one workload, pooled into one result. The ceiling's speed differs
// from process to process by up to 10% (two modes, 31 and 35 ms for the same 200,000 M/M/20
// customers, probably code placement), while the engine's steady state does not; pooling the runs
// of two processes before taking medians halves the chance that one unlucky process sets the ratio.
import { median } from './median.js';

export function mergeChildren(results) {
  const ok = results.filter((r) => !r.error && !r.skipped);
  if (ok.length < results.length) return results.find((r) => r.error) ?? results.find((r) => r.skipped);
  if (ok.length === 1) return ok[0];
  const first = ok[ok.length - 1];
  const engineRuns = ok.flatMap((r) => r.engine.msRuns);
  const ceilingRuns = ok.flatMap((r) => r.ceiling.msRuns);
  const ms = median(engineRuns);
  const ceilingMs = median(ceilingRuns);
  const e = first.engine;
  const c = first.ceiling;
  const work = (side) => (first.ratioBasis === 'items' ? side.items : side.events);
  return {
    ...first,
    processes: ok.length,
    reps: ok.reduce((n, r) => n + r.reps, 0),
    engine: {
      ...e,
      ms,
      msPerReplication: ms / e.replications,
      eventsPerSec: (e.events / ms) * 1000,
      itemsPerSec: (e.items / ms) * 1000,
      peakHeapBytes: Math.max(...ok.map((r) => r.engine.peakHeapBytes)),
      msRuns: engineRuns,
      wallMs: median(ok.map((r) => r.engine.wallMs)),
    },
    ceiling: {
      ...c,
      ms: ceilingMs,
      eventsPerSec: (c.events / ceilingMs) * 1000,
      itemsPerSec: (c.items / ceilingMs) * 1000,
      msRuns: ceilingRuns,
      wallMs: median(ok.map((r) => r.ceiling.wallMs)),
    },
    ratio: work(e) / ms / (work(c) / ceilingMs),
    ratios: ok.flatMap((r) => r.ratios),
    checks: ok.flatMap((r) => r.checks.filter((k) => !k.ok)).length
      ? ok.find((r) => r.checks.some((k) => !k.ok)).checks
      : first.checks,
    ceilingChecks: ok.flatMap((r) => r.ceilingChecks.filter((k) => !k.ok)).length
      ? ok.find((r) => r.ceilingChecks.some((k) => !k.ok)).ceilingChecks
      : first.ceilingChecks,
  };
}
