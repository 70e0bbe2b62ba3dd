// The complete timeline example of docs/scenario-format.md runs, base and variants.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { simulate } from '../../src/core/index.js';
import { loadScenario, withPeriods } from '../../src/scenario/index.js';

const doc = readFileSync(new URL('../../docs/scenario-format.md', import.meta.url), 'utf8');
const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);

test('the complete timeline example in docs/scenario-format.md loads and runs, each of its designs', () => {
  const example = blocks.find((b) => b.startsWith('opsim: 1\nname: Phased rollout of agents'))!;
  for (const variant of [undefined, 'phased', 'at-once']) {
    const loaded = loadScenario({ file: 'docs.yaml', text: example }, { variant });
    if (!loaded.ok) throw new Error(`${variant ?? 'base'}: ${JSON.stringify(loaded.issues)}`);
    const run = simulate(withPeriods(loaded.model, '2027-01-04', 'month'), { seed: 1, replication: 0 });
    expect(run.periods!.map((p) => p.label)).toEqual([
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
    ]);
    expect(run.overall.arrived).toBeGreaterThan(0);
  }
});
