import { describe, expect, it } from 'vitest';
import { TINY_FILE, TINY_YAML } from '../experiments/tinyScenario.js';
import { runCli } from './memoryIo.js';

const files = { [TINY_FILE]: TINY_YAML };
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at /);

describe('opsim exit codes and messages', () => {
  it('run <missing file> exits 2 naming the file', async () => {
    const r = await runCli(['run', 'nope.yaml'], files);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: 'opsim: nope.yaml: cannot read the file (no such file)\n' });
  });

  it('run <file that is not UTF-8> exits 2 saying so, with the offset of the first bad byte', async () => {
    const latin1 = new TextEncoder().encode(TINY_YAML.replace('name: Tiny', 'name: Tiny caf?'));
    latin1[latin1.indexOf(0x3f)] = 0xe9; // é in Latin-1, not a UTF-8 sequence
    const r = await runCli(['run', 'latin1.yaml'], { 'latin1.yaml': latin1 });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(
      /^opsim: latin1\.yaml: the file is not UTF-8 text \(invalid byte 0xe9 at offset \d+\); save it as UTF-8\n$/,
    );
    const utf8 = new TextEncoder().encode(TINY_YAML);
    expect((await runCli(['validate', 'tiny.yaml'], { 'tiny.yaml': utf8 })).stdout).toBe('ok\n');
  });

  it('merge <a file that is not JSON> exits 2 saying it is not a shard file, on one line', async () => {
    const r = await runCli(['merge', 'notes.md'], { 'notes.md': '# Notes\n\nnot a shard\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^opsim: notes\.md: not a shard file: not JSON \([^\n]+\)\n$/);
  });

  it('run <invalid scenario> exits 2 with file: path: message lines and no stack trace', async () => {
    const bad = TINY_YAML.replace('capacity: 1, costPerTask', 'capacity: many, costPerTask');
    const r = await runCli(['run', 'bad.yaml'], { 'bad.yaml': bad });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^bad\.yaml:\d+: pools\.server\.capacity: expected a whole number, found "many"\n$/);
    noStack(r.stderr);
  });

  it('validate prints every issue (exit 2) or ok (exit 0)', async () => {
    expect(await runCli(['validate', TINY_FILE], files)).toMatchObject({ code: 0, stdout: 'ok\n', stderr: '' });
    const bad = TINY_YAML.replace('capacity: 1, costPerTask', 'capacity: many, costPerTask').replace(
      'entry: work',
      'entry: nowhere',
    );
    const r = await runCli(['validate', 'bad.yaml'], { 'bad.yaml': bad });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n').length).toBeGreaterThanOrEqual(2);
    for (const line of r.stderr.trim().split('\n'))
      expect(line).toMatch(/^bad\.yaml(:\d+)?:( variant "[^"]+":)? [\w.-]+: .+/);
  });

  it('run --variant <unknown> exits 2 listing the declared variants', async () => {
    const r = await runCli(['run', TINY_FILE, '--variant', 'bigger'], files);
    expect(r).toMatchObject({
      code: 2,
      stderr: 'opsim: tiny.yaml: variants: no variant "bigger"; the file declares: extra-server, same\n',
    });
  });

  it('compare --variants <unknown> exits 2', async () => {
    const r = await runCli(['compare', TINY_FILE, '--variants', 'same,bigger'], files);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no variant "bigger"');
    expect((await runCli(['compare', TINY_FILE, '--variants', 'same,same'], files)).stderr).toBe(
      'opsim: --variants: "same" is listed twice\n',
    );
  });

  it('compare of a file with no variants exits 2 saying how to get some, not to name them', async () => {
    const plain = TINY_YAML.slice(0, TINY_YAML.indexOf('variants:'));
    expect(await runCli(['compare', 'plain.yaml'], { 'plain.yaml': plain })).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'opsim: plain.yaml: variants: nothing to compare; the file declares no variants. Add a variants section ' +
        '(docs/scenario-format.md), or use opsim run for the one design\n',
    });
  });

  it('compare and select --variants naming nothing exit 2 listing the declared variants', async () => {
    for (const command of ['compare', 'select'])
      for (const value of ['', ' , '])
        expect(await runCli([command, TINY_FILE, '--variants', value], files)).toMatchObject({
          code: 2,
          stdout: '',
          stderr:
            `opsim: --variants: expected variant names separated by commas, found ${JSON.stringify(value)}; ` +
            'the file declares: extra-server, same\n',
        });
  });

  it('sweep --param <path not in the model> exits 2 naming the point and the path', async () => {
    const r = await runCli(
      ['sweep', TINY_FILE, '--param', 'pools.nobody.capacity', '--values', '1,2', '--replications', '2'],
      files,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^opsim: sweep point 0 \(pools\.nobody\.capacity = 1\):\n  tiny\.yaml: pools\.nobody\.capacity: /,
    );
    noStack(r.stderr);
  });

  it('sweep with a value of the wrong type exits 2 naming the point', async () => {
    const r = await runCli(
      ['sweep', TINY_FILE, '--param', 'pools.server.capacity', '--values', '1,lots', '--replications', '2'],
      files,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^opsim: sweep point 1 \(pools\.server\.capacity = "lots"\):\n  tiny\.yaml(:\d+)?: pools\.server\.capacity: /,
    );
  });

  it('sweep over the run limit exits 2 before running anything', async () => {
    const r = await runCli(
      [
        'sweep',
        TINY_FILE,
        '--param',
        'pools.server.capacity',
        '--values',
        '1:200:1',
        '--param2',
        'pools.boss.costPerHour',
        '--values2',
        '1:100:1',
      ],
      files,
    );
    expect(r).toMatchObject({
      code: 2,
      stderr:
        'opsim: sweep: 20000 points × 4 replications = 80000 runs, over the limit of 10000; use fewer values, fewer --replications, or split the job with --shard k/n (n >= 8)\n',
    });
  });

  it('the run limit applies per shard: a shard within it runs, one over it names the shard count needed', async () => {
    const args = [
      'sweep',
      TINY_FILE,
      '--param',
      'pools.server.capacity',
      '--values',
      '1:200:1',
      '--param2',
      'pools.boss.costPerHour',
      '--values2',
      '1:100:1',
    ];
    expect(await runCli([...args, '--shard', '1/4'], files)).toMatchObject({
      code: 2,
      stderr: 'opsim: sweep: shard 1/4 of 80000 runs holds 20000, over the limit of 10000 per shard; use n >= 8\n',
    });
    const small = [
      'sweep',
      TINY_FILE,
      '--param',
      'pools.server.capacity',
      '--values',
      '1:30:1',
      '--replications',
      '400',
    ];
    expect((await runCli(small, files)).stderr).toMatch(/over the limit of 10000; .* \(n >= 2\)\n$/);
    // Within the limit per shard, the command gets past the check (to the next option it reads).
    expect((await runCli([...small, '--shard', '2/2', '--workers', '0'], files)).stderr).toBe(
      'opsim: --workers: expected a whole number >= 1, got "0"\n',
    );
  });

  it('--shards without --shard, --full without --shard, and --shard auto without a runner exit 2', async () => {
    const sweep = ['sweep', TINY_FILE, '--sweep', 'capacity', '--replications', '2'];
    expect(await runCli([...sweep, '--shards', '3'], files)).toMatchObject({
      code: 2,
      stderr: 'opsim: --shards needs --shard auto (or --shard k/n)\n',
    });
    expect(await runCli([...sweep, '--full'], files)).toMatchObject({
      code: 2,
      stderr: 'opsim: --full applies to a shard file; add --shard k/n\n',
    });
    expect((await runCli([...sweep, '--shard', 'auto'], files, { env: {} })).stderr).toMatch(
      /^opsim: --shard auto: no shard index in the environment/,
    );
  });

  it('malformed sweep values and options exit 2 with the expectation', async () => {
    expect(
      (await runCli(['sweep', TINY_FILE, '--param', 'pools.server.capacity', '--values', '1:2'], files)).stderr,
    ).toBe('opsim: --values: expected a range from:to:step with three numbers, got "1:2"\n');
    expect((await runCli(['run', TINY_FILE, '--replications', 'x'], files)).stderr).toBe(
      'opsim: --replications: expected a whole number >= 1, got "x"\n',
    );
    expect((await runCli(['compare', TINY_FILE, '--precision', '150%'], files)).code).toBe(2);
    expect((await runCli(['sweep', TINY_FILE, '--sweep', 'nope'], files)).stderr).toBe(
      'opsim: tiny.yaml: sweeps: no sweep "nope"; the file declares: capacity\n',
    );
    expect((await runCli(['sweep', TINY_FILE, '--sweep', 'capacity', '--objectives', 'happiness'], files)).code).toBe(
      2,
    );
  });

  it('counts past the limit and sweeps of a reserved name exit 2 before any work', async () => {
    const many = await runCli(['run', TINY_FILE, '--replications', '1e9'], files);
    expect([many.code, many.stderr]).toEqual([
      2,
      'opsim: --replications: expected at most 100,000 (the limit), got 1,000,000,000\n',
    ]);
    const proto = await runCli(
      ['sweep', TINY_FILE, '--param', 'steps.__proto__', '--values', '1,2', '--replications', '1'],
      files,
    );
    expect(proto.code).toBe(2);
    expect(proto.stderr).toMatch(/"__proto__" cannot be used as a name/);
  });

  it('unknown commands and options exit 2', async () => {
    expect((await runCli(['frobnicate'], files)).code).toBe(2);
    expect((await runCli(['run', TINY_FILE, '--colour'], files)).code).toBe(2);
  });

  it('a guard tripping exits 1 and prints its message', async () => {
    // About 2,700 arrivals (8/h for two weeks) and as many services: past the pre-flight's lower
    // bound (4,366 events), short of the events they take (about 5,700).
    const limited = TINY_YAML.replace('replications: 4', 'replications: 1\nlimits: { maxEvents: 5000 }');
    const r = await runCli(['run', 'limited.yaml'], { 'limited.yaml': limited });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^opsim: SimulationLimitError: .*5,?000/);
    noStack(r.stderr);
  });

  it('a run that would certainly pass limits.maxEvents is refused before it starts, with the estimate (exit 2)', async () => {
    const limited = TINY_YAML.replace('replications: 4', 'replications: 1\nlimits: { maxEvents: 100 }');
    const r = await runCli(['run', 'limited.yaml'], { 'limited.yaml': limited });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /itemTypes\.\w+\.arrivals: a run would take at least 4,366 events .* more than limits\.maxEvents \(100\); .*raise limits\.maxEvents to run it anyway/,
    );
    noStack(r.stderr);
  });

  it('a rework loop that multiplies the work past limits.maxEvents is refused before it runs, naming the step (exit 2)', async () => {
    // Every task errs and is caught, up to 1,000 rounds, at 2,000 arrivals an hour for four weeks:
    // over a billion services, which the engine's guard stopped only after minutes.
    const runaway = TINY_YAML.replace('replications: 4', 'replications: 1')
      .replace('horizon: 2w', 'horizon: 4w')
      .replace('poisson: 8/h', 'poisson: 2000/h')
      .replace('capacity: 1, costPerTask: 2, errorRate: 0.1', 'capacity: 100000, costPerTask: 2, errorRate: 1')
      .replace(
        'mean: 6m }\n    next: gate',
        'mean: 1m }\n    detect: 1\n    rework: { to: work, maxRounds: 1000, exceeded: done }\n    next: gate',
      );
    const r = await runCli(['run', 'runaway.yaml'], { 'runaway.yaml': runaway });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /steps\.work\.rework: a run would take at least [\d,]+ events .* more than limits\.maxEvents \(200,000,000\): each arrival is served [\d,]+ times at 'work' .*sent back by the rework of 'work' \(maxRounds 1000\)/,
    );
    noStack(r.stderr);
  });

  it('an overloaded model stops at the work-in-progress limit instead of exhausting memory', async () => {
    // 80 arrivals an hour against one server doing 10: the queue at 'work' grows without end.
    const overloaded = TINY_YAML.replace('replications: 4', 'replications: 1\nlimits: { maxWip: 2000 }').replace(
      'poisson: 8/h',
      'poisson: 80/h',
    );
    const r = await runCli(['run', 'overloaded.yaml'], { 'overloaded.yaml': overloaded });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^opsim: SimulationLimitError: Work-in-progress limit reached: more than limits\.maxWip = 2000 items .*'work' \(\d+ waiting\)/,
    );
    noStack(r.stderr);
  });
});
