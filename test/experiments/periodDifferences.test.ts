// Paired differences per period in a compare report: each is the paired difference of the designs'
// period figures under common random numbers; a change that takes effect on a date moves nothing
// before it; and the periods' flags form a Holm family of their own, leaving the headline's as they were.
import { describe, expect, it } from 'vitest';
import { simulate, type Model, type RunResult } from '../../src/core/index.js';
import { loadScenario, withPeriods } from '../../src/scenario/index.js';
import {
  buildCompareReport,
  pairedDifference,
  periodDifferences,
  periodMetricsOf,
  type CompareSpec,
} from '../../src/experiments/index.js';
import { holmAdjust } from '../../src/experiments/holm.js';

// Two agents 80% busy; the variant hires two more on 1 March, so before then the designs run alike.
const PLAN = `
opsim: 1
name: Hiring in March
horizon: 13w
functions: [ops]
pools:
  agents: { kind: agent, capacity: 2, costPerTask: 1, costPerBusyHour: 3 }
itemTypes:
  job: { arrivals: { poisson: 8/h }, entry: work }
steps:
  work:
    function: ops
    serve: [{ pool: agents, time: { dist: exponential, mean: 12m } }]
    next: done
  done: { kind: exit, outcome: done }
variants:
  hire: { changes: [{ op: set, path: timeline, value: { hire: { at: 2027-03-01, set: { pools.agents.capacity: 4 } } } }] }
`;

function monthly(variant?: string): Model {
  const r = loadScenario({ file: 'plan.yaml', text: PLAN }, { variant });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return withPeriods(r.model, undefined, 'month');
}
const runsOf = (m: Model, n: number): RunResult[] =>
  Array.from({ length: n }, (_, replication) => simulate(m, { seed: 11, replication }));
const spec: CompareSpec = {
  scenario: 'Hiring in March',
  seed: '11',
  horizonHours: 13 * 168,
  warmup: { method: 'scenario', hours: 0, pilot: null },
  designs: [
    { name: 'base', variant: null },
    { name: 'hire', variant: 'hire' },
  ],
};

describe('periodDifferences(variant, base)', () => {
  const base = runsOf(monthly(), 5);
  const hire = runsOf(monthly('hire'), 5);

  it('is, per period and figure, the paired difference of the period figures replication by replication', () => {
    const diffs = periodDifferences(hire, base)!;
    expect(diffs.map((p) => p.label)).toEqual(['2027-01', '2027-02', '2027-03', '2027-04']);
    diffs.forEach((p, i) => {
      for (const [key, d] of Object.entries(p.metrics)) {
        const expected = pairedDifference(
          hire.map((r) => periodMetricsOf(r.periods![i])[key]),
          base.map((r) => periodMetricsOf(r.periods![i])[key]),
        );
        expect(d).toEqual(expected);
      }
    });
  });

  it('moves nothing before the hire on 1 March, and utilisation and cost from then on', () => {
    const [jan, feb, mar, apr] = periodDifferences(hire, base)!;
    for (const p of [jan, feb])
      for (const d of Object.values(p.metrics)) expect(d).toMatchObject({ mean: 0, half: 0, significant: false });
    for (const p of [mar, apr]) {
      // Offered load 1.6 servers: 80% of two agents, then 40% of four.
      expect(p.metrics['utilisation:agents'].hi).toBeLessThan(-0.3);
      expect(p.metrics['utilisation:agents'].significant).toBe(true);
      // Twice the agents for the same work: shorter waits.
      expect(p.metrics.cycleTime.hi).toBeLessThan(0);
    }
  });

  it('is null when the runs were not measured by period', () => {
    const plain = loadScenario({ file: 'plan.yaml', text: PLAN });
    if (!plain.ok) throw new Error('plan');
    const runs = runsOf(plain.model, 2);
    expect(periodDifferences(runs, runs)).toBeNull();
  });
});

describe('buildCompareReport with periods', () => {
  const base = runsOf(monthly(), 4);
  const hire = runsOf(monthly('hire'), 4);
  const stopping = { rule: 'fixed' as const, target: null, maxReplications: null };

  it("controls the periods' flags as one Holm family of their own, leaving significance and the headline differences as without periods", () => {
    const withPeriods = buildCompareReport(spec, [base, hire], stopping);
    const strip = (runs: RunResult[]) => runs.map(({ periods: _p, ...r }) => r as RunResult);
    const without = buildCompareReport(spec, [strip(base), strip(hire)], stopping);
    expect(withPeriods.significance).toEqual(without.significance);
    expect(withPeriods.differences[0].metrics).toEqual(without.differences[0].metrics);
    expect(without.periodSignificance).toBeUndefined();
    expect(without.differences[0].periods).toBeUndefined();

    const tested = withPeriods.differences[0].periods!.flatMap((p) =>
      Object.values(p.metrics).filter((d) => d.n >= 2 && d.half > 0),
    );
    expect(withPeriods.periodSignificance).toEqual({ method: 'holm', alpha: 0.05, tests: tested.length });
    const adjusted = holmAdjust(tested.map((d) => d.p));
    tested.forEach((d, i) => {
      expect(d.pAdjusted).toBe(adjusted[i]);
      expect(d.significant).toBe(adjusted[i] <= 0.05);
    });
  });
});
