import { describe, expect, it } from 'vitest';
import { createWorkerApi } from '../../src/worker/api.js';
import { inProcessWorker } from '../../src/worker/inProcess.js';
import { createWorkerPool, withDepth } from '../../src/worker/pool.js';
import { JobError, type Job } from '../../src/worker/protocol.js';
import type { Model } from '../../src/core/model/model.js';
import { fakeRun } from '../experiments/fakeRun.js';
import { slowWorker } from './slowWorker.js';

const model = { name: 'fake' } as Model;
const jobs = (n: number): Job[] => Array.from({ length: n }, (_, r) => ({ model, seed: 's', replication: r }));
const fakeApi = createWorkerApi((_, o) => fakeRun({ replication: o.replication, throughput: 10 + o.replication }));

describe('createWorkerPool({ size, spawn })', () => {
  it('run(jobs) returns results in job order whatever order they finish in', async () => {
    const pool = createWorkerPool({ size: 3, spawn: () => slowWorker(fakeApi, (j) => 7 - j.replication) });
    const { results, cancelled } = await pool.run(jobs(7));
    expect(cancelled).toBe(false);
    expect(results.map((r) => r?.replication)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    pool.close();
  });

  it('gives the same results with 1 and 3 workers', async () => {
    const one = createWorkerPool({ size: 1, spawn: () => inProcessWorker(fakeApi) });
    const three = createWorkerPool({ size: 3, spawn: () => slowWorker(fakeApi, (j) => j.replication % 3) });
    expect(JSON.stringify((await three.run(jobs(8))).results)).toBe(JSON.stringify((await one.run(jobs(8))).results));
  });

  it('gives a worker of depth 2 two jobs at once, and the same results; spawn hears each index', async () => {
    const indexes: number[] = [];
    let most = 0;
    const pool = createWorkerPool({
      size: 2,
      spawn: (index) => {
        indexes.push(index);
        if (index === 0) return inProcessWorker(fakeApi);
        const slow = slowWorker(fakeApi, (j) => j.replication % 3);
        let inFlight = 0;
        return {
          depth: 2,
          runJob: async (job) => {
            most = Math.max(most, ++inFlight);
            const out = await slow.runJob(job);
            inFlight--;
            return out;
          },
          measureJob: slow.measureJob,
          terminate: slow.terminate,
        };
      },
    });
    const one = createWorkerPool({ size: 1, spawn: () => inProcessWorker(fakeApi) });
    const { results } = await pool.run(jobs(9));
    expect(indexes).toEqual([0, 1]);
    expect(most).toBe(2);
    expect(JSON.stringify(results)).toBe(JSON.stringify((await one.run(jobs(9))).results));
    pool.close();
  });

  it('gives a second job only while more jobs are left than workers, so none idles at the tail', async () => {
    const most = [0, 0];
    const got: number[][] = [[], []];
    const pool = createWorkerPool({
      size: 2,
      spawn: (index) => {
        const slow = slowWorker(fakeApi, () => 2);
        let inFlight = 0;
        return withDepth(
          {
            runJob: async (job) => {
              got[index].push(job.replication);
              most[index] = Math.max(most[index], ++inFlight);
              const out = await slow.runJob(job);
              inFlight--;
              return out;
            },
            measureJob: slow.measureJob,
            terminate: slow.terminate,
          },
          2,
        );
      },
    });
    await pool.run(jobs(4));
    // Worker 0 takes jobs 0 and 1 (three left for two workers), worker 1 only job 2 (one left), and
    // job 3 goes to whichever finishes first, not into a queue behind a busy one.
    expect(got[0].slice(0, 2)).toEqual([0, 1]);
    expect(got[1][0]).toBe(2);
    expect(most[1]).toBe(1);
    expect(got.flat().sort()).toEqual([0, 1, 2, 3]);
    pool.close();
  });

  it('reports progress as done/total after each job', async () => {
    const seen: string[] = [];
    const pool = createWorkerPool({ size: 2, spawn: () => inProcessWorker(fakeApi) });
    await pool.run(jobs(3), { onProgress: (d, t) => seen.push(`${d}/${t}`) });
    expect(seen).toEqual(['1/3', '2/3', '3/3']);
  });

  it('cancel() resolves the run with what finished and terminates the workers', async () => {
    let terminated = 0;
    let pool: ReturnType<typeof createWorkerPool> | null = null;
    pool = createWorkerPool({
      size: 1,
      spawn: () => {
        const w = inProcessWorker(fakeApi);
        return {
          runJob: (job) => w.runJob(job),
          measureJob: (job) => w.measureJob(job),
          terminate: () => void (terminated++, w.terminate()),
        };
      },
    });
    const run = pool.run(jobs(5), { onProgress: (d) => d === 2 && pool!.cancel() });
    const { results, cancelled } = await run;
    expect(cancelled).toBe(true);
    expect(results.map((r) => r?.replication)).toEqual([0, 1, undefined, undefined, undefined]);
    expect(terminated).toBe(1);
  });

  it('rejects with the worker error, name and message kept across the boundary', async () => {
    const failing = createWorkerApi(() => {
      const e = new Error('Event limit reached');
      e.name = 'SimulationLimitError';
      throw e;
    });
    const pool = createWorkerPool({ size: 2, spawn: () => inProcessWorker(failing) });
    const err = await pool.run(jobs(3)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JobError);
    expect(err).toMatchObject({ name: 'SimulationLimitError', message: 'Event limit reached' });
  });

  it('runs an empty job list without spawning', async () => {
    const pool = createWorkerPool({
      size: 2,
      spawn: () => {
        throw new Error('should not spawn');
      },
    });
    expect(await pool.run([])).toEqual({ results: [], cancelled: false });
  });
});

describe('createWorkerApi(simulate).runJob(job)', () => {
  it('serialises thrown errors as { name, message }', () => {
    const api = createWorkerApi(() => {
      throw new RangeError('bad');
    });
    expect(api.runJob(jobs(1)[0])).toEqual({ ok: false, error: { name: 'RangeError', message: 'bad' } });
  });
});
