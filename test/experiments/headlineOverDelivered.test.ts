// Cycle time and cost per done item are figures over the items done (cost per outcome over the items
// that left with one). A replication that finished none reports 0 for them; averaged in, that 0 made a design that loses its output look fast and cheap.
// They are taken over the replications that delivered (n says how many; 0 is no value), overall and
// per item type, in the headline and in the detailed figures; their paired differences and the parts
// that explain them over the replications in which both designs delivered, so explanations still add
// up; and a sweep's shards carry their "no value" through JSON.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate, type Model, type RunResult } from '../../src/core/index.js';
import { loadScenario } from '../../src/scenario/index.js';
import {
  buildCompareReport,
  buildSweepReport,
  headlineOf,
  interval,
  pairedDifference,
  summariseRuns,
  sweepReportFromSlices,
  sweepSlice,
  type CompareSpec,
  type SweepSpec,
} from '../../src/experiments/index.js';
import { decompose } from '../../src/experiments/explain/decompose.js';
import { sliceFromJson, type SweepSlice } from '../../src/experiments/sweepReport.js';
import { reportJson } from '../../src/experiments/reportJson.js';
import { fakeRun, type FakeKnobs } from './fakeRun.js';

// About one job and half an audit a week over one week: some replications deliver both types, some
// one, some nothing at all. The variant takes twice as long per item.
const SPARSE = `
opsim: 1
name: Sparse work
horizon: 1w
functions: [ops]
pools:
  team: { kind: agent, capacity: 1, costPerBusyHour: 10 }
itemTypes:
  job: { arrivals: { poisson: 1/w }, entry: work }
  audit: { arrivals: { poisson: 0.5/w }, entry: work }
steps:
  work: { function: ops, serve: [{ pool: team, time: { dist: exponential, mean: 3h } }], next: done }
  done: { kind: exit, outcome: done }
variants:
  slow: { changes: [{ op: set, path: steps.work.serve.0.time.mean, value: 6h }] }
`;
const REPLICATIONS = 40;

function model(variant?: string): Model {
  const r = loadScenario({ file: 'sparse.yaml', text: SPARSE }, { variant });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.model;
}
const runsOf = (m: Model): RunResult[] =>
  Array.from({ length: REPLICATIONS }, (_, replication) => simulate(m, { seed: 3, replication }));
const delivered = (f: { done: number; doneWithDefect: number }) => f.done + f.doneWithDefect > 0;

describe('figures over the items done, in a design report', () => {
  const base = runsOf(model());
  const report = summariseRuns(base);

  it('are over the replications that delivered, overall and per item type; the other figures count every one', () => {
    const delivering = base.filter((r) => delivered(r.overall));
    // The case this is about: some replications deliver nothing, most deliver something.
    expect(delivering.length).toBeGreaterThan(REPLICATIONS / 2);
    expect(delivering.length).toBeLessThan(REPLICATIONS);
    expect(report.headline.cycleTime).toEqual(interval(delivering.map((r) => r.overall.cycleTime.mean)));
    expect(report.headline.costPerDone).toEqual(interval(delivering.map((r) => r.cost.perDone)));
    expect(report.overall.cycleTime.p90).toEqual(interval(delivering.map((r) => r.overall.cycleTime.p90)));
    expect(report.overall.queueWait.mean.n).toBe(delivering.length);
    expect(report.cost.perDone.n).toBe(delivering.length);
    expect(report.headline.throughputPerWeek.n).toBe(REPLICATIONS);
    // Cost per outcome is over the replications in which anything left with an outcome (done, rejected, abandoned).
    const withOutcome = base.filter(
      (r) => r.overall.done + r.overall.doneWithDefect + r.overall.rejected + r.overall.abandoned > 0,
    );
    expect(report.headline.costPerOutcome).toEqual(interval(withOutcome.map((r) => r.cost.perOutcome)));
    expect(report.cost.perOutcome.n).toBe(withOutcome.length);
    expect(report.cost.total.n).toBe(REPLICATIONS);
    for (const type of ['job', 'audit']) {
      const typed = base.filter((r) => delivered(r.byType[type]));
      expect(typed.length).toBeLessThan(REPLICATIONS);
      expect(report.headline[`costPerDone:${type}`]).toEqual(interval(typed.map((r) => r.cost.byType[type].perDone)));
      expect(report.cost.byType[type].perDone.n).toBe(typed.length);
      expect(report.byType[type].cycleTime.mean).toEqual(interval(typed.map((r) => r.byType[type].cycleTime.mean)));
      expect(report.byType[type].done.n).toBe(REPLICATIONS);
    }
  });

  it('have no value (n = 0) where no replication delivered, and the warning says so', () => {
    const idle = base.filter((r) => !delivered(r.overall));
    const none = summariseRuns(idle);
    expect(none.headline.cycleTime).toMatchObject({ n: 0, mean: 0 });
    expect(none.headline.costPerDone.n).toBe(0);
    expect(none.warnings[0].text).toMatch(/^No item was done in any of the \d+ replications/);
    expect(report.warnings[0].text).toContain(`their means are over the ${REPLICATIONS - idle.length} that delivered`);
  });
});

