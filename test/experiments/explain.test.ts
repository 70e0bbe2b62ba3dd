import { describe, expect, it } from 'vitest';
import { explainDifferences } from '../../src/experiments/explain/index.js';
import { headlineOf } from '../../src/experiments/headline.js';
import { pairedDifference } from '../../src/experiments/pairedDifference.js';
import { fakeRun, type FakeKnobs } from './fakeRun.js';

const runs = (k: FakeKnobs[]) => k.map((knobs, replication) => fakeRun({ ...knobs, replication }));

function differencesOf(base: ReturnType<typeof runs>, variant: ReturnType<typeof runs>) {
  const hb = base.map(headlineOf);
  const hv = variant.map(headlineOf);
  return Object.fromEntries(
    Object.keys(hb[0]).map((k) => [
      k,
      pairedDifference(
        hv.map((h) => h[k]),
        hb.map((h) => h[k]),
      ),
    ]),
  );
}

const headlinesOf = (base: ReturnType<typeof runs>, variant: ReturnType<typeof runs>) => ({
  base: base.map(headlineOf),
  variant: variant.map(headlineOf),
});

/** A replication that finished nothing, as the engine reports it: 0 done, and 0 for the figures over the items done. */
const IDLE: FakeKnobs = { throughput: 0, cycle: 0, wait: 0, cost: 0 };

describe('explainDifferences(design, base, variant, differences, headlines)', () => {
  it('splits a cycle-time rise into the parts that add up to it and names the forum wait that drove it', () => {
    const base = runs([
      { cycle: 5, wait: 1 },
      { cycle: 6, wait: 1.2 },
      { cycle: 5.5, wait: 1.1 },
    ]);
    // The variant sends every item through a forum: about 3 h of batching wait, service unchanged but noisy.
    const variant = runs([
      { cycle: 8, wait: 1, forumWait: 3 },
      { cycle: 9.3, wait: 1.2, forumWait: 3.2 },
      { cycle: 8.5, wait: 1.1, forumWait: 2.9 },
    ]);
    const out = explainDifferences(
      'weekly-review',
      base,
      variant,
      differencesOf(base, variant),
      headlinesOf(base, variant),
    );
    const cycle = out.find((e) => e.metric === 'cycleTime')!;
    expect(cycle.text).toBe(
      'Mean cycle time rose 56.4% in weekly-review (5.50 h -> 8.60 h, difference +3.10 ± 0.43 h). ' +
        'Of that: wait at review +3.03 ± 0.38 h (98%; 1.00 visits per item x 3.03 h per visit, no visits before). ' +
        'All other parts together: +0.07 h.',
    );
    const parts = cycle.decomposition!.parts;
    expect(parts.map((c) => c.part)).toEqual(['wait:review', 'service:triage']);
    const sum = parts.reduce((s, c) => s + c.difference.mean, 0);
    expect(sum).toBeCloseTo(3.1, 12);
    expect(cycle.decomposition!.total).toBeCloseTo(3.1, 12);
  });

  it('says plainly when a move is noise', () => {
    const base = runs([{ cycle: 5 }, { cycle: 6 }, { cycle: 5.5 }]);
    const variant = runs([{ cycle: 5.2 }, { cycle: 5.9 }, { cycle: 5.5 }]);
    const out = explainDifferences('same-ish', base, variant, differencesOf(base, variant), headlinesOf(base, variant));
    expect(out.find((e) => e.metric === 'cycleTime')!.text).toMatch(
      /^Mean cycle time: no significant change in same-ish \(5\.50 h -> 5\.53 h, difference \+0\.03 ± 0\.\d\d h, p = 0\.\d\d\); the move is within the noise of 3 replications\.$/,
    );
  });

  it('says a move the same in every replication is the same each time, not noise; and one replication is too few to judge', () => {
    const base = runs([{ cycle: 5 }, { cycle: 6 }, { cycle: 5.5 }]);
    const variant = runs([{ cycle: 7 }, { cycle: 8 }, { cycle: 7.5 }]);
    const d = differencesOf(base, variant);
    expect(d.cycleTime).toMatchObject({ mean: 2, half: 0, n: 3, significant: false });
    const out = explainDifferences('slower', base, variant, d, headlinesOf(base, variant));
    expect(out.find((e) => e.metric === 'cycleTime')!.text).toBe(
      'Mean cycle time rose in slower by +2.00 h in every one of the 3 replications (5.50 h -> 7.50 h): with no spread ' +
        'to test it against, it is not flagged significant, though it is the same each time.',
    );
    const one = explainDifferences(
      'slower',
      base.slice(0, 1),
      variant.slice(0, 1),
      differencesOf(base.slice(0, 1), variant.slice(0, 1)),
      headlinesOf(base.slice(0, 1), variant.slice(0, 1)),
    );
    expect(one.find((e) => e.metric === 'cycleTime')!.text).toBe(
      'Mean cycle time rose in slower by +2.00 h in the one replication (5.00 h -> 7.00 h): no spread to judge it by, ' +
        'so it is not flagged significant; run more replications.',
    );
  });

  it('says nothing about metrics that did not move at all', () => {
    const same = runs([{}, {}]);
    expect(explainDifferences('same', same, same, differencesOf(same, same), headlinesOf(same, same))).toEqual([]);
  });

  it('explains a move over the replications in which both designs delivered, and its parts still add up to it', () => {
    // The second replication of the base and the fourth of the variant finished nothing: their 0 h
    // cycle times are no value, and only replications 1 and 3 pair.
    const base = runs([{ cycle: 5, wait: 1 }, IDLE, { cycle: 6, wait: 1.2 }, { cycle: 5.5, wait: 1 }]);
    const variant = runs([
      { cycle: 8, wait: 1, forumWait: 3 },
      { cycle: 9.3, wait: 1.2, forumWait: 3.2 },
      { cycle: 9.1, wait: 1.2, forumWait: 2.9 },
      IDLE,
    ]);
    const differences = differencesOf(base, variant);
    expect(differences.cycleTime.n).toBe(2);
    expect(differences.cycleTime.mean).toBeCloseTo((8 - 5 + (9.1 - 6)) / 2, 12);
    expect(differences.throughputPerWeek.n).toBe(4);
    const out = explainDifferences('weekly-review', base, variant, differences, headlinesOf(base, variant));
    const cycle = out.find((e) => e.metric === 'cycleTime')!;
    expect(cycle.text).toMatch(
      /^Mean cycle time rose 55\.5% in weekly-review \(5\.50 h -> 8\.55 h, difference \+3\.05 ± [\d.]+ h over the 2 replications in which both delivered\)\./,
    );
    const parts = cycle.decomposition!.parts;
    for (const c of parts) expect(c.difference.n).toBe(2);
    expect(parts.reduce((s, c) => s + c.difference.mean, 0)).toBeCloseTo(differences.cycleTime.mean, 12);
    expect(cycle.decomposition!.total).toBeCloseTo(differences.cycleTime.mean, 12);
    const wait = parts.find((c) => c.part === 'wait:review')!;
    expect(wait.base).toBe(0);
    expect(wait.variant).toBeCloseTo(2.95, 12);
    const cost = out.find((e) => e.metric === 'costPerDone');
    expect(
      cost === undefined || cost.decomposition === null || cost.decomposition.parts.every((c) => c.difference.n === 2),
    ).toBe(true);
  });
});
