// A selection in shards: each shard simulates its part of every design's replications up to the cap,
// keeping only the figures the procedure reads and the runs' warning inputs, and merge replays the
// procedure on them. The merged report must be the one machine's, byte for byte, with and without
// constraints, warnings included.
import { describe, expect, it } from 'vitest';
import { merge, reportJson } from '../../src/api/index.js';
import { selectSliceCharsBound } from '../../src/experiments/index.js';
import { compileDocument } from '../support/load.js';
import { TINY_FILE, TINY_OVERLOADED_YAML, TINY_YAML } from '../experiments/tinyScenario.js';
import { runCli } from './memoryIo.js';

const files = { [TINY_FILE]: TINY_YAML };

async function shardsOf(
  args: string[],
  n: number,
  extra: string[] = [],
  input: Record<string, string> = files,
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (let k = 1; k <= n; k++) {
    const s = await runCli([...args, '--shard', `${k}/${n}`, '--out', `s${k}.json`, ...extra], input);
    expect(s.code).toBe(0);
    out[`s${k}.json`] = s.written[`s${k}.json`];
  }
  return out;
}

describe('a sharded select', () => {
  it('merges into the single-machine report, byte for byte, and its shards keep only the figures and warning inputs it reads', async () => {
    const args = ['select', TINY_FILE, '--objective', 'cycleTime', '--delta', '3m', '--max-replications', '30'];
    const whole = await runCli([...args, '--json'], files);
    expect(whole.code).toBe(0);
    expect(JSON.parse(whole.stdout).rule).toBe('selected');
    const shards = await shardsOf(args, 3);
    const first = JSON.parse(shards['s1.json']);
    expect(first).toMatchObject({ keeps: 'select', totalJobs: 3 * 30, task: { kind: 'select', replications: 30 } });
    expect(first.results[0].figures).toHaveLength(1);
    expect(Object.keys(first.results[0].warn)).toEqual([
      'horizon',
      'warmup',
      'pools',
      'executives',
      'overall',
      'steps',
    ]);
    const merged = await runCli(['merge', 's3.json', 's1.json', 's2.json', '--json'], shards);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
    expect(reportJson(merge(Object.values(shards)))).toBe(whole.stdout);
    // --full keeps whole runs (several times larger than figures and warning inputs) and merges to the same bytes.
    const full = await shardsOf(args, 3, ['--full']);
    expect(full['s1.json'].length).toBeGreaterThan(4 * shards['s1.json'].length);
    const fromFull = await runCli(['merge', 's1.json', 's2.json', 's3.json', '--json'], full);
    expect(fromFull.stdout).toBe(whole.stdout);
  }, 180_000);

  it('with constraints and a sweep, simulates both phases up to the cap and merges to the same text report', async () => {
    const args = [
      'select',
      TINY_FILE,
      '--sweep',
      'capacity',
      '--objective',
      'cycleTime',
      '--constraint',
      'throughput>=100',
      '--delta',
      '0.05',
      '--max-replications',
      '20',
    ];
    const whole = await runCli(args, files);
    expect(whole.code).toBe(0);
    expect(whole.stdout).toContain('Selected: ');
    const shards = await shardsOf(args, 2);
    expect(JSON.parse(shards['s2.json']).task.replications).toBe(40);
    const merged = await runCli(['merge', 's1.json', 's2.json'], shards);
    expect(merged.stdout).toBe(whole.stdout);
    expect(merged.code).toBe(whole.code);
  }, 180_000);

  it("merges an overloaded pick's warnings into the same report, from the warning inputs the shards keep", async () => {
    const overloaded = { [TINY_FILE]: TINY_OVERLOADED_YAML };
    const args = [
      'select',
      TINY_FILE,
      '--objective',
      'max:utilisation:server',
      '--delta',
      '1%',
      '--max-replications',
      '20',
    ];
    const whole = await runCli(args, overloaded);
    expect(whole.stdout).toMatch(/\nSelected: base\n! Pool server is busy/);
    const shards = await shardsOf(args, 2, [], overloaded);
    const merged = await runCli(['merge', 's1.json', 's2.json'], shards);
    expect(merged.stdout).toBe(whole.stdout);
    const json = await runCli([...args, '--json'], overloaded);
    expect(reportJson(merge(Object.values(shards)))).toBe(json.stdout);
  }, 180_000);

  it('refuses shards of selections with different options, naming what differs, and an edited figure', async () => {
    const base = ['select', TINY_FILE, '--objective', 'cycleTime', '--max-replications', '12'];
    const a = await shardsOf([...base, '--delta', '3m'], 2);
    const b = await shardsOf([...base, '--delta', '6m'], 2);
    const mixed = await runCli(['merge', 'a.json', 'b.json'], { 'a.json': a['s1.json'], 'b.json': b['s2.json'] });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(
      /a\.json and b\.json come from different jobs: the options differ \(delta: 0\.05 vs 0\.1\)/,
    );
    const edited = JSON.parse(a['s1.json']);
    edited.results[0].figures[0] = 0;
    const tampered = await runCli(['merge', 'x.json', 'y.json'], {
      'x.json': JSON.stringify(edited),
      'y.json': a['s2.json'],
    });
    expect(tampered.code).toBe(2);
    expect(tampered.stderr).toMatch(/x\.json: its contents do not match its contentHash/);
  }, 180_000);
  it("bounds each run's part of the file by the model alone, a little over what a run writes", async () => {
    const args = ['select', TINY_FILE, '--objective', 'cycleTime', '--delta', '3m', '--constraint', 'throughput>=100'];
    const r = await runCli([...args, '--max-replications', '10', '--shard', '1/1'], files);
    expect(r.code, r.stderr).toBe(0);
    const file = JSON.parse(r.stdout);
    const bound = selectSliceCharsBound(compileDocument(null, TINY_YAML, TINY_FILE), 1);
    // Design-major: the first 2 × 10 runs are the base design's, both phases.
    const base = file.results.slice(0, 20).map((x: unknown) => JSON.stringify(x).length + 1);
    expect(Math.max(...base)).toBeLessThanOrEqual(bound);
    expect(bound).toBeLessThan(3 * Math.min(...base));
  }, 60_000);

  it('stops a shard whose file would be too long before anything runs, with and without --full', async () => {
    // 40 sweep points × 2 phases × the largest cap: 8 million runs, half of them in this shard.
    const values = Array.from({ length: 40 }, (_, i) => i + 1).join(',');
    const args = [
      'select',
      TINY_FILE,
      '--param',
      'pools.server.costPerTask',
      '--values',
      values,
      '--objective',
      'cycleTime',
      '--delta',
      '3m',
      '--constraint',
      'throughput>=100',
      '--max-replications',
      '100000',
      '--shard',
      '1/2',
    ];
    const slim = await runCli(args, files);
    expect(slim.code).toBe(2);
    expect(slim.stderr).toMatch(
      /^opsim: --shard 1\/2: this shard's file would be about [\d.,]+ GB of JSON \(4,000,000 results\), more than the [\d.,]+ MB one file opsim writes or merges can hold; split the job into more shards \(n >= \d+\)\n$/,
    );
    const full = await runCli([...args, '--full'], files);
    expect(full.code).toBe(2);
    const size = (text: string) => Number(/about ([\d.,]+) GB/.exec(text)![1].replace(/,/g, ''));
    expect(size(full.stderr)).toBeGreaterThan(size(slim.stderr));
  }, 60_000);
});