describe('figures over the items done, compared', () => {
  const base = runsOf(model());
  const slow = runsOf(model('slow'));
  const spec: CompareSpec = {
    scenario: 'Sparse work',
    seed: '3',
    horizonHours: 168,
    warmup: { method: 'scenario', hours: 0, pilot: null },
    designs: [
      { name: 'base', variant: null },
      { name: 'slow', variant: 'slow' },
    ],
  };
  const report = buildCompareReport(spec, [base, slow], { rule: 'fixed', target: null, maxReplications: null });

  it('pair only the replications in which both designs delivered', () => {
    const both = base.map((r, k) => delivered(r.overall) && delivered(slow[k].overall));
    expect(both.filter(Boolean).length).toBeLessThan(REPLICATIONS);
    const metrics = report.differences[0].metrics;
    const {
      pAdjusted: _,
      significant: __,
      ...expected
    } = pairedDifference(
      slow.filter((_, k) => both[k]).map((r) => r.overall.cycleTime.mean),
      base.filter((_, k) => both[k]).map((r) => r.overall.cycleTime.mean),
    );
    // The report's pAdjusted and flag are Holm's over the whole comparison.
    expect(metrics.cycleTime).toMatchObject(expected);
    expect(metrics.costPerDone.n).toBe(both.filter(Boolean).length);
    expect(metrics.throughputPerWeek.n).toBe(REPLICATIONS);
  });

  it('are explained by parts that add up to the difference, over the same replications', () => {
    const cycle = report.explanations.find((e) => e.metric === 'cycleTime')!;
    const diff = report.differences[0].metrics.cycleTime;
    expect(diff.significant).toBe(true);
    expect(cycle.text).toContain(`over the ${diff.n} replications in which both delivered`);
    expect(cycle.decomposition!.total).toBeCloseTo(diff.mean, 9);
    for (const part of cycle.decomposition!.parts) expect(part.difference.n).toBe(diff.n);
  });
});

describe('the law: a decomposition adds up to its difference, whichever replications finished nothing', () => {
  const IDLE: FakeKnobs = { throughput: 0, cycle: 0, wait: 0, cost: 0 };
  const replication = fc.record({
    idle: fc.boolean(),
    cycle: fc.double({ min: 2, max: 20, noNaN: true }),
    wait: fc.double({ min: 0, max: 1, noNaN: true }),
    forumWait: fc.double({ min: 0, max: 1, noNaN: true }),
    cost: fc.double({ min: 1, max: 100, noNaN: true }),
  });
  const runsFrom = (rs: { idle: boolean; cycle: number; wait: number; forumWait: number; cost: number }[]) =>
    rs.map((k, r) =>
      fakeRun(
        k.idle
          ? { ...IDLE, replication: r }
          : { replication: r, cycle: k.cycle, wait: k.wait, forumWait: k.forumWait, cost: k.cost },
      ),
    );

  it('for cycle time and cost per done item', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 8 })
          .chain((n) =>
            fc.tuple(
              fc.array(replication, { minLength: n, maxLength: n }),
              fc.array(replication, { minLength: n, maxLength: n }),
            ),
          ),
        ([b, v]) => {
          const base = runsFrom(b);
          const variant = runsFrom(v);
          for (const metric of ['cycleTime', 'costPerDone'] as const) {
            const diff = pairedDifference(
              variant.map((r) => headlineOf(r)[metric]),
              base.map((r) => headlineOf(r)[metric]),
            );
            expect(diff.n).toBe(b.filter((x, k) => !x.idle && !v[k].idle).length);
            const d = decompose(metric, base, variant)!;
            expect(d.total).toBeCloseTo(diff.mean, 9);
            for (const part of d.parts) expect(part.difference.n).toBe(diff.n);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("a sweep's no value through its shards' JSON", () => {
  it('reads back as no value, so the merged report is the one the runs give', () => {
    const runs = [runsOf(model()), runsOf(model('slow'))];
    const spec: SweepSpec = {
      scenario: 'Sparse work',
      design: 'base',
      sweep: null,
      seed: '3',
      horizonHours: 168,
      warmup: { method: 'scenario', hours: 0, pilot: null },
      params: [{ path: 'steps.work.serve.0.time.mean', values: ['3h', '6h'] }],
      objectives: [{ key: 'costPerDone', direction: 'min' }],
    };
    const throughJson = runs.map((point) =>
      point.map((r) => sliceFromJson(JSON.parse(JSON.stringify(sweepSlice(r))) as SweepSlice)),
    );
    expect(throughJson[0].some((s) => Number.isNaN(s.headline.cycleTime))).toBe(true);
    expect(reportJson(sweepReportFromSlices(spec, throughJson))).toBe(reportJson(buildSweepReport(spec, runs)));
  });
});
