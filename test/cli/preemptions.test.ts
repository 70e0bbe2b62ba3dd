// The steps table of `opsim run` counts a pre-emptive step's interruptions; a file without
// `queue.preempt` has neither the column nor the figure.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TINY_FILE, TINY_YAML } from '../experiments/tinyScenario.js';
import { runCli } from './memoryIo.js';

const PREEMPTIVE = 'priority-preemptive-mm1.yaml';
const text = readFileSync(new URL(`../../scenarios/validation/${PREEMPTIVE}`, import.meta.url), 'utf8').replace(
  'horizon: 11w',
  'horizon: 2w',
);

describe('pre-emptions in the CLI', () => {
  it('run: a pre-emptions column in the steps table, with the report JSON figure', async () => {
    const files = { [PREEMPTIVE]: text };
    const r = await runCli(['run', PREEMPTIVE, '--replications', '2'], files);
    expect(r.code).toBe(0);
    const header = r.stdout.split('\n').find((l) => l.startsWith('step '))!;
    expect(header.trim().endsWith('pre-emptions')).toBe(true);
    const report = JSON.parse((await runCli(['run', PREEMPTIVE, '--replications', '2', '--json'], files)).stdout);
    const ci = report.steps.queue.preemptions;
    expect(ci.mean).toBeGreaterThan(0);
    expect(report.steps.done.preemptions).toBeUndefined();
    const row = r.stdout.split('\n').find((l) => l.startsWith('queue '))!;
    expect(row).toMatch(/ ± [\d.,]+$/);
    const csv = await runCli(['run', PREEMPTIVE, '--replications', '2', '--csv'], files);
    expect(csv.stdout).toContain('pre-emptions');
  });

  it('run: no column and no figure without queue.preempt', async () => {
    const files = { [TINY_FILE]: TINY_YAML };
    const r = await runCli(['run', TINY_FILE, '--replications', '2'], files);
    expect(r.stdout).not.toContain('pre-emptions');
    const report = JSON.parse((await runCli(['run', TINY_FILE, '--replications', '2', '--json'], files)).stdout);
    expect(Object.values(report.steps).some((s) => 'preemptions' in (s as object))).toBe(false);
  });
});
