// A period's cycle time and cost per done item are figures over the items delivered in it. A run that
// delivered none in a period reports 0 for both; averaged in, that 0 made a period that lost its
// output look fast and cheap. They are taken over the replications that delivered (n says how many;
// 0 is no value), their paired differences over the replications in which both designs delivered,
// and the tables show no value as '-' (text) or empty fields (CSV).
import { describe, expect, it } from 'vitest';
import { simulate, type Model, type RunResult } from '../../src/core/index.js';
import { loadScenario, withPeriods } from '../../src/scenario/index.js';
import { interval, pairedDifference, periodDifferences, periodReports } from '../../src/experiments/index.js';
import { periodTable } from '../../src/cli/render/periodTable.js';
import { tableCsv, tableText } from '../../src/cli/render/table.js';

// Two jobs a week, one 30-hour task each: many weeks of a run deliver one or two jobs, some none.
// The variant takes 200 hours a job, so no run can deliver anything in its first week.
const RARE = `
opsim: 1
name: Rare deliveries
horizon: 8w
functions: [ops]
pools:
  team: { kind: agent, capacity: 1, costPerBusyHour: 10 }
itemTypes:
  job: { arrivals: { poisson: 2/w }, entry: work }
steps:
  work:
    function: ops
    serve: [{ pool: team, time: 30h }]
    next: done
  done: { kind: exit, outcome: done }
variants:
  slow: { changes: [{ op: set, path: steps.work.serve.0.time, value: 200h }] }
`;

function weekly(variant?: string): Model {
  const r = loadScenario({ file: 'rare.yaml', text: RARE }, { variant });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return withPeriods(r.model, undefined, 'week');
}
const REPLICATIONS = 20;
const runsOf = (m: Model): RunResult[] =>
  Array.from({ length: REPLICATIONS }, (_, replication) => simulate(m, { seed: 5, replication }));
const delivered = (r: RunResult, i: number) => r.periods![i].done + r.periods![i].doneWithDefect > 0;

describe('figures over the items delivered in a period', () => {
  const base = runsOf(weekly());
  const slow = runsOf(weekly('slow'));

  it('average cycle time and cost per done item over the replications that delivered in the period', () => {
    const report = periodReports(base)!;
    let mixed = 0;
    report.forEach((p, i) => {
      const delivering = base.filter((r) => delivered(r, i));
      if (delivering.length > 0 && delivering.length < REPLICATIONS) mixed++;
      expect(p.costPerDone).toEqual(interval(delivering.map((r) => r.periods![i].costPerDone)));
      expect(p.cycleTime).toEqual(interval(delivering.map((r) => r.periods![i].cycleTime)));
      expect(p.costPerDone.n).toBe(delivering.length);
      // The other figures still count every replication.
      expect(p.cost.n).toBe(REPLICATIONS);
      expect(p.done.n).toBe(REPLICATIONS);
    });
    // The case this is about: periods in which some runs delivered and some did not.
    expect(mixed).toBeGreaterThan(0);
  });

  it('have no value (n = 0) in a period in which no replication delivered', () => {
    const [first] = periodReports(slow)!;
    expect(slow.every((r) => !delivered(r, 0))).toBe(true);
    expect(slow.some((r) => r.periods![0].cost > 0)).toBe(true); // work was paid for, none delivered
    expect(first.costPerDone.n).toBe(0);
    expect(first.cycleTime.n).toBe(0);
    expect(first.cost.n).toBe(REPLICATIONS);
  });

  it('pair, in differences, only the replications in which both designs delivered', () => {
    const diffs = periodDifferences(slow, base)!;
    diffs.forEach((p, i) => {
      const both = base.map((r, k) => delivered(r, i) && delivered(slow[k], i));
      for (const key of ['costPerDone', 'cycleTime'] as const) {
        const expected = pairedDifference(
          slow.filter((_, k) => both[k]).map((r) => r.periods![i][key]),
          base.filter((_, k) => both[k]).map((r) => r.periods![i][key]),
        );
        expect(p.metrics[key]).toEqual(expected);
      }
      expect(p.metrics.cost.n).toBe(REPLICATIONS);
    });
    expect(diffs[0].metrics.costPerDone).toMatchObject({ n: 0, significant: false, relative: null });
  });

  it("show no value as '-' in text tables and as empty fields in CSV", () => {
    const table = periodTable(periodReports(slow)!);
    const cycle = table.columns.indexOf('cycle time (h)');
    const cost = table.columns.indexOf('cost per done item');
    const firstRow = tableText(table)
      .split('\n')[3]
      .split(/\s{2,}/);
    expect([firstRow[cycle], firstRow[cost]]).toEqual(['-', '-']);
    const csv = tableCsv(table).split('\n');
    const header = csv[1].split(',');
    const row = csv[2].split(',');
    expect(row[header.indexOf('cost per done item')]).toBe('');
    expect(row[header.indexOf('cost per done item hi')]).toBe('');
    expect(row[header.indexOf('cycle time (h)')]).toBe('');
  });
});
