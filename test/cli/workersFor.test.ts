// A small job runs in the CLI's own process unless --workers asks for more: worker processes take
// longer to start and compile than a small job takes to run. A large job, or an explicit --workers,
// gets its worker processes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IN_PROCESS_UNITS, jobUnits, workersFor } from '../../src/cli/executorFor.js';
import { loadScenario } from '../../src/scenario/index.js';
import { estimateWork } from '../../src/scenario/index.js';
import { inProcessWorker, workerApi, type WorkerHandle } from '../../src/worker/index.js';
import { bundled, exportText } from '../eventlog/logSupport.js';
import { memoryIo, runCli } from './memoryIo.js';

const file = 'scenarios/company/support-vp.yaml';
const text = readFileSync(file, 'utf8');

describe('workersFor(io, asked, units)', () => {
  const io = memoryIo({}, { cpus: 4 });
  it('takes --workers as given, whatever the job', () => {
    expect(workersFor(io, 3, 10)).toBe(3);
    expect(workersFor(io, 1, 1e12)).toBe(1);
  });
  it('without it, runs a job under the threshold in-process and gives a larger one every core', () => {
    expect(workersFor(io, undefined, IN_PROCESS_UNITS - 1)).toBe(1);
    expect(workersFor(io, undefined, IN_PROCESS_UNITS)).toBe(4);
  });
  it('counts the pre-flight work of every replication of every design', () => {
    const r = loadScenario({ file, text });
    if (!r.ok) throw new Error('does not load');
    const one = estimateWork(r.model).reduce((s, p) => s + p.units, 0);
    expect(one).toBeGreaterThan(1000);
    expect(jobUnits([r.model, r.model], 8)).toBeCloseTo(16 * one, 6);
  });
});

describe('a default compare', () => {
  let spawned = 0;
  const spawnWorker = () => {
    spawned++;
    return inProcessWorker(workerApi);
  };
  it('of a small job starts no worker process; with --workers 2 it starts one beside its own', async () => {
    const argv = ['compare', file, '--replications', '2', '--json'];
    const small = await runCli(argv, { [file]: text }, { cpus: 2, spawnWorker });
    expect(small.code).toBe(0);
    expect(spawned).toBe(0);
    const asked = await runCli([...argv, '--workers', '2'], { [file]: text }, { cpus: 2, spawnWorker });
    // The CLI's own process is one of the two (executorFor.ts).
    expect(spawned).toBe(1);
    // The same report either way: results never depend on the workers.
    expect(asked.stdout).toBe(small.stdout);
  });

  it('of a job over the threshold runs on every core: its own process and a worker process per other core', async () => {
    const mm1 = 'scenarios/validation/mm1.yaml';
    const mm1Text = readFileSync(mm1, 'utf8');
    const r = loadScenario({ file: mm1, text: mm1Text });
    if (!r.ok) throw new Error('does not load');
    const replications = Math.ceil(IN_PROCESS_UNITS / jobUnits([r.model], 1));
    spawned = 0;
    const big = await runCli(
      ['run', mm1, '--replications', String(replications), '--json'],
      { [mm1]: mm1Text },
      {
        cpus: 2,
        spawnWorker,
      },
    );
    expect(big.code).toBe(0);
    expect(spawned).toBe(1);
  });
});

describe('a drift check on two cores', () => {
  it("runs every replication in a worker process, none in the CLI's, and reports the same as on one", async () => {
    // Its results are large enough that the CLI's process, reading them between replications of
    // its own, kept a worker waiting (executorFor.ts, ownProcess).
    const base = bundled('scenarios/validation/rework-loop.yaml', (t) => t.replace(/^horizon: .*$/m, 'horizon: 8w'));
    const files = { 'base.yaml': base.text, 'observed.csv': exportText(base.model, 'csv', 'observed') };
    const argv = [
      'drift',
      'base.yaml',
      '--observed',
      'observed.csv',
      '--window',
      '2w',
      '--replications',
      '12',
      '--json',
    ];
    let measured = 0;
    const spawnWorker = (): WorkerHandle => {
      const w = inProcessWorker(workerApi);
      return {
        ...w,
        measureJob: (job) => {
          measured++;
          return w.measureJob(job);
        },
      };
    };
    const two = await runCli([...argv, '--workers', '2'], files, { cpus: 2, spawnWorker });
    expect(measured).toBe(12);
    const one = await runCli([...argv, '--workers', '1'], files, { cpus: 2, spawnWorker });
    expect(measured).toBe(12);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(one.code);
  });
});
