// A design that finishes no item has no cost per done item and no cycle time: its runs report 0 for
// both, and select (whose default objective is cost per done item) once selected such a design as
// the best. It now stops with a message naming the design, on one machine and when sharded alike.
import { describe, expect, it } from 'vitest';
import { TINY_FILE, TINY_REJECT_ALL_YAML } from '../experiments/tinyScenario.js';
import { runCli } from './memoryIo.js';

const files = { [TINY_FILE]: TINY_REJECT_ALL_YAML };
const message =
  'opsim: design reject-all finished no item in replication 0, so its cost per done item is not defined ' +
  '(a run reports 0 for it, which would rank a design that finishes nothing as the best). Leave that design out, ' +
  'or rank on a figure every run has, such as max:throughputPerWeek.\n';

describe('select with a design that finishes nothing', () => {
  it('stops with a message naming the design, rather than selecting it; without it, selects as before', async () => {
    // Both edits took: the variant and its exit.
    expect(TINY_REJECT_ALL_YAML).toContain('  reject-all:');
    expect(TINY_REJECT_ALL_YAML).toContain('  nope: { kind: exit, outcome: rejected }');
    const select = ['select', TINY_FILE, '--delta', '0.5'];
    expect(await runCli(select, files)).toMatchObject({ code: 2, stdout: '', stderr: message });
    // Cycle time is taken over the items done too.
    expect((await runCli([...select, '--objective', 'min:cycleTime'], files)).stderr).toContain(
      'design reject-all finished no item in replication 0, so its mean cycle time is not defined',
    );
    // And so are its percentiles, which the headline does not carry, as a limit as well as an objective.
    expect(
      (await runCli([...select, '--objective', 'min:throughputPerWeek', '--constraint', 'cycleTimeP90<=48h'], files))
        .stderr,
    ).toContain('design reject-all finished no item in replication 0, so its cycle time p90 is not defined');
    const without = await runCli([...select, '--variants', 'same,extra-server'], files);
    expect(without.code).toBe(0);
    expect(without.stdout).toMatch(/^Selected: (base|same|extra-server)$/m);
  });

  it('sharded, the merge stops with the same message', async () => {
    const shards: Record<string, string> = {};
    for (const k of [1, 2]) {
      const s = await runCli(
        // A cap of 40 rather than 1,000: the design fails at its first replication either way.
        ['select', TINY_FILE, '--delta', '0.5', '--max-replications', '40', '--shard', `${k}/2`, '--out', `s${k}.json`],
        files,
      );
      expect(s.code).toBe(0);
      shards[`s${k}.json`] = s.written[`s${k}.json`];
    }
    const merged = await runCli(['merge', 's1.json', 's2.json'], shards);
    expect(merged.code).toBe(2);
    expect(merged.stderr).toContain(message.replace('opsim: ', ''));
  });
});
