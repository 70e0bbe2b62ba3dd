// Runs the compiled worker (dist/worker/nodeWorker.js): `npm test` builds dist first; when running
// this file alone, run `npm run build:cli` before.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodeWorkerUrl } from '../../src/cli/nodeIo.js';
import { spawnNodeWorker } from '../../src/worker/node.js';
import { TINY_FILE, TINY_YAML } from '../experiments/tinyScenario.js';
import { runCli } from '../cli/memoryIo.js';
import { createWorkerPool } from '../../src/worker/index.js';
import { formatIssue, loadScenario } from '../../src/scenario/index.js';

const files = { [TINY_FILE]: TINY_YAML };
const url = nodeWorkerUrl();
const built = existsSync(fileURLToPath(url));

describe('Node worker threads (dist/worker/nodeWorker.js)', () => {
  it('is built', () => {
    expect(built, `${fileURLToPath(url)} is missing: run npm run build:cli`).toBe(true);
  });

  it.runIf(built)('opsim run --json is byte-identical with 1 and 2 workers', async () => {
    const argv = ['run', TINY_FILE, '--json', '--replications', '4'];
    const one = await runCli([...argv, '--workers', '1'], files);
    const two = await runCli([...argv, '--workers', '2'], files, { spawnWorker: () => spawnNodeWorker(url) });
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it.runIf(built)('opsim compare --json is byte-identical with 1 and 2 workers', async () => {
    const argv = ['compare', TINY_FILE, '--json', '--replications', '3'];
    const one = await runCli([...argv, '--workers', '1'], files);
    const two = await runCli([...argv, '--workers', '2'], files, { spawnWorker: () => spawnNodeWorker(url) });
    expect(two.stdout).toBe(one.stdout);
  });

  it.runIf(built)('opsim run, compare and sweep --periods --json are byte-identical with 1 and 2 workers', async () => {
    for (const argv of [
      ['run', TINY_FILE, '--json', '--replications', '3', '--periods', 'week'],
      ['compare', TINY_FILE, '--json', '--replications', '3', '--periods', 'week'],
      ['sweep', TINY_FILE, '--json', '--sweep', 'capacity', '--replications', '2', '--periods', 'week'],
    ]) {
      const one = await runCli([...argv, '--workers', '1'], files);
      const two = await runCli([...argv, '--workers', '2'], files, { spawnWorker: () => spawnNodeWorker(url) });
      expect(two.code).toBe(0);
      expect(two.stdout).toContain(argv[0] === 'compare' ? '"periodSignificance"' : '"periods"');
      expect(two.stdout).toBe(one.stdout);
    }
  });

  it.runIf(built)('opsim select --json is byte-identical with 1 and 2 workers', async () => {
    const argv = [
      'select',
      TINY_FILE,
      '--json',
      '--objective',
      'cycleTime',
      '--delta',
      '0.05',
      '--constraint',
      'cycleTimeP90<=2h',
    ];
    const one = await runCli([...argv, '--workers', '1'], files);
    const two = await runCli([...argv, '--workers', '2'], files, { spawnWorker: () => spawnNodeWorker(url) });
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it.runIf(built)('serialises a guard tripping in the worker as SimulationLimitError', async () => {
    const pool = createWorkerPool({ size: 1, spawn: () => spawnNodeWorker(url) });
    // About 2,700 arrivals and as many services: past the pre-flight's lower bound (4,366 events),
    // short of the events they take (about 5,700).
    const limited = loadScenario({
      file: 'limited.yaml',
      text: TINY_YAML.replace('replications: 4', 'replications: 1\nlimits: { maxEvents: 5000 }'),
    });
    if (!limited.ok) throw new Error(limited.issues.map(formatIssue).join('\n'));
    await expect(pool.run([{ model: limited.model, seed: 1, replication: 0 }])).rejects.toMatchObject({
      name: 'SimulationLimitError',
    });
    pool.close();
  });
});

describe('progress during a long replication', () => {
  it.runIf(built)('a worker reports the share simulated, so progress moves before the replication ends', async () => {
    // About 2,000,000 events in one replication: some 30 checkpoints of the engine.
    const long = loadScenario({
      file: 'long.yaml',
      text: TINY_YAML.replace('replications: 4', 'replications: 1').replace(/horizon: \S+/, 'horizon: 400w'),
    });
    if (!long.ok) throw new Error(long.issues.map(formatIssue).join('\n'));
    const pool = createWorkerPool({ size: 1, spawn: () => spawnNodeWorker(url) });
    const seen: number[] = [];
    const { results } = await pool.run([{ model: long.model, seed: 1, replication: 0 }], {
      onProgress: (done, total) => {
        expect(total).toBe(1);
        seen.push(done);
      },
    });
    pool.close();
    expect(results[0]).toBeDefined();
    const partial = seen.filter((d) => d > 0 && d < 1);
    expect(partial.length).toBeGreaterThan(3);
    expect(seen.every((d, i) => i === 0 || d >= seen[i - 1])).toBe(true);
    expect(seen[seen.length - 1]).toBe(1);
  });
});
