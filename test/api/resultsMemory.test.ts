// run and compare hold every replication's result until the report; with maxResultsBytes a caller
// that knows its memory has a job that would not fit refused before anything runs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare, loadScenario, OpsimError, run } from '../../src/api/index.js';
import { resultBytes } from '../../src/experiments/index.js';

const file = 'scenarios/company/support-vp.yaml';
const scenario = loadScenario(readFileSync(file, 'utf8'), { file });
const each = resultBytes(scenario.model);

describe('maxResultsBytes', () => {
  it('refuses a run whose results would not fit, with the replications that would', async () => {
    let runs = 0;
    const err = await run(scenario, {
      replications: 30,
      maxResultsBytes: 20.5 * each,
      onProgress: () => void runs++,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpsimError);
    expect((err as OpsimError).kind).toBe('limit');
    expect((err as OpsimError).message).toMatch(/options: replications: 30 replications of 1 design\(s\) would hold/);
    expect((err as OpsimError).message).toContain('at most 20 replications fit');
    expect(runs).toBe(0);
  });

  it('runs a job that fits, and counts every design of a compare and the cap of a precision target', async () => {
    expect((await run(scenario, { replications: 2, maxResultsBytes: 20.5 * each })).replications).toBe(2);
    await expect(compare(scenario, { replications: 11, maxResultsBytes: 20.5 * each })).rejects.toThrow(
      /11 replications of 2 design\(s\)/,
    );
    await expect(
      compare(scenario, { replications: 4, precision: 0.05, maxReplications: 40, maxResultsBytes: 20.5 * each }),
    ).rejects.toThrow(/40 replications of 2 design\(s\)/);
  });

  it('takes only a positive number of bytes', async () => {
    await expect(run(scenario, { replications: 2, maxResultsBytes: 0 })).rejects.toThrow(
      /options: maxResultsBytes: expected a number of bytes > 0, got 0/,
    );
  });
});
