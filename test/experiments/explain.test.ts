import { describe, expect, it } from 'vitest';
import { summariseRuns } from '../../src/experiments/designReport.js';
import { explainDifferences } from '../../src/experiments/explain.js';
import { headlineOf } from '../../src/experiments/headline.js';
import { pairedDifference } from '../../src/experiments/pairedDifference.js';
import { fakeRun, type FakeKnobs } from './fakeRun.js';

const runs = (k: FakeKnobs[]) => k.map((knobs, replication) => fakeRun({ ...knobs, replication }));

describe('explainDifferences(design, base, variant, differences)', () => {
  it('names the metric, the size of the change and the steps and pools that moved most', () => {
    const base = runs([{ cycle: 5, wait: 1, utilisation: 0.5 }, { cycle: 6, wait: 1.2, utilisation: 0.52 }, { cycle: 5.5, wait: 1.1, utilisation: 0.51 }]);
    const variant = runs([{ cycle: 8, wait: 3, utilisation: 0.8 }, { cycle: 9.3, wait: 3.4, utilisation: 0.84 }, { cycle: 8.5, wait: 3.2, utilisation: 0.82 }]);
    const hb = base.map(headlineOf);
    const hv = variant.map(headlineOf);
    const differences = Object.fromEntries(Object.keys(hb[0]).map((k) => [k, pairedDifference(hv.map((h) => h[k]), hb.map((h) => h[k]))]));
    const out = explainDifferences('lean', summariseRuns(base), summariseRuns(variant), differences);
    expect(out).toEqual([
      {
        design: 'lean',
        metric: 'cycleTime',
        text:
          'Mean cycle time rose 56.4% in lean (5.50 h -> 8.60 h, difference +3.10 ± 0.43). ' +
          'Largest moves: wait at triage +2.10 h (1.10 -> 3.20 h); utilisation of team +31.0 pts (51% -> 82%).',
      },
    ]);
  });

  it('says nothing when nothing changed significantly', () => {
    const same = summariseRuns(runs([{}, {}]));
    const differences = { cycleTime: pairedDifference([5, 5], [5, 5]) };
    expect(explainDifferences('same', same, same, differences)).toEqual([]);
  });
});
