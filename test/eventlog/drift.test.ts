// Drift planted and not planted. The base is rework-loop.yaml over 8 weeks (windows of 2 weeks).
// A log from a variant with a slower agent, or with a higher error rate (more rework), must be
// flagged on exactly the KPIs those changes move: cycle time (mean and p90) and the agent's
// utilisation, not arrivals or throughput (the queue stays stable, so all that arrives leaves).
// A log from the base itself must raise no flag in at least ~95% of seeds: the intervals are
// Bonferroni-corrected over every KPI and window, so the family-wise false-alarm rate is at most 5%.
import { describe, expect, test } from 'vitest';
import {
  compareDrift,
  driftCheck,
  driftCheckOn,
  fitModel,
  predictWindows,
  scenarioText,
  simulateLog,
  type EventLog,
} from '../../src/eventlog/index.js';
import { endCounts, endsOf, viewOf } from '../../src/eventlog/kpi/windowKpis.js';
import { parseScenarioText } from '../../src/scenario/index.js';
import { createWorkerPool, inProcessWorker, workerApi } from '../../src/worker/index.js';
import { runCli } from '../cli/memoryIo.js';
import { slowWorker } from '../worker/slowWorker.js';
import { bundled, exportText, readText, START_MS, untyped } from './logSupport.js';

const eightWeeks = (t: string) => t.replace(/^horizon: .*$/m, 'horizon: 8w');
const base = bundled('scenarios/validation/rework-loop.yaml', eightWeeks);
const prediction = predictWindows(base.doc, START_MS, 4, { windowHours: 336, replications: 30, seed: 'drift-test' });
const logOf = (text: (t: string) => string, seed: string) => {
  const v = bundled('scenarios/validation/rework-loop.yaml', (t) => text(eightWeeks(t)));
  return simulateLog(v.model, { startMs: START_MS, offsetMin: 0 }, seed, 0);
};
const MOVED = ['cycle time mean (h)', 'cycle time p90 (h)', 'utilisation worker'];

