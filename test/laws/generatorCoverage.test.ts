// A law checked only on models where nothing happens cannot fail. This test keeps the generator
// honest: over a modest sample, every behaviour the laws are about occurs in some run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { runDocument } from './runDocument.js';
import { scenarioArbitrary } from './scenarioArbitrary.js';
import { lawRuns } from './lawRuns.js';

const behaviours: Record<string, (r: RunResult) => boolean> = {
  done: (r) => r.totals.done > 0,
  doneWithDefect: (r) => r.totals.doneWithDefect > 0,
  rejected: (r) => r.totals.rejected > 0,
  abandoned: (r) => r.totals.abandoned > 0,
  blocked: (r) => r.totals.blocked > 0,
  inSystemAtEnd: (r) => r.totals.inSystemAtEnd > 0,
  errorsCaught: (r) => r.totals.errorsCaught > 0,
  errorsDiscarded: (r) => r.totals.errorsDiscarded > 0,
  errorsOpen: (r) => r.totals.errorsOpen > 0,
  reworkCost: (r) => r.cost.byCause.rework > 0,
  escalations: (r) => r.totals.escalations > 0,
  slaBreaches: (r) => Object.values(r.steps).some((s) => s.slaEscalations > 0),
  slaThroughGate: (r) => (r.steps['esc-gate']?.arrivals ?? 0) > 0,
  overflow: (r) => Object.values(r.steps).some((s) => s.overflowed > 0),
  preemptions: (r) => Object.values(r.steps).some((s) => (s.preemptions ?? 0) > 0),
  forumDecisions: (r) => Object.values(r.steps).some((s) => s.kind === 'forum' && s.completions > 0),
  humanOvertime: (r) => Object.values(r.pools).some((p) => p.kind === 'human' && p.overtimeHours > 0),
  executiveDecisions: (r) => Object.values(r.executives).some((e) => e.escalations > 0),
};

describe('scenarioArbitrary(options)', () => {
  it('exercises every outcome, error fate, escalation path and overtime within 40 generated runs', () => {
    const samples = fc.sample(
      scenarioArbitrary({ stable: false, horizonHours: 168, warmupHours: 24 }),
      lawRuns(901, 40),
    );
    const runs = samples.map(({ doc, seed }) => runDocument(doc, seed));
    const seen = Object.fromEntries(
      Object.entries(behaviours).map(([name, happened]) => [name, runs.filter(happened).length]),
    );
    const missing = Object.entries(seen)
      .filter(([, n]) => n === 0)
      .map(([name]) => name);
    expect(missing, JSON.stringify(seen)).toEqual([]);
  });

  it('in stable mode, makes every item leave done: no rejection, blocking, abandonment', () => {
    const samples = fc.sample(
      scenarioArbitrary({ stable: true, horizonHours: 168, warmupHours: 24 }),
      lawRuns(902, 20),
    );
    for (const { doc, seed } of samples) {
      const t = runDocument(doc, seed).totals;
      expect([t.rejected, t.blocked, t.abandoned]).toEqual([0, 0, 0]);
    }
  });
});
