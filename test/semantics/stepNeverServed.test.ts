// A step that work reaches but no one serves (its pool's calendar never opens in the run): its waits
// are over the services it started, of which there were none, so they have no value; nor has the
// utilisation of a pool with no open hour. A report that
// said "wait 0 h, P(wait) 0%" there would tell a COO the step is instant while its queue grows; the
// report says '-' and warns, naming the step. Beside it, a served step keeps every figure, and the
// per-type counts behind the waits by type add up to the step's own.
import { describe, expect, it } from 'vitest';
import { buildRunReport } from '../../src/experiments/index.js';
import { stepWithValues } from '../../src/experiments/noValue.js';
import { reportTables } from '../../src/cli/render/reportTables.js';
import { renderTables } from '../../src/cli/render/table.js';
import { compileText, replicate } from '../support/index.js';

const SCENARIO = `
opsim: 1
name: never served
horizon: 4d
seed: 1
replications: 4
functions: [ops]
calendars:
  all: { week: always }
  saturdays: { week: { sat: "09:00-10:00" } }
pools:
  clerk: { kind: human, headcount: 1, calendar: all, costPerHour: 40 }
  night: { kind: human, headcount: 1, calendar: saturdays, costPerHour: 40 }
itemTypes:
  job: { arrivals: { poisson: 2/h }, entry: first }
  other: { arrivals: { poisson: 1/h }, entry: first }
steps:
  first:
    function: ops
    serve: [{ pool: clerk, time: { dist: exponential, mean: 6m } }]
    next: { when: [{ if: { type: [job] }, to: done }], otherwise: second }
  second:
    function: ops
    serve: [{ pool: night, time: { dist: exponential, mean: 6m } }]
    next: done
  done: { kind: exit, outcome: done }
`;

describe('a step that work reaches and no one serves', () => {
  // The horizon starts on a Monday and ends on the Friday: the night pool never opens.
  const runs = replicate(compileText(SCENARIO, 'never-served.yaml'), 4, 'never-served');
  const report = buildRunReport(
    {
      scenario: 'never served',
      design: 'base',
      seed: 'never-served',
      horizonHours: 96,
      warmup: { method: 'scenario', hours: 0, pilot: null },
    },
    runs,
  );

  it('counts what each step started, in all and per item type', () => {
    for (const run of runs) {
      const first = run.steps.first;
      expect(first.started).toBeGreaterThan(0);
      expect(first.startedByType.job + first.startedByType.other).toBe(first.started);
      expect(first.startedByType.other).toBeGreaterThan(0);
      expect(run.steps.second.arrivals).toBeGreaterThan(0);
      expect(run.steps.second.started).toBe(0);
      expect(run.steps.second.startedByType).toEqual({ job: 0, other: 0 });
      // Only 'other' is routed on: 'job' never reaches the second step.
      expect(run.steps.done.started).toBe(0);
    }
  });

  it("gives the unserved step's waits, P(wait) and time in step no value, and keeps its counts", () => {
    const second = report.steps.second;
    expect(second.wait.mean.n).toBe(0);
    expect(second.wait.p90.n).toBe(0);
    expect(second.pWait.n).toBe(0);
    expect(second.timeInStep.mean.n).toBe(0);
    // Its only pool is never open: no utilisation either, rather than 0%.
    expect(second.availableHours.mean).toBe(0);
    // The first step's only pool, one clerk open around the clock for the 4 days: 96 hours.
    expect(report.steps.first.availableHours.mean).toBe(96);
    expect(second.utilisation.n).toBe(0);
    expect(report.steps.first.utilisation.n).toBe(4);
    expect(second.waitByType.job.n).toBe(0);
    expect(second.waitByType.other.n).toBe(0);
    expect(second.arrivals.n).toBe(4);
    expect(second.arrivals.mean).toBeGreaterThan(50);
    expect(second.queueMean.mean).toBeGreaterThan(10);
  });

  it('keeps the served step as it is, and a gate or exit with its zeros but no utilisation', () => {
    for (const run of runs) {
      expect(stepWithValues(run.steps.first)).toBe(run.steps.first);
      // An exit holds no pool's hours: its utilisation is no value, not an idle 0%; the rest stays.
      expect(run.steps.done.utilisation).toBe(0);
      expect(stepWithValues(run.steps.done)).toEqual({ ...run.steps.done, utilisation: Number.NaN });
    }
    expect(report.steps.done.utilisation.n).toBe(0);
    expect(report.steps.done.arrivals.n).toBe(4);
    expect(report.steps.first.wait.mean.n).toBe(4);
    expect(report.steps.first.waitByType.other.n).toBe(4);
  });

  it('gives a type that was never served at a served step no wait value', () => {
    const run = runs[0];
    const onlyJobs = {
      ...run.steps.first,
      startedByType: { job: run.steps.first.started, other: 0 },
    };
    const valued = stepWithValues(onlyJobs);
    expect(valued.wait).toEqual(run.steps.first.wait);
    expect(valued.waitByType.job).toBe(run.steps.first.waitByType.job);
    expect(Number.isNaN(valued.waitByType.other)).toBe(true);
  });

  it('gives the pool that is never open no utilisation, rather than 0% used, and counts its hours', () => {
    for (const run of runs) {
      expect(run.pools.night.availableHours).toBe(0);
      expect(run.pools.clerk.availableHours).toBe(96);
    }
    expect(report.pools.night.utilisation.n).toBe(0);
    expect(report.headline['utilisation:night'].n).toBe(0);
    expect(report.pools.clerk.utilisation.n).toBe(4);
    const text = renderTables(reportTables(report), 'text');
    expect(text).toMatch(/^utilisation of night\s+-$/m);
    expect(text).toMatch(/^night\s+human\s+-\s/m);
  });

  it('warns, naming the step, and the text table shows - rather than 0', () => {
    const warning = report.warnings.find((w) => w.kind === 'stepNeverServed');
    expect(warning?.subjects).toEqual(['second']);
    expect(warning?.text).toMatch(
      /^Work reached step second \(\d+(\.\d)? arrived\) and no service started there in any of the 4 replications/,
    );
    const text = renderTables(reportTables(report), 'text');
    const row = text.split('\n').find((l) => l.startsWith('second '));
    expect(row).toBeDefined();
    const cells = row!.split(/\s{2,}/);
    // step, kind, function, arrivals, completions, then wait mean, wait p90, P(wait), time in step mean, p95
    expect(cells.slice(5, 10)).toEqual(['-', '-', '-', '-', '-']);
    // then queue mean and utilisation
    expect(cells[11]).toBe('-');
  });
});
