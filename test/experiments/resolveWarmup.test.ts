import { describe, expect, it } from 'vitest';
import type { Model } from '../../src/core/index.js';
import { loadScenario } from '../../src/scenario/index.js';
import { autoWarmup, resolveWarmup, type Executor, type Job } from '../../src/experiments/index.js';
import { createWorkerPool, inProcessWorker, workerApi } from '../../src/worker/index.js';
import { TINY_FILE, TINY_YAML } from './tinyScenario.js';

function model(extra = ''): Model {
  const r = loadScenario({ file: TINY_FILE, text: TINY_YAML.replace('variants:', `${extra}variants:`) });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.model;
}
/** An in-process pool that records every job it is given. */
function recording(): Executor & { jobs: Job[] } {
  const pool = createWorkerPool({ size: 1, spawn: () => inProcessWorker(workerApi) });
  const jobs: Job[] = [];
  return { jobs, run: (js, hooks) => (jobs.push(...js), pool.run(js, hooks)) };
}
const steady = model();
// 300 items waiting at t = 0: a transient of about 150 h, far longer than the steady model's.
const backlog = { ...model('initialWip:\n  - { type: job, step: work, waiting: 300, age: 0 }\n'), name: 'Backlog' };

describe('resolveWarmup(executor, models, request)', () => {
  it("keeps each model's own warm-up for the scenario option and reports the first one's", async () => {
    const other = { ...steady, warmup: 50 };
    const r = await resolveWarmup(recording(), [steady, other], { option: null, seed: '7', replications: 4 });
    expect(r!.warmup).toEqual({ method: 'scenario', hours: 24, pilot: null });
    expect(r!.models.map((m) => m.warmup)).toEqual([24, 50]);
  });

  it('sets a fixed warm-up on every model without running anything', async () => {
    const ex = recording();
    const r = await resolveWarmup(ex, [steady, backlog], { option: 36, seed: '7', replications: 4 });
    expect(r!.warmup).toEqual({ method: 'fixed', hours: 36, pilot: null });
    expect(r!.models.map((m) => m.warmup)).toEqual([36, 36]);
    expect(ex.jobs).toEqual([]);
  });

  it('pilots every design for auto and gives all of them the longest warm-up', async () => {
    const ex = recording();
    const progress: [number, number][] = [];
    const r = await resolveWarmup(ex, [steady, backlog], {
      option: 'auto',
      seed: '7',
      replications: 3,
      onProgress: (d, t) => progress.push([d, t]),
    });
    const alone = await autoWarmup(recording(), backlog, '7', 3);
    expect(r!.warmup).toEqual(alone);
    expect(r!.warmup.hours).toBeGreaterThan(100);
    expect(r!.models.map((m) => m.warmup)).toEqual([alone!.hours, alone!.hours]);
    expect(ex.jobs).toHaveLength(6); // min(5, 3) pilot replications of each design
    expect(progress[0]).toEqual([0, 6]);
    expect(progress.at(-1)).toEqual([6, 6]);
    expect(progress.map(([d]) => d)).toEqual([...progress.map(([d]) => d)].sort((a, b) => a - b)); // never goes back
  });

  it('pilots only the first point of a sweep, with at most 5 replications', async () => {
    const ex = recording();
    const r = await resolveWarmup(ex, [steady, backlog], {
      option: 'auto',
      seed: '7',
      replications: 20,
      pilot: 'first',
    });
    expect(ex.jobs.map((j) => j.model.name)).toEqual(Array(5).fill(steady.name));
    expect(r!.warmup.pilot!.replications).toBe(5);
    expect(r!.warmup.hours).toBeLessThan(40);
    expect(r!.models.map((m) => m.warmup)).toEqual([r!.warmup.hours, r!.warmup.hours]);
  });

  it('returns null when the pilot is cancelled', async () => {
    const cancelled: Executor = { run: async (jobs) => ({ results: jobs.map(() => undefined), cancelled: true }) };
    expect(await resolveWarmup(cancelled, [steady], { option: 'auto', seed: '7', replications: 4 })).toBeNull();
  });
});
