import { describe, expect, it } from 'vitest';
import { TINY_FILE, TINY_YAML } from '../experiments/tinyScenario.js';
import { runCli } from './memoryIo.js';
import { parseScenarioText, variantNames } from '../../src/scenario/index.js';

const files = { [TINY_FILE]: TINY_YAML };

describe('opsim run', () => {
  it('--json parses and holds the documented fields', async () => {
    const r = await runCli(['run', TINY_FILE, '--json', '--replications', '3'], files);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual([
      'format',
      'kind',
      'scenario',
      'design',
      'seed',
      'replications',
      'horizonHours',
      'warmup',
      'warnings',
      'headline',
      'events',
      'overall',
      'byType',
      'cost',
      'steps',
      'pools',
      'executives',
      'executivesTotal',
      'weeks',
      'quality',
      'totals',
    ]);
    expect(report).toMatchObject({
      format: 'opsim-report/2',
      kind: 'run',
      scenario: 'Tiny',
      design: 'base',
      seed: '7',
      replications: 3,
      horizonHours: 336,
      warmup: { method: 'scenario', hours: 24, pilot: null },
    });
    expect(Object.keys(report.headline)).toEqual([
      'throughputPerWeek',
      'cycleTime',
      'costPerDone',
      'costPerOutcome',
      'escalationsPerWeek',
      'escapedDefects',
      'abandonedPerWeek',
      'abandonedShare',
      'blockedPerWeek',
      'blockedShare',
      'inSystemAtEnd',
      'inSystemShare',
      'escalationsPerWeek:boss',
      'adHocPerWeek:boss',
      'forumPerWeek:boss',
      'budgetUse:boss',
      'utilisation:server',
    ]);
    expect(Object.keys(report.headline.cycleTime)).toEqual(['mean', 'half', 'lo', 'hi', 'n']);
    expect(report.steps.work.kind).toBe('step');
    expect(report.steps.work.wait.mean.n).toBe(3);
    expect(report.pools.server.utilisation.mean).toBeGreaterThan(0.7);
    expect(report.pools.server.utilisation.mean).toBeLessThan(0.9);
  });

  it('says above the tables that one replication gives no interval, and nothing of the kind with two', async () => {
    const note = 'one replication: no confidence intervals (the figures are one run; use --replications 2 or more)';
    const one = await runCli(['run', TINY_FILE, '--replications', '1'], files);
    expect(one.stdout.split('\n').slice(0, 4)).toContain(note);
    const two = await runCli(['run', TINY_FILE, '--replications', '2'], files);
    expect(two.stdout).not.toContain('one replication:');
  });

  it('gives byte-identical output for the same run twice', async () => {
    const a = await runCli(['run', TINY_FILE, '--replications', '2'], files);
    const b = await runCli(['run', TINY_FILE, '--replications', '2'], files);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain('Headline');
    expect(a.stdout).toContain('utilisation of server');
  });

  it("--warmup <duration> replaces the file's warm-up, --warmup auto runs an MSER-5 pilot", async () => {
    const fixed = JSON.parse(
      (await runCli(['run', TINY_FILE, '--json', '--replications', '2', '--warmup', '2d'], files)).stdout,
    );
    expect(fixed.warmup).toEqual({ method: 'fixed', hours: 48, pilot: null });
    const auto = JSON.parse(
      (await runCli(['run', TINY_FILE, '--json', '--replications', '2', '--warmup', 'auto'], files)).stdout,
    );
    expect(auto.warmup).toMatchObject({ method: 'auto', pilot: { replications: 2, batchSize: 5, samples: 500 } });
    expect(auto.warmup.hours).toBeLessThan(336 / 2);
    expect((await runCli(['run', TINY_FILE, '--warmup', '3w'], files)).stderr).toBe(
      'opsim: --warmup: 3w is not shorter than the horizon (336 h)\n',
    );
  });

  it('Ctrl-C stops, prints the replications that finished and exits 1', async () => {
    let interrupt = () => {};
    const { inProcessWorker } = await import('../../src/worker/inProcess.js');
    const { workerApi } = await import('../../src/worker/api.js');
    const r = await runCli(['run', TINY_FILE, '--json', '--replications', '6', '--workers', '2'], files, {
      onInterrupt: (h) => {
        interrupt = h;
        return () => {};
      },
      spawnWorker: () => {
        const w = inProcessWorker(workerApi);
        return {
          // --workers 2 is the CLI's process (job 0) and this worker, given two jobs at once (1 and 2).
          // Job 3 goes to the CLI's process when job 0 is done. With two jobs left for two workers this
          // one holds one at a time, so job 4 comes when jobs 1 and 2 are done: then 0, 1 and 2 are
          // done and 3 is running.
          runJob: (job) => {
            if (job.replication === 4) interrupt();
            return w.runJob(job);
          },
          measureJob: w.measureJob,
          terminate: w.terminate,
        };
      },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('opsim: interrupted; the report covers 3 of 6 replications\n');
    expect(JSON.parse(r.stdout).replications).toBe(3);
  });

  it('Ctrl-C during compare reports the replications every design finished, and says how many', async () => {
    let interrupt = () => {};
    let handed = 0;
    const designs = 1 + variantNames(parseScenarioText(TINY_YAML, TINY_FILE).doc).length;
    const { inProcessWorker } = await import('../../src/worker/inProcess.js');
    const { workerApi } = await import('../../src/worker/api.js');
    const r = await runCli(['compare', TINY_FILE, '--json', '--replications', '6', '--workers', '2'], files, {
      onInterrupt: (h) => {
        interrupt = h;
        return () => {};
      },
      spawnWorker: () => {
        const w = inProcessWorker(workerApi);
        return {
          // Stop when this worker is handed its last job (it takes about half of them, beside the CLI's
          // own process), whatever order the designs' jobs come in: some design then lacks a
          // replication another has.
          runJob: (job) => {
            if (++handed === 3 * designs) interrupt();
            return w.runJob(job);
          },
          measureJob: w.measureJob,
          terminate: w.terminate,
        };
      },
    });
    expect(r.code).toBe(1);
    const covered = JSON.parse(r.stdout).replications as number;
    expect(covered).toBeGreaterThan(0);
    expect(covered).toBeLessThan(6);
    expect(r.stderr).toBe(
      `opsim: interrupted; the report covers ${covered} of 6 replications of each design, the ones every design finished\n`,
    );
  });
});

describe('opsim compare', () => {
  it('--json holds designs, paired differences and explanations', async () => {
    const r = await runCli(['compare', TINY_FILE, '--json'], files);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.designs.map((d: { name: string }) => d.name)).toEqual(['base', 'extra-server', 'same']);
    expect(report.stopping).toEqual({ rule: 'fixed', target: null, maxReplications: null, imprecise: [] });
    const extra = report.differences[0];
    expect(extra.design).toBe('extra-server');
    expect(extra.metrics.cycleTime.significant).toBe(true);
    expect(extra.metrics.cycleTime.mean).toBeLessThan(0);
    expect(report.differences[1].metrics.cycleTime).toEqual({
      mean: 0,
      half: 0,
      lo: 0,
      hi: 0,
      n: 4,
      relative: 0,
      p: 1,
      pAdjusted: 1,
      significant: false,
    });
    // Identical designs' differences have no width: they are not tested, so the family is extra-server's.
    const tested = Object.values(extra.metrics as Record<string, { half: number }>).filter((d) => d.half > 0).length;
    expect(report.significance).toEqual({ method: 'holm', alpha: 0.05, tests: tested });
    expect(report.explanations.map((e: { design: string; metric: string }) => `${e.design}/${e.metric}`)).toContain(
      'extra-server/cycleTime',
    );
    const text = report.explanations.find((e: { metric: string }) => e.metric === 'cycleTime').text;
    expect(text).toMatch(
      /^Mean cycle time fell [\d.]+% in extra-server \(.* h -> .* h, difference -[\d.]+ ± [\d.]+ h\)\./,
    );
  });

  it('--warmup auto pilots every design and uses the longest warm-up for all', async () => {
    const report = JSON.parse(
      (await runCli(['compare', TINY_FILE, '--json', '--replications', '2', '--warmup', 'auto'], files)).stdout,
    );
    expect(report.warmup).toMatchObject({ method: 'auto', pilot: { replications: 2 } });
    expect(report.warmup.hours).toBeGreaterThanOrEqual(0);
    expect(report.warmup.hours).toBeLessThan(168);
  });

  it('--csv and --md render the same tables', async () => {
    const csv = await runCli(['compare', TINY_FILE, '--csv', '--replications', '2'], files);
    expect(csv.stdout.split('\n')[0]).toBe('# Designs (mean ± 95% CI)');
    expect(csv.stdout.split('\n')[1]).toBe(
      'metric,base,base lo,base hi,extra-server,extra-server lo,extra-server hi,same,same lo,same hi',
    );
    const md = await runCli(['compare', TINY_FILE, '--md', '--replications', '2'], files);
    expect(md.stdout).toContain(
      '### Designs (mean ± 95% CI)\n\n| metric | base | extra-server | same |\n| --- | ---: | ---: | ---: |\n',
    );
  });

  it('--precision adds replications until the intervals are tight, or stops at the cap and says so', async () => {
    const reached = JSON.parse(
      (
        await runCli(
          ['compare', TINY_FILE, '--json', '--variants', 'extra-server', '--replications', '3', '--precision', '50%'],
          files,
        )
      ).stdout,
    );
    expect(reached.stopping.rule).toBe('precision');
    expect(reached.stopping.imprecise).toEqual([]);
    const capped = await runCli(
      [
        'compare',
        TINY_FILE,
        '--variants',
        'extra-server',
        '--replications',
        '3',
        '--precision',
        '0.1%',
        '--max-replications',
        '5',
      ],
      files,
    );
    expect(capped.code).toBe(0);
    expect(capped.stdout).toContain('stopped at the cap of 5 replications before ±0.1% precision');
    expect(capped.stderr).toMatch(
      /^opsim: stopped at --max-replications 5 before reaching ±0\.1% on \d+ metric\(s\): base\//,
    );
  });
});

describe('opsim sweep', () => {
  it('--sweep <declared> runs every point and marks the Pareto front', async () => {
    const r = await runCli(
      ['sweep', TINY_FILE, '--sweep', 'capacity', '--json', '--replications', '2', '--objectives', 'cost,cycle'],
      files,
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.params).toEqual([{ path: 'pools.server.capacity', values: [1, 2] }]);
    expect(report.objectives).toEqual([
      { key: 'costPerDone', direction: 'min' },
      { key: 'cycleTime', direction: 'min' },
    ]);
    expect(report.points.map((p: { values: object }) => p.values)).toEqual([
      { 'pools.server.capacity': 1 },
      { 'pools.server.capacity': 2 },
    ]);
    expect(report.pareto).toContain(1);
  });

  it('--param/--values2 build a grid, first parameter slowest', async () => {
    const r = await runCli(
      [
        'sweep',
        TINY_FILE,
        '--param',
        'pools.server.capacity',
        '--values',
        '1:2:1',
        '--param2',
        'pools.server.costPerTask',
        '--values2',
        '1,3',
        '--replications',
        '2',
        '--json',
      ],
      files,
    );
    const report = JSON.parse(r.stdout);
    expect(report.points.map((p: { values: Record<string, number> }) => Object.values(p.values))).toEqual([
      [1, 1],
      [1, 3],
      [2, 1],
      [2, 3],
    ]);
  });
});

describe('opsim merge', () => {
  it('merges compare shards into exactly the unsharded report', async () => {
    const args = ['compare', TINY_FILE, '--replications', '3'];
    const whole = await runCli([...args, '--json'], files);
    const shardFiles: Record<string, string> = { ...files };
    for (const k of [2, 1, 3]) {
      const s = await runCli([...args, '--shard', `${k}/3`, '--out', `s${k}.json`], files);
      expect(s.code).toBe(0);
      shardFiles[`s${k}.json`] = s.written[`s${k}.json`];
    }
    const merged = await runCli(['merge', 's3.json', 's1.json', 's2.json', '--json'], shardFiles);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
  });

  it('merges sweep shards into exactly the unsharded report', async () => {
    const args = ['sweep', TINY_FILE, '--sweep', 'capacity', '--replications', '3'];
    const whole = await runCli([...args, '--json'], files);
    const s1 = await runCli([...args, '--shard', '1/2'], files);
    const s2 = await runCli([...args, '--shard', '2/2'], files);
    const merged = await runCli(['merge', 'a.json', 'b.json', '--json'], { 'a.json': s1.stdout, 'b.json': s2.stdout });
    expect(merged.stdout).toBe(whole.stdout);
  });

  it('refuses shards of two files that differ in one headcount, naming both files (exit 2)', async () => {
    const copy = TINY_YAML.replace('server: { kind: agent, capacity: 1,', 'server: { kind: agent, capacity: 2,');
    expect(copy).not.toBe(TINY_YAML);
    const args = (file: string, k: number) => [
      'compare',
      file,
      '--replications',
      '2',
      '--shard',
      `${k}/2`,
      '--out',
      `s${k}.json`,
    ];
    const a = await runCli(args(TINY_FILE, 1), files);
    const b = await runCli(args('copy.yaml', 2), { 'copy.yaml': copy });
    const merged = await runCli(['merge', 's1.json', 's2.json'], {
      's1.json': a.written['s1.json'],
      's2.json': b.written['s2.json'],
    });
    expect(merged.code).toBe(2);
    expect(merged.stderr).toMatch(
      /^opsim: merge: s1\.json and s2\.json come from different jobs: the scenario differs \(resolved scenario fingerprint [0-9a-f]{12}… vs [0-9a-f]{12}…\)\n$/,
    );
  });

  it('refuses a shard whose figures were edited inside a valid file (exit 2)', async () => {
    const args = ['sweep', TINY_FILE, '--sweep', 'capacity', '--replications', '2'];
    const s1 = await runCli([...args, '--shard', '1/2'], files);
    const s2 = await runCli([...args, '--shard', '2/2'], files);
    const edited = JSON.parse(s2.stdout);
    edited.results[0].headline.costPerOutcome = 1;
    const merged = await runCli(['merge', 'a.json', 'b.json'], {
      'a.json': s1.stdout,
      'b.json': JSON.stringify(edited),
    });
    expect(merged).toMatchObject({
      code: 2,
      stderr:
        'opsim: merge: b.json: its contents do not match its contentHash (the file was edited or damaged); run shard 2/2 again\n',
    });
    // Whitespace is not content: a reformatted shard still merges.
    const pretty = await runCli(['merge', 'a.json', 'b.json', '--json'], {
      'a.json': s1.stdout,
      'b.json': JSON.stringify(JSON.parse(s2.stdout), null, 2),
    });
    expect(pretty.code).toBe(0);
  });

  it("--shard auto reads the runner's environment; sweep shards keep slices unless --full", async () => {
    const args = ['sweep', TINY_FILE, '--sweep', 'capacity', '--replications', '3'];
    const whole = await runCli([...args, '--json'], files);
    const k8s = await runCli([...args, '--shard', 'auto', '--shards', '2'], files, {
      env: { JOB_COMPLETION_INDEX: '0' },
    });
    const slurm = await runCli([...args, '--shard', 'auto', '--full'], files, {
      env: { SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '2' },
    });
    expect(JSON.parse(k8s.stdout)).toMatchObject({ shard: { k: 1, n: 2 }, keeps: 'sweep' });
    expect(JSON.parse(slurm.stdout)).toMatchObject({ shard: { k: 2, n: 2 }, keeps: 'runs' });
    const merged = await runCli(['merge', 'a.json', 'b.json', '--json'], {
      'a.json': k8s.stdout,
      'b.json': slurm.stdout,
    });
    expect(merged.stdout).toBe(whole.stdout);
  });

  it('refuses incomplete or mismatched shard sets with exit 2', async () => {
    const s1 = await runCli(
      ['sweep', TINY_FILE, '--sweep', 'capacity', '--replications', '2', '--shard', '1/2'],
      files,
    );
    const other = await runCli(
      ['sweep', TINY_FILE, '--sweep', 'capacity', '--replications', '2', '--seed', '9', '--shard', '2/2'],
      files,
    );
    expect(await runCli(['merge', 'a.json'], { 'a.json': s1.stdout })).toMatchObject({
      code: 2,
      stderr: 'opsim: merge: missing shard 2/2\n',
    });
    const mixed = await runCli(['merge', 'a.json', 'b.json'], { 'a.json': s1.stdout, 'b.json': other.stdout });
    expect(mixed).toMatchObject({
      code: 2,
      stderr: 'opsim: merge: a.json and b.json come from different jobs: the options differ (seed: "7" vs "9")\n',
    });
    expect(await runCli(['merge', 'x.json'], { 'x.json': '{"hello": 1}' })).toMatchObject({
      code: 2,
      stderr: 'opsim: merge: x.json: not an opsim shard (expected "format": "opsim-shard/3")\n',
    });
    expect((await runCli(['compare', TINY_FILE, '--shard', '1/2', '--precision', '5%'], files)).code).toBe(2);
  });
});
