import { describe, expect, it } from 'vitest';
import type { Model } from '../../src/core/model/model.js';
import { simulate } from '../../src/core/index.js';
import { loadScenario } from '../../src/scenario/index.js';
import { runCompare } from '../../src/experiments/runCompare.js';
import { autoWarmup } from '../../src/experiments/autoWarmup.js';
import { headlineOf } from '../../src/experiments/headline.js';
import { pairedDifference } from '../../src/experiments/pairedDifference.js';
import { mergeShards, runShard, reportFromRuns, type ShardTask } from '../../src/experiments/shard.js';
import { reportJson } from '../../src/experiments/reportJson.js';
import { replicate } from '../../src/experiments/replicate.js';
import type { CompareSpec } from '../../src/experiments/compareReport.js';
import { createWorkerPool } from '../../src/worker/pool.js';
import { inProcessWorker } from '../../src/worker/inProcess.js';
import { workerApi } from '../../src/worker/api.js';
import { TINY_FILE, TINY_YAML } from './tinyScenario.js';

function model(variant?: string, text = TINY_YAML): Model {
  const r = loadScenario({ file: TINY_FILE, text }, { variant });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.model;
}
const executor = () => createWorkerPool({ size: 1, spawn: () => inProcessWorker(workerApi) });
const spec = (names: string[]): CompareSpec => ({
  scenario: 'Tiny',
  seed: '7',
  horizonHours: 336,
  warmup: { method: 'scenario', hours: 24, pilot: null },
  designs: [{ name: 'base', variant: null }, ...names.map((n) => ({ name: n, variant: n }))],
});

describe('runCompare(options)', () => {
  it('finds two identical designs exactly equal: every difference 0, none significant, no explanation', async () => {
    const { report } = await runCompare({
      spec: spec(['same']),
      models: [model(), model('same')],
      replications: 4,
      precision: null,
      maxReplications: 200,
      executor: executor(),
    });
    for (const d of Object.values(report!.differences[0].metrics)) {
      expect(d).toMatchObject({ mean: 0, half: 0, significant: false });
    }
    expect(report!.explanations).toEqual([]);
  });

  it('finds one more server lowers the wait, with the right sign and significantly', async () => {
    const { report } = await runCompare({
      spec: spec(['extra-server']),
      models: [model(), model('extra-server')],
      replications: 4,
      precision: null,
      maxReplications: 200,
      executor: executor(),
    });
    const [base, extra] = report!.designs;
    expect(extra.steps.work.wait.mean.mean).toBeLessThan(base.steps.work.wait.mean.mean);
    const d = report!.differences[0].metrics;
    expect(d.cycleTime.hi).toBeLessThan(0);
    expect(d.cycleTime.significant).toBe(true);
    expect(d['utilisation:server'].significant).toBe(true);
    expect(d['utilisation:server'].mean).toBeLessThan(0);
  });

  it('stops when the precision target is met and says so; the replication sequence is deterministic', async () => {
    const run = () =>
      runCompare({
        spec: spec(['extra-server']),
        models: [model(), model('extra-server')],
        replications: 3,
        precision: 0.25,
        maxReplications: 50,
        executor: executor(),
      });
    const a = await run();
    const b = await run();
    expect(a.report!.stopping.rule).toBe('precision');
    expect(a.report!.stopping.imprecise).toEqual([]);
    expect(reportJson(a.report)).toBe(reportJson(b.report));
  });
});

describe('common random numbers', () => {
  it('give a narrower CI of the difference than independent seeds for the same pair (seed 7, 6 replications)', () => {
    // A 10% faster server: both designs are congested, so their cycle times vary a lot and together.
    const base = model();
    const extra = model(undefined, TINY_YAML.replace('mean: 6m', 'mean: 5.4m'));
    const reps = [0, 1, 2, 3, 4, 5];
    const headlines = (m: Model, seed: string) => reps.map((r) => headlineOf(simulate(m, { seed, replication: r })));
    const baseRuns = headlines(base, '7');
    const crnRuns = headlines(extra, '7');
    const independentRuns = headlines(extra, 'independent');
    const diff = (runs: typeof baseRuns, key: string) =>
      pairedDifference(
        runs.map((h) => h[key]),
        baseRuns.map((h) => h[key]),
      );
    // Cycle time is not linear in the service rate, so some spread remains (about half, at this seed)...
    expect(diff(crnRuns, 'cycleTime').half).toBeLessThan(0.6 * diff(independentRuns, 'cycleTime').half);
    // ...while utilisation scales exactly with service time: the paired difference hardly varies at all.
    expect(diff(crnRuns, 'utilisation:server').half).toBeLessThan(
      0.1 * diff(independentRuns, 'utilisation:server').half,
    );
  });
});

describe('shards', () => {
  it('mergeShards(runShard k/n for every k) equals the unsharded report, deep and byte for byte', async () => {
    const models = [model(), model('extra-server')];
    const task: ShardTask = { kind: 'compare', spec: spec(['extra-server']), replications: 3 };
    const { report } = await runCompare({
      spec: task.spec as CompareSpec,
      models,
      replications: 3,
      precision: null,
      maxReplications: 200,
      executor: executor(),
    });
    const shards = [];
    for (const k of [1, 2, 3, 4])
      shards.push({
        name: `s${k}.json`,
        shard: JSON.parse(JSON.stringify(await runShard(task, models, executor(), { k, n: 4 }))),
      });
    const merged = mergeShards(shards.reverse());
    expect(merged).toEqual(report);
    expect(reportJson(merged)).toBe(reportJson(report));
  });

  it('reportFromRuns rebuilds a sweep from its runs in job order', async () => {
    const models = [model(), model('extra-server')];
    const { runs } = await replicate(executor(), models, '7', 0, 2);
    const task: ShardTask = {
      kind: 'sweep',
      replications: 2,
      spec: {
        scenario: 'Tiny',
        design: 'base',
        sweep: null,
        seed: '7',
        horizonHours: 336,
        warmup: { method: 'scenario', hours: 24, pilot: null },
        params: [{ path: 'pools.server.capacity', values: [1, 2] }],
        objectives: [{ key: 'cycleTime', direction: 'min' }],
      },
    };
    const report = reportFromRuns(task, runs.flat());
    expect(report.kind).toBe('sweep');
    expect(report.kind === 'sweep' && report.pareto).toEqual([1]);
  });
});

describe('autoWarmup(executor, model, seed, pilots)', () => {
  it('cuts the transient of a backlog at time 0 and almost nothing from a system that starts near steady state', async () => {
    // 300 items waiting at t = 0 drain at about 10 - 8 = 2 per hour: roughly 150 h of transient.
    const backlog = model(
      undefined,
      TINY_YAML.replace('variants:', 'initialWip:\n  - { type: job, step: work, waiting: 300, age: 0 }\nvariants:'),
    );
    const w = await autoWarmup(executor(), backlog, '7', 3);
    expect(w).toMatchObject({ method: 'auto', pilot: { replications: 3, samples: 500, batchSize: 5 } });
    expect(w!.hours).toBeGreaterThan(100);
    expect(w!.hours).toBeLessThan(220);
    const empty = await autoWarmup(executor(), model(), '7', 3);
    expect(empty!.hours).toBeLessThan(40);
  });
});
