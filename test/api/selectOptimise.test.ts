import { describe, expect, it } from 'vitest';
import { optimise, OpsimError, reportJson, select } from '../../src/api/index.js';
import { TINY_FILE, TINY_YAML } from '../experiments/tinyScenario.js';
import { TANDEM_FILE, TANDEM_YAML } from '../experiments/optimise/tandemScenario.js';
import { runCli } from '../cli/memoryIo.js';

describe('select(scenario, options) gives the report opsim select prints, byte for byte', () => {
  const files = { [TINY_FILE]: TINY_YAML };

  it('among variants, with a constraint and a confidence', async () => {
    const cli = await runCli(
      [
        'select',
        TINY_FILE,
        '--json',
        '--objective',
        'cycleTime',
        '--delta',
        '3m',
        '--constraint',
        'throughput>=100',
        '--confidence',
        '90%',
      ],
      files,
    );
    expect(cli.code).toBe(0);
    const api = await select(TINY_YAML, {
      objective: 'cycleTime',
      delta: '3m',
      constraints: ['throughput>=100'],
      confidence: 0.9,
    });
    expect(reportJson(api)).toBe(cli.stdout);
    expect(api.selected).toBe('extra-server');
  });

  it('among the points of a declared sweep, with independent streams and a small batch', async () => {
    const args = [
      '--objective',
      'cycleTime',
      '--delta',
      '0.05',
      '--sweep',
      'capacity',
      '--independent',
      '--batch',
      '2',
    ];
    const cli = await runCli(['select', TINY_FILE, '--json', ...args], files);
    const api = await select(TINY_YAML, {
      objective: 'cycleTime',
      delta: 0.05,
      sweep: 'capacity',
      independent: true,
      batch: 2,
    });
    expect(reportJson(api)).toBe(cli.stdout);
  });

  it('names the option that is wrong in one OpsimError', async () => {
    await expect(select(TINY_YAML, { objective: 'cycleTime' })).rejects.toThrow(
      /options: delta: required; the smallest difference in mean cycle time worth acting on/,
    );
    await expect(select(TINY_YAML, { objective: 'beauty', delta: 1 })).rejects.toThrow(
      /options: objective: unknown figure "beauty"/,
    );
    await expect(
      select(TINY_YAML, { objective: 'cycleTime', delta: 1, constraints: ['cycleTime<=2h'] }),
    ).rejects.toMatchObject({
      name: 'OpsimError',
      kind: 'invalid',
      issues: [{ file: 'options', path: 'constraints.0' }],
    });
    await expect(select(TINY_YAML, { delta: 1, firstStage: 1 })).rejects.toThrow(
      'options: firstStage: expected a whole number >= 2, got 1',
    );
    await expect(select(TINY_YAML, { delta: 1, variants: ['nope'] })).rejects.toBeInstanceOf(OpsimError);
  });

  it('reports progress and rejects with the reason when the signal aborts', async () => {
    const controller = new AbortController();
    let calls = 0;
    const run = select(TINY_YAML, {
      objective: 'cycleTime',
      delta: 0.001,
      signal: controller.signal,
      onProgress: () => {
        if (++calls === 3) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toBeGreaterThanOrEqual(3);
  });
});

describe('optimise(scenario, options) gives the report opsim optimise prints, byte for byte', () => {
  it("finds the tandem line's Jackson optimum, exhaustively and after screening", async () => {
    const files = { [TANDEM_FILE]: TANDEM_YAML };
    const goal = ['--objective', 'decisionCost', '--constraint', 'cycleTime<=0.8h±0.05h', '--delta', '10'];
    const cli = await runCli(['optimise', TANDEM_FILE, '--json', ...goal], files);
    const phases: string[] = [];
    const api = await optimise(TANDEM_YAML, {
      objective: 'decisionCost',
      constraints: ['cycleTime<=0.8h±0.05h'],
      delta: 10,
      onPhase: (t) => phases.push(t),
    });
    expect(reportJson(api)).toBe(cli.stdout);
    expect(api.best?.values).toEqual({ a: 3, b: 4 });
    expect(phases.length).toBeGreaterThan(0);
    const screened = await runCli(
      ['optimise', TANDEM_FILE, '--json', ...goal, '--exhaustive', '4', '--finalists', '3'],
      files,
    );
    const api2 = await optimise(TANDEM_YAML, {
      objective: 'decisionCost',
      constraints: ['cycleTime<=0.8h±0.05h'],
      delta: 10,
      exhaustive: 4,
      finalists: 3,
    });
    expect(reportJson(api2)).toBe(screened.stdout);
  });

  it('refuses a file without decisions, naming the field', async () => {
    await expect(optimise(TINY_YAML, { delta: 1 })).rejects.toThrow(
      /scenario\.yaml: decisions: the file declares no decisions/,
    );
  });
});
