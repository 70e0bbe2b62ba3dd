import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare, loadScenario, merge, OpsimError, reportJson, run, sweep, version } from '../../src/api/index.js';
import { TINY_FILE, TINY_YAML } from '../experiments/tinyScenario.js';
import { runCli } from '../cli/memoryIo.js';
import { parse } from 'yaml';

const files = { [TINY_FILE]: TINY_YAML };

describe('the library API gives the reports the CLI prints, byte for byte', () => {
  it('run(text) and run(loadScenario(text, { file })) match opsim run --json, base and variant', async () => {
    const cli = await runCli(['run', TINY_FILE, '--json', '--replications', '3'], files);
    expect(reportJson(await run(TINY_YAML, { replications: 3 }))).toBe(cli.stdout);
    const scenario = loadScenario(TINY_YAML, { file: TINY_FILE });
    const variant = await runCli(
      ['run', TINY_FILE, '--json', '--variant', 'extra-server', '--seed', '11', '--warmup', '2d'],
      files,
    );
    expect(reportJson(await run(scenario, { variant: 'extra-server', seed: 11, warmup: '2d' }))).toBe(variant.stdout);
  });

  it('run(parsed document) matches run(text)', async () => {
    expect(reportJson(await run(parse(TINY_YAML) as object, { replications: 2 }))).toBe(
      reportJson(await run(TINY_YAML, { replications: 2 })),
    );
  });

  it('run on a bundled scenario file matches opsim run --json on it', async () => {
    const file = 'scenarios/validation/mm1.yaml';
    const text = readFileSync(file, 'utf8');
    const cli = await runCli(['run', file, '--json', '--replications', '2'], { [file]: text });
    expect(reportJson(await run(loadScenario(text, { file }), { replications: 2 }))).toBe(cli.stdout);
  });

  it('compare matches opsim compare --json, with a fixed count and with a precision target', async () => {
    const cli = await runCli(['compare', TINY_FILE, '--json', '--replications', '3'], files);
    expect(reportJson(await compare(TINY_YAML, { replications: 3 }))).toBe(cli.stdout);
    const precise = await runCli(
      ['compare', TINY_FILE, '--json', '--variants', 'extra-server', '--precision', '20%', '--max-replications', '12'],
      files,
    );
    expect(
      reportJson(await compare(TINY_YAML, { variants: ['extra-server'], precision: 0.2, maxReplications: 12 })),
    ).toBe(precise.stdout);
  });

  it('sweep matches opsim sweep --json, for a declared sweep and for params on a variant', async () => {
    const cli = await runCli(['sweep', TINY_FILE, '--json', '--sweep', 'capacity', '--replications', '2'], files);
    expect(reportJson(await sweep(TINY_YAML, { sweep: 'capacity', replications: 2 }))).toBe(cli.stdout);
    const grid = await runCli(
      [
        'sweep',
        TINY_FILE,
        '--json',
        '--variant',
        'extra-server',
        '--param',
        'pools.server.costPerTask',
        '--values',
        '1,3',
        '--replications',
        '2',
        '--objectives',
        'cost,cycle',
      ],
      files,
    );
    const api = await sweep(TINY_YAML, {
      variant: 'extra-server',
      params: [{ path: 'pools.server.costPerTask', values: [1, 3] }],
      replications: 2,
      objectives: ['cost', 'cycle'],
    });
    expect(reportJson(api)).toBe(grid.stdout);
  });

  it('run, compare and sweep with periods match the CLI with --periods', async () => {
    const args = ['--json', '--replications', '2', '--periods', 'week'];
    const cliRun = await runCli(['run', TINY_FILE, ...args], files);
    expect(reportJson(await run(TINY_YAML, { replications: 2, periods: 'week' }))).toBe(cliRun.stdout);
    const cliCompare = await runCli(['compare', TINY_FILE, ...args], files);
    expect(reportJson(await compare(TINY_YAML, { replications: 2, periods: 'week' }))).toBe(cliCompare.stdout);
    const cliSweep = await runCli(['sweep', TINY_FILE, '--sweep', 'capacity', ...args], files);
    expect(reportJson(await sweep(TINY_YAML, { sweep: 'capacity', replications: 2, periods: 'week' }))).toBe(
      cliSweep.stdout,
    );
    expect(cliSweep.stdout).toContain('"periods"');
  });

  it("merge of the CLI's shard files matches opsim merge --json", async () => {
    const args = ['sweep', TINY_FILE, '--sweep', 'capacity', '--replications', '3'];
    const s1 = await runCli([...args, '--shard', '1/2'], files);
    const s2 = await runCli([...args, '--shard', '2/2'], files);
    const cli = await runCli(['merge', 'a.json', 'b.json', '--json'], { 'a.json': s1.stdout, 'b.json': s2.stdout });
    expect(reportJson(merge([s2.stdout, JSON.parse(s1.stdout) as object]))).toBe(cli.stdout);
    expect(() => merge([s1.stdout])).toThrow(OpsimError);
    expect(() => merge([{ name: 'a.json', shard: JSON.parse(s1.stdout) }])).toThrow('merge: missing shard 2/2');
  });
});

describe('errors, progress and cancellation', () => {
  it('an invalid scenario throws one OpsimError carrying every issue with its path and line', () => {
    const bad = TINY_YAML.replace('capacity: 1,', 'capacity: -1,').replace('mean: 6m', 'mean: soon');
    let caught: unknown;
    try {
      loadScenario(bad, { file: 'bad.yaml' });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(OpsimError);
    const e = caught as OpsimError;
    expect(e.kind).toBe('invalid');
    expect(e.issues.map((i) => [i.file, i.path])).toEqual([
      ['bad.yaml', 'pools.server.capacity'],
      ['bad.yaml', 'steps.work.serve.0.time.mean'],
    ]);
    expect(e.issues.every((i) => typeof i.line === 'number')).toBe(true);
    expect(e.message.split('\n')[0]).toMatch(/^bad\.yaml:\d+: pools\.server\.capacity: /);
  });

  it('bad options and unknown names are OpsimErrors naming the option', async () => {
    await expect(run(TINY_YAML, { replications: 0 })).rejects.toThrow(
      'options: replications: expected a whole number >= 1, got 0',
    );
    await expect(run(TINY_YAML, { variant: 'nope' })).rejects.toThrow(
      'tiny.yaml: variants: no variant "nope"; the file declares: extra-server, same'.replace(
        'tiny.yaml',
        'scenario.yaml',
      ),
    );
    await expect(sweep(TINY_YAML, { sweep: 'capacity', objectives: ['beauty'] })).rejects.toThrow(
      /options: objectives: unknown objective "beauty"/,
    );
    await expect(run(TINY_YAML, { warmup: '3w' })).rejects.toThrow(
      /options: warmup: 3w is not shorter than the horizon/,
    );
    expect(() => loadScenario('[1, 2]')).toThrow(OpsimError);
    expect(() => loadScenario(42 as unknown as object)).toThrow(
      /expected the scenario as YAML or JSON text, or as a parsed document/,
    );
  });

  it('onProgress reports every replication, and an aborted signal rejects with its reason, between replications', async () => {
    const seen: [number, number][] = [];
    await run(TINY_YAML, { replications: 3, onProgress: (d, t) => seen.push([d, t]) });
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    const controller = new AbortController();
    const aborted = run(TINY_YAML, {
      replications: 50,
      signal: controller.signal,
      onProgress: (d) => {
        if (d === 2) controller.abort();
      },
    });
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
    await expect(run(TINY_YAML, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it("version is package.json's", () => {
    expect(version).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  });
});
