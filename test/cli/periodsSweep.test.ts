// sweep --periods: every point holds its figures per period, as run --periods gives them for that
// point's design, and sharded sweeps and compares with periods merge into the single-machine report.
import { describe, expect, it } from 'vitest';
import { TINY_FILE, TINY_YAML } from '../experiments/tinyScenario.js';
import { runCli } from './memoryIo.js';

const files = { [TINY_FILE]: TINY_YAML };
const SWEEP = ['sweep', TINY_FILE, '--param', 'pools.server.capacity', '--values', '1,2', '--replications', '3'];

describe('opsim sweep --periods', () => {
  it("gives each point the periods of opsim run --periods on that point's design", async () => {
    const sweep = await runCli([...SWEEP, '--periods', 'week', '--json'], files);
    expect(sweep.code, sweep.stderr).toBe(0);
    const points = (JSON.parse(sweep.stdout) as { points: { periods: unknown[] }[] }).points;
    // Point 1 is capacity 2, which is the tiny file's extra-server variant.
    const run = await runCli(
      ['run', TINY_FILE, '--variant', 'extra-server', '--replications', '3', '--periods', 'week', '--json'],
      files,
    );
    expect(points[1].periods).toEqual((JSON.parse(run.stdout) as { periods: unknown[] }).periods);
    expect(points[0].periods).toHaveLength(2); // two weeks, the first from the warm-up on
  });

  it('gives each point its differences per period from the previous point, as compare --periods gives a variant from its base', async () => {
    const sweep = JSON.parse((await runCli([...SWEEP, '--periods', 'week', '--json'], files)).stdout) as {
      points: { periodsVsPrevious: unknown }[];
      periodSignificance: unknown;
    };
    const compare = JSON.parse(
      (
        await runCli(
          ['compare', TINY_FILE, '--variants', 'extra-server', '--replications', '3', '--periods', 'week', '--json'],
          files,
        )
      ).stdout,
    ) as { differences: { periods: unknown }[]; periodSignificance: unknown };
    // Point 1 (capacity 2) is the extra-server variant and point 0 the base: one pair, one family, the same flags.
    expect(sweep.points[0].periodsVsPrevious).toBeNull();
    expect(sweep.points[1].periodsVsPrevious).toEqual(compare.differences[0].periods);
    expect(sweep.periodSignificance).toEqual(compare.periodSignificance);
    const text = await runCli([...SWEEP, '--periods', 'week'], files);
    expect(text.stdout).toContain('point 1 vs point 0 per period (paired differences, common random numbers;');
  });

  it('leaves a sweep without --periods as it was: no periods in the JSON', async () => {
    const sweep = await runCli([...SWEEP, '--json'], files);
    expect(sweep.stdout).not.toContain('"periods');
    expect(sweep.stdout).not.toContain('periodSignificance');
  });

  it('prints a table per point, and CSV has it too', async () => {
    const text = await runCli([...SWEEP, '--periods', 'week'], files);
    expect(text.stdout).toContain('Per period — point 0 (pools.server.capacity = 1) (mean ± 95% CI)');
    expect(text.stdout).toContain('Per period — point 1 (pools.server.capacity = 2) (mean ± 95% CI)');
    const csv = await runCli([...SWEEP, '--periods', 'week', '--csv'], files);
    expect(csv.stdout).toContain('# Per period — point 1 (pools.server.capacity = 2) (mean ± 95% CI)');
  });

  it('rejects a period it does not know, as run and compare do', async () => {
    const r = await runCli([...SWEEP, '--periods', 'fortnight'], files);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--periods: expected week, month or quarter, got "fortnight"');
  });

  it.each([
    ['sweep', SWEEP],
    ['compare', ['compare', TINY_FILE, '--replications', '3']],
  ])('a sharded %s with --periods merges into the single-machine report, byte for byte', async (_, args) => {
    const argv = [...args, '--periods', 'week'];
    const whole = await runCli([...argv, '--json'], files);
    expect(whole.code, whole.stderr).toBe(0);
    const shards: Record<string, string> = {};
    for (let k = 1; k <= 3; k++) {
      const s = await runCli([...argv, '--shard', `${k}/3`, '--out', `s${k}.json`], files);
      expect(s.code, s.stderr).toBe(0);
      shards[`s${k}.json`] = s.written[`s${k}.json`];
    }
    const merged = await runCli(['merge', 's3.json', 's1.json', 's2.json', '--json'], shards);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
  });
});
