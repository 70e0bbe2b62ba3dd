// workerHandle(channel) over a real message channel: each design crosses once, jobs name it after.
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { expose, type Endpoint } from 'comlink';
import { describe, expect, it } from 'vitest';
import {
  createWorkerApi,
  createWorkerPool,
  workerHandle,
  type WorkerApi,
  type WorkerHandle,
} from '../../src/worker/index.js';
import { compileText } from '../support/load.js';
import { TINY_FILE, TINY_YAML } from '../experiments/tinyScenario.js';

/** A handle on `api` exposed at the far end of a message channel, as a worker would expose it. */
function overChannel(api: (port: MessagePort) => WorkerApi): { port2: MessagePort; handle: WorkerHandle } {
  const { port1, port2 } = new MessageChannel();
  expose(api(port2), port2 as unknown as Endpoint);
  const handle = workerHandle({
    endpoint: port1 as unknown as Endpoint,
    onFailure: () => {},
    terminate: () => port1.close(),
  });
  return { port2, handle };
}

describe('workerHandle(channel)', () => {
  it('sends each design to a worker once, then only (design, seed, replication), with the same results as in-process', async () => {
    const real = createWorkerApi();
    const calls: string[] = [];
    const recording: WorkerApi = {
      runJob: (job) => real.runJob(job),
      loadDesign: (d, m) => (calls.push(`load ${d} ${m.name}`), real.loadDesign(d, m)),
      runDesign: (d, seed, r) => (calls.push(`run ${d} ${r}`), real.runDesign(d, seed, r)),
      forgetDesign: (d) => real.forgetDesign(d),
      measureJob: (j) => real.measureJob(j),
      measureDesign: (d, seed, r, m) => real.measureDesign(d, seed, r, m),
    };
    const { port2, handle } = overChannel(() => recording);
    const base = compileText(TINY_YAML, TINY_FILE);
    const a = { ...base, name: 'a' };
    const b = { ...base, name: 'b' };
    const jobs = [a, b, a, b, a].map((model, i) => ({ model, seed: 7, replication: i }));
    const pool = createWorkerPool({ size: 1, spawn: () => handle });
    const { results } = await pool.run(jobs);
    expect(calls).toEqual(['load 0 a', 'run 0 0', 'load 1 b', 'run 1 1', 'run 0 2', 'run 1 3', 'run 0 4']);
    const inProcess = await Promise.all(
      jobs.map(async (j) => {
        const o = await real.runJob(j);
        return o.ok ? o.result : null;
      }),
    );
    expect(JSON.stringify(results)).toBe(JSON.stringify(inProcess));
    pool.close();
    port2.close();
  });

  it('with two jobs in hand, gives each progress message to the job the worker is running (the older)', async () => {
    const real = createWorkerApi();
    const { port2, handle } = overChannel((port) => ({
      runJob: (job) => real.runJob(job),
      loadDesign: (d, m) => real.loadDesign(d, m),
      runDesign: (d, seed, r) => {
        port.postMessage({ opsimProgress: (r + 1) / 10 });
        return real.runDesign(d, seed, r);
      },
      forgetDesign: (d) => real.forgetDesign(d),
      measureJob: (j) => real.measureJob(j),
      measureDesign: (d, seed, r, m) => real.measureDesign(d, seed, r, m),
    }));
    const model = compileText(TINY_YAML, TINY_FILE);
    const heard: string[] = [];
    const both = await Promise.all(
      [0, 1].map((r) => handle.runJob({ model, seed: 7, replication: r }, (s) => heard.push(`job ${r}: ${s}`))),
    );
    expect(both.every((o) => o.ok)).toBe(true);
    expect(heard).toEqual(['job 0: 0.1', 'job 1: 0.2']);
    handle.terminate();
    port2.close();
  });
});
