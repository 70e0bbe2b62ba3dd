// An executive without a decision budget has a budget use of 0 by definition; printed as 0.0% it would
// read as "nothing of the budget used" rather than "no limit". The text tables say no budget instead.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './memoryIo.js';

const file = 'scenarios/validation/forum.yaml';
const files = { [file]: readFileSync(file, 'utf8') };

describe('an executive without a decision budget', () => {
  it('shows no budget use in the headline and the executives table, and 0 in the JSON', async () => {
    const text = await runCli(['run', file, '--replications', '2'], files);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^budget use of coo \(no budget\)\s+-$/m);
    expect(text.stdout).not.toMatch(/budget use of coo\s+0\.0%/);
    expect(text.stdout).toMatch(/^coo(\s+\S+){10}\s+-$/m);
    const json = JSON.parse((await runCli(['run', file, '--replications', '2', '--json'], files)).stdout);
    expect(json.headline['budgetUse:coo'].mean).toBe(0);
    expect(json.executives.coo.budgetHours.mean).toBe(0);
  });
});
