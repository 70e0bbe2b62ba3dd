// A difference whose 95% interval leaves out 0 but which Holm's correction does not flag: beside a
// bare "no" the interval reads as a contradiction. The difference tables say "not among N" for it,
// and "no" only where the interval takes in 0; the JSON keeps its flags.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { heldBackByCorrection, significanceLabel } from '../../src/experiments/index.js';
import { runCli } from './memoryIo.js';

const file = 'scenarios/company/ai-native.yaml';
const files = { [file]: readFileSync(file, 'utf8') };
const args = ['compare', file, '--variants', 'add-reviewers', '--replications', '4'];

describe('a difference held back by the correction', () => {
  it("reads 'not among N' in the text table exactly where the JSON's interval leaves out 0 and its flag is false", async () => {
    const json = JSON.parse((await runCli([...args, '--json'], files)).stdout);
    const tests: number = json.significance.tests;
    const metrics = json.differences[0].metrics as Record<string, Parameters<typeof significanceLabel>[0]>;
    const held = Object.keys(metrics).filter((k) => heldBackByCorrection(metrics[k]));
    expect(held.length).toBeGreaterThan(0);
    for (const k of held) {
      const d = metrics[k];
      expect(d.significant).toBe(false);
      expect(d.lo > 0 || d.hi < 0).toBe(true);
    }
    const csv = (await runCli([...args, '--csv'], files)).stdout;
    const rows = csv.split('\n').filter((l) => l.endsWith(`not among ${tests}`));
    expect(rows.length).toBe(held.length);
    const text = (await runCli(args, files)).stdout;
    expect(text).toContain(`not among ${tests}`);
  });

  it('labels yes, no and not among N', () => {
    const d = {
      mean: -1.4,
      half: 0.9,
      lo: -2.3,
      hi: -0.5,
      n: 4,
      relative: null,
      p: 0.02,
      pAdjusted: 0.6,
      significant: false,
    };
    expect(significanceLabel(d, 31)).toBe('not among 31');
    expect(significanceLabel({ ...d, half: 2, lo: -3.4, hi: 0.6 }, 31)).toBe('no');
    expect(significanceLabel({ ...d, significant: true, pAdjusted: 0.01 }, 31)).toBe('yes');
    // No spread: never flagged, and not held back either (nothing was tested).
    expect(significanceLabel({ ...d, half: 0, lo: -1.4, hi: -1.4 }, 31)).toBe('no');
  });
});