describe('drift', () => {
  test('a slower agent (mean service 6m -> 6.9m) is flagged on cycle time and utilisation only', () => {
    const r = compareDrift(
      prediction,
      logOf((t) => t.replace('mean: 6m', 'mean: 6.9m'), 'observed-1'),
    );
    expect(r.kpis).toEqual(['arrivals job (/week)', 'throughput (/week)', ...MOVED]);
    expect(r.flagged).toEqual(MOVED);
    expect(r.drift).toBe(true);
    const cycle = r.cells.filter((c) => c.kpi === 'cycle time mean (h)');
    expect(cycle.every((c) => c.status === 'above' && c.beyond > 0)).toBe(true);
  });

  test('a higher error rate (0.25 -> 0.35: rework 20% -> 28% of passes) is flagged on cycle time and utilisation only', () => {
    const r = compareDrift(
      prediction,
      logOf((t) => t.replace('errorRate: 0.25', 'errorRate: 0.35'), 'observed-2'),
    );
    expect(r.flagged).toEqual(MOVED);
  });

  test('logs from the base itself raise a flag in at most about 5% of seeds', () => {
    const seeds = 60;
    let flagged = 0;
    for (let s = 0; s < seeds; s++)
      if (
        compareDrift(
          prediction,
          logOf((t) => t, `observed-base-${s}`),
        ).drift
      )
        flagged++;
    // Observed at this commit: see docs/event-logs.md. 60 seeds at a true rate of 5% give 3 on average;
    // more than 8 (p < 0.01 under a 5% rate) fails.
    console.log(`drift false alarms: ${flagged} of ${seeds} seeds`);
    expect(flagged).toBeLessThanOrEqual(8);
  });

  test('opsim drift prints the table and exits 3 on drift; --json gives the same report as data', async () => {
    const slower = bundled('scenarios/validation/rework-loop.yaml', (t) =>
      eightWeeks(t).replace('mean: 6m', 'mean: 6.9m'),
    );
    const files = { 'base.yaml': base.text, 'observed.xes': exportText(slower.model, 'xes', 'cli') };
    const args = ['drift', 'base.yaml', '--observed', 'observed.xes', '--window', '2w', '--replications', '10'];
    const table = await runCli(args, files);
    expect(table.code).toBe(3);
    expect(table.stdout).toContain('Drift: cycle time mean (h)');
    expect(table.stdout).toMatch(
      /utilisation worker\s+2027-01-18\.\.2027-02-01\s+0\.\d+\s+0\.\d+ \.\. 0\.\d+\s+above by [\d.]+% of the mean  <-- drift/,
    );
    const json = await runCli([...args, '--json'], files);
    expect(json.code).toBe(3);
    const report = JSON.parse(json.stdout);
    expect(report.drift).toBe(true);
    expect(report.windows).toHaveLength(3); // whole windows before the last event: 8 weeks of simulation end a little short of the 4th
    expect(report.flagged).toContain('utilisation worker');
    // It says what was compared: the design, its seed, opsim's version and the log's size and span.
    const observed = readText(files['observed.xes'], 'xes').log;
    expect(report).toMatchObject({
      scenario: base.model.name,
      design: 'base',
      seed: String(base.doc.seed ?? 1), // a string, as in every report, whether the file's seed is a number or not
      observed: { events: observed.n, cases: observed.cases.length },
    });
    expect(report.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(table.stdout.split('\n')[0]).toBe(
      `Observed log: ${observed.n.toLocaleString('en-US')} events of ${observed.cases.length.toLocaleString('en-US')} cases, ${report.observed.from.slice(0, 10)} to ${report.observed.to.slice(0, 10)}.`,
    );
    expect(table.stdout.split('\n')[1]).toMatch(
      /^Against .+, design base, seed \S+: 3 windows of 336 h, 10 simulated replications/,
    );
  });

  test('run on a pool of workers finishing out of order, the report is the one of the calling thread', async () => {
    const observed = logOf((t) => t.replace('mean: 6m', 'mean: 6.9m'), 'observed-pool');
    const o = { windowHours: 336, replications: 12, seed: 'pool' };
    const pool = createWorkerPool({
      size: 3,
      spawn: (i) => (i === 0 ? inProcessWorker(workerApi) : slowWorker(workerApi, (j) => (j.replication * 7) % 4)),
    });
    const seen: number[] = [];
    const report = await driftCheckOn(pool, base.doc, observed, o, (done) => seen.push(done));
    pool.close();
    expect(JSON.stringify(report)).toBe(JSON.stringify(driftCheck(base.doc, observed, o)));
    expect(seen.at(-1)).toBe(12);
  });

  test('a log none of whose activities is a step of the scenario is refused before anything is simulated (exit 2)', async () => {
    const other = bundled('scenarios/validation/mm1.yaml');
    const files = { 'base.yaml': base.text, 'observed.csv': exportText(other.model, 'csv', 'cli') };
    const r = await runCli(['drift', 'base.yaml', '--observed', 'observed.csv', '--window', '2w'], files);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^opsim: observed\.csv: none of the log's activities is a step of the scenario: the log has "[^"]+".*; the scenario's steps are "[^"]+"/,
    );
    expect(() =>
      driftCheck(base.doc, readText(files['observed.csv'], 'csv').log, { windowHours: 336, replications: 2, seed: 1 }),
    ).toThrow(/none of the log's activities is a step of the scenario/);
  });

  test('a log shorter than one window is refused with the reason (exit 2)', async () => {
    const files = {
      'base.yaml': base.text,
      'observed.csv': exportText(base.model, 'csv', 'cli').split('\n').slice(0, 200).join('\n'),
    };
    const r = await runCli(['drift', 'base.yaml', '--observed', 'observed.csv', '--window', '4w'], files);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/observed\.csv: the observed log spans [\d.]+ h, less than one window of 672 h/);
  });

  test('more windows than can be compared are refused at once (exit 2), not simulated until memory runs out', async () => {
    const files = { 'base.yaml': base.text, 'observed.csv': exportText(base.model, 'csv', 'cli') };
    const r = await runCli(['drift', 'base.yaml', '--observed', 'observed.csv', '--window', '1s'], files);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^opsim: observed\.csv: the observed log spans [\d.]+ h, [\d,]+ windows of 0\.0002778 h; at most 20,000 windows are compared \(choose a longer --window\)\n$/,
    );
  });

  test('a log spanning more than the 100 years a scenario can simulate (a mistyped year) is refused (exit 2)', async () => {
    const lines = exportText(base.model, 'csv', 'cli').split('\n');
    // One event of the log dated 107 years early (2027 typed as 1920).
    lines[1] = lines[1].replace(/,(\d{4})-(\d\d-\d\dT)/, (_, y: string, rest: string) => `,${+y - 107}-${rest}`);
    const r = await runCli(['drift', 'base.yaml', '--observed', 'observed.csv'], {
      'base.yaml': base.text,
      'observed.csv': lines.join('\n'),
    });
    expect(r.stderr).toMatch(
      /^opsim: observed\.csv: the observed log spans 107\.\d years \(1920-.* to 2027-.*\), longer than the 100 years a scenario can simulate \(is a timestamp mistyped\?\)\n$/,
    );
    expect(r.code).toBe(2);
  });

  test('a log without case types, or with types of other names, is compared on arrivals in all, not per type of the scenario', () => {
    const r = compareDrift(prediction, untyped(logOf((t) => t, 'observed-untyped')));
    expect(r.kpis).toEqual(['arrivals (/week)', 'throughput (/week)', ...MOVED]);
    expect(r.flagged).not.toContain('arrivals (/week)');
    // Types of other names than the scenario's: compared in all too.
    const renamed = logOf((t) => t.replace(/\bjob\b/g, 'task'), 'observed-renamed');
    expect(renamed.types).toEqual(['task']);
    const other = compareDrift(prediction, renamed);
    expect(other.kpis[0]).toBe('arrivals (/week)');
    expect(other.flagged).not.toContain('arrivals (/week)');
  });

  test("a scenario fitted from a log is compared with that log under the log's activity names", () => {
    // The fit names each step by its activity made into an id; the log keeps its own names ("work"
    // and "check" are ids already, so they are renamed here to names the fit has to turn into ids).
    const renamed = (log: EventLog): EventLog => ({
      ...log,
      activities: log.activities.map((a) => (a === 'work' ? 'Do The Work' : a)),
    });
    const observed = renamed(readText(exportText(base.model, 'csv', 'fitted'), 'csv').log);
    const fitted = fitModel(observed, { horizon: '8w', source: 'observed.csv' });
    expect(fitted.steps.map((s) => s.id)).toContain('do-the-work');
    const doc = parseScenarioText(
      scenarioText(fitted, { horizon: '8w', start: '2027-01-04', noWip: true }),
      'fitted.yaml',
    ).doc;
    const p = predictWindows(doc as never, START_MS, 3, { windowHours: 336, replications: 20, seed: 'drift-fitted' });
    const r = compareDrift(p, observed);
    const cells = (kpi: string) => r.cells.filter((c) => c.kpi === kpi);
    // Without the renaming no case of the log would end at a step of the scenario: throughput 0 and
    // cycle time n/a in every window.
    expect(cells('throughput (/week)').every((c) => c.observed > 0)).toBe(true);
    expect(cells('cycle time mean (h)').every((c) => c.status !== 'n/a')).toBe(true);
    expect(r.flagged).not.toContain('throughput (/week)');
  });

  test('where cases end is learned from all the replications, so it does not hang on the first run', () => {
    // After `review`, 45% of cases leave and 55% go on to `finish`: P(end | last = review) is about
    // 0.45 (a little more, with the cases the horizon cuts off there), under the threshold of 1/2.
    // A run of two weeks has about 40 cases, so one run alone puts review among the ends in a good
    // share of seeds; thirty runs together do not.
    const twoStep = parseScenarioText(
      `opsim: 1
name: two steps
horizon: 2w
functions: [ops]
pools:
  agent: { kind: agent, capacity: 2 }
itemTypes:
  job: { arrivals: { poisson: 0.12/h }, entry: review }
steps:
  review: { function: ops, serve: [{ pool: agent, time: { dist: exponential, mean: 1h } }], next: route }
  route: { kind: gate, next: { p: { done: 0.45, finish: 0.55 } } }
  finish: { function: ops, serve: [{ pool: agent, time: { dist: exponential, mean: 1h } }], next: done }
  done: { kind: exit, outcome: done }
`,
      'two-steps.yaml',
    ).doc as never;
    let firstAlone = 0;
    for (let s = 0; s < 10; s++) {
      const o = { windowHours: 168, replications: 30, seed: `ends-${s}` };
      const p = predictWindows(twoStep, START_MS, 2, o);
      expect([...p.ends]).toEqual(['finish']);
      const first = viewOf(simulateLog(p.model, { startMs: START_MS, offsetMin: 0 }, o.seed, 0));
      if (endsOf([endCounts(first)]).has('review')) firstAlone++;
    }
    console.log(`first run alone: review among the ends in ${firstAlone} of 10 seeds`);
    // What learning from the first run alone would have done in some of these seeds.
    expect(firstAlone).toBeGreaterThan(0);
  });
});
