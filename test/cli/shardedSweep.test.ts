// A 500-point × 100-replication sweep scaled down: 50 points × 4 replications in 10 shards (strided,
// so every shard holds replications of many points), given to merge in shuffled order.
import { describe, expect, it } from 'vitest';
import { TINY_FILE, TINY_YAML } from '../experiments/tinyScenario.js';
import { runCli } from './memoryIo.js';

const files = { [TINY_FILE]: TINY_YAML };

describe('a sharded sweep, scaled down', () => {
  it('50 points × 4 replications in 10 shards merge into the single-machine report, byte for byte', async () => {
    const args = [
      'sweep',
      TINY_FILE,
      '--param',
      'pools.server.costPerTask',
      '--values',
      '1:50:1',
      '--replications',
      '4',
    ];
    const whole = await runCli([...args, '--json'], files);
    expect(whole.code).toBe(0);
    const shards: Record<string, string> = {};
    for (let k = 1; k <= 10; k++) {
      const s = await runCli([...args, '--shard', 'auto', '--out', `s${k}.json`], files, {
        env: { SLURM_ARRAY_TASK_ID: String(k), SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '10' },
      });
      expect(s.code).toBe(0);
      shards[`s${k}.json`] = s.written[`s${k}.json`];
      expect(JSON.parse(shards[`s${k}.json`]).results).toHaveLength(20);
    }
    const order = [
      's7.json',
      's2.json',
      's10.json',
      's1.json',
      's5.json',
      's3.json',
      's9.json',
      's4.json',
      's8.json',
      's6.json',
    ];
    const merged = await runCli(['merge', ...order, '--json'], shards);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
  }, 180_000);
});
