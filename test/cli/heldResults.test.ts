// A run or compare holds every replication's result until its report is made. A job whose results
// would not fit the heap is stopped before it runs, naming what set its size and what would fit;
// one that fits runs. A shard whose file would be too long for one string is stopped too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEAP_SHARE } from '../../src/cli/heldResultsGuard.js';
import { resultBytes } from '../../src/experiments/index.js';
import { loadScenario } from '../../src/scenario/index.js';
import { runCli } from './memoryIo.js';

const file = 'scenarios/company/support-vp.yaml';
const text = readFileSync(file, 'utf8');
const files = { [file]: text };
const loaded = loadScenario({ file, text });
if (!loaded.ok) throw new Error(`${file} does not load`);
const perResult = resultBytes(loaded.model);

// A heap in which exactly 20 replications of the base design fit.
const heapLimit = (20.5 * perResult) / HEAP_SHARE;

describe('results held by a run or compare', () => {
  it('stops a run that would hold more than fits, before it runs, with what would fit (exit 2)', async () => {
    const r = await runCli(['run', file, '--replications', '21', '--json'], files, { heapLimit });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^opsim: --replications: 21 replications of one design would hold about/);
    expect(r.stderr).toContain('Use at most 20 replications');
    expect(r.stderr).toContain('NODE_OPTIONS=--max-old-space-size=');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('runs a job that fits', async () => {
    const r = await runCli(['run', file, '--replications', '2', '--json'], files, { heapLimit });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).replications).toBe(2);
  });

  it('names the file when its replications field set the size', async () => {
    const many = text.replace(/^replications:.*$/m, 'replications: 500');
    const r = await runCli(['run', file, '--json'], { [file]: many }, { heapLimit });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`opsim: ${file}: replications: 500 replications of one design`);
  });

  it('counts every design of a compare, and the cap of --precision', async () => {
    const compare = await runCli(['compare', file, '--replications', '11', '--json'], files, { heapLimit });
    expect(compare.code).toBe(2);
    expect(compare.stderr).toMatch(/--replications: 11 replications of 2 designs/);
    const precise = await runCli(['compare', file, '--precision', '5%', '--max-replications', '40'], files, {
      heapLimit,
    });
    expect(precise.code).toBe(2);
    expect(precise.stderr).toMatch(/--max-replications: 40 replications of 2 designs/);
  });

  it('counts only its own part of a sharded compare', async () => {
    const r = await runCli(['compare', file, '--replications', '30', '--shard', '1/4', '--workers', '1'], files, {
      heapLimit,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('is not checked where the heap limit is unknown', async () => {
    const r = await runCli(['run', file, '--replications', '21', '--json'], files);
    expect(r.code).toBe(0);
  });
});

describe('a shard file', () => {
  it('too long to write as one string is stopped before the shard runs, with the shards that would do', async () => {
    const r = await runCli(['compare', file, '--replications', '100000', '--shard', '1/2'], files);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^opsim: --shard 1\/2: this shard's file would be about [\d.,]+ (MB|GB) of JSON/);
    expect(r.stderr).toMatch(/split the job into more shards \(n >= \d+\)/);
  });
});

describe('merge of compare shards', () => {
  it('stops after the first file when the whole runs would not fit, and merges when they do', async () => {
    const written: Record<string, string> = {};
    for (const k of [1, 2]) {
      const r = await runCli(['compare', file, '--replications', '12', '--shard', `${k}/2`, '--workers', '1'], files);
      expect(r.code, r.stderr).toBe(0);
      written[`s${k}.json`] = r.stdout;
    }
    // 2 designs × 12 replications; room for about 20 runs.
    const tight = await runCli(['merge', 's1.json', 's2.json', '--json'], written, { heapLimit });
    expect(tight.code).toBe(2);
    expect(tight.stderr).toMatch(
      /^opsim: merge: the compare's 24 runs would hold about .*\(NODE_OPTIONS=--max-old-space-size=\d+\)\n$/,
    );
    const roomy = await runCli(['merge', 's1.json', 's2.json', '--json'], written, { heapLimit: 100 * heapLimit });
    expect(roomy.code, roomy.stderr).toBe(0);
    expect(JSON.parse(roomy.stdout).replications).toBe(12);
  });
});
