// Operating-model checks on the bundled company: the claims scenarios/README.md and docs/concepts.md
// make about Acme's designs hold, with margins wide enough that they are about the design, not the
// luck of the seed. Designs run on the same seeds and replication numbers (common random numbers),
// so each comparison is a paired one.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { compileFile, replicate } from '../support/index.js';

const REPLICATIONS = 3;
const company = (name: string) => fileURLToPath(new URL(`../../scenarios/company/${name}.yaml`, import.meta.url));

function runDesign(name: string, variant?: string): RunResult[] {
  const file = company(name);
  return replicate(compileFile(file, variant), REPLICATIONS, 'claims');
}

const mean = (runs: RunResult[], pick: (r: RunResult) => number) => runs.reduce((s, r) => s + pick(r), 0) / runs.length;
const reviewerHours = (r: RunResult) =>
  r.pools['support-team'].busyHours + r.pools['finance-team'].busyHours + r.pools.engineers.busyHours;

describe('scenarios/company/ai-native.yaml designs', () => {
  const designs: Record<string, RunResult[]> = {};
  beforeAll(() => {
    designs.base = runDesign('ai-native');
    for (const v of ['human-run', 'review-everything', 'raise-gate-threshold']) designs[v] = runDesign('ai-native', v);
    designs['follow-the-sun'] = runDesign('follow-the-sun');
  });

  it('base: every pool below 85% utilisation and every executive within budget', () => {
    for (const r of designs.base) {
      for (const [id, p] of Object.entries(r.pools)) expect(p.utilisation, `pool ${id}`).toBeLessThan(0.85);
      for (const [id, e] of Object.entries(r.executives))
        expect(e.budgetUtilisation, `executive ${id}`).toBeLessThanOrEqual(1);
    }
  });

  it('human-run: more than twice the cost per outcome and three times the cycle time of the base', () => {
    designs['human-run'].forEach((r, i) => {
      const b = designs.base[i];
      expect(r.cost.perOutcome).toBeGreaterThan(2 * b.cost.perOutcome);
      expect(r.overall.cycleTime.mean).toBeGreaterThan(3 * b.overall.cycleTime.mean);
    });
  });

  it('review-everything: at least twice the reviewer hours, under half the escaped defects, a higher total cost', () => {
    designs['review-everything'].forEach((r, i) => {
      const b = designs.base[i];
      expect(reviewerHours(r)).toBeGreaterThan(2 * reviewerHours(b));
      expect(r.quality.errorsEscaped).toBeLessThan(0.5 * b.quality.errorsEscaped);
      expect(r.cost.total).toBeGreaterThan(b.cost.total);
    });
  });

  it('raise-gate-threshold: fewer reviews, more escaped defects', () => {
    designs['raise-gate-threshold'].forEach((r, i) => {
      const b = designs.base[i];
      expect(r.steps['ticket-review'].arrivals).toBeLessThan(0.5 * b.steps['ticket-review'].arrivals);
      expect(r.quality.errorsEscaped).toBeGreaterThan(b.quality.errorsEscaped);
    });
  });

  it('follow-the-sun: tickets wait less for review than in the base', () => {
    expect(mean(designs['follow-the-sun'], (r) => r.steps['ticket-review'].wait.mean)).toBeLessThan(
      0.7 * mean(designs.base, (r) => r.steps['ticket-review'].wait.mean),
    );
  });

  it('the weekly product review holds requests about half a week (84 h)', () => {
    const wait = mean(designs.base, (r) => r.steps['product-review'].wait.mean);
    expect(wait).toBeGreaterThan(70);
    expect(wait).toBeLessThan(100);
  });
});
