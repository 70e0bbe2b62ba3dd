// Every item type draws its arrivals from its own stream, derived from (seed, replication, name).
// If the derivation were poor (overlapping or correlated streams), counts would be over- or
// under-dispersed across streams. Poisson counts N with mean m give z = (N - m)/sqrt(m), nearly
// standard normal at m = 10,000, and the sum of 40 squared z follows chi-square with 40 degrees of
// freedom: between its 0.1% and 99.9% quantiles, 17.92 and 73.40, but for 1 run in 500.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/index.js';
import type { Model } from '../../src/core/model/model.js';
import { compileDocument } from '../support/index.js';

const K = 40;
const MEAN = 10_000; // 10/h over 1000 h

function arrivalsOnly(types: number): Model {
  const itemTypes: Record<string, unknown> = {};
  for (let k = 0; k < types; k++) itemTypes[`type-${k}`] = { arrivals: { poisson: '10/h' }, entry: 'pass' };
  const doc = {
    opsim: 1,
    name: 'arrivals only',
    horizon: '1000h',
    functions: ['ops'],
    pools: { idle: { kind: 'agent', capacity: 1 } },
    itemTypes,
    steps: { pass: { kind: 'gate', next: 'done' }, done: { kind: 'exit', outcome: 'done' } },
  };
  return compileDocument(doc, JSON.stringify(doc), 'arrivals.json');
}

const chiSquare = (counts: number[]) => counts.reduce((s, n) => s + ((n - MEAN) / Math.sqrt(MEAN)) ** 2, 0);

describe('arrival streams', () => {
  it('40 item types in one run: Poisson counts, no more and no less dispersed than chi-square(40) allows', () => {
    const r = simulate(arrivalsOnly(K), { seed: 1, replication: 0 });
    const counts = Object.values(r.byType).map((f) => f.arrived);
    const chi = chiSquare(counts);
    expect(chi, `sum of z^2 = ${chi}`).toBeGreaterThan(17.92);
    expect(chi, `sum of z^2 = ${chi}`).toBeLessThan(73.4);
  });

  it('one item type over 40 replications: likewise', () => {
    const model = arrivalsOnly(1);
    const counts = Array.from(
      { length: K },
      (_, replication) => simulate(model, { seed: 1, replication }).overall.arrived,
    );
    const chi = chiSquare(counts);
    expect(chi, `sum of z^2 = ${chi}`).toBeGreaterThan(17.92);
    expect(chi, `sum of z^2 = ${chi}`).toBeLessThan(73.4);
  });

  it('40 seeds, replication 0: likewise', () => {
    const model = arrivalsOnly(1);
    const counts = Array.from(
      { length: K },
      (_, seed) => simulate(model, { seed: `s${seed}`, replication: 0 }).overall.arrived,
    );
    const chi = chiSquare(counts);
    expect(chi, `sum of z^2 = ${chi}`).toBeGreaterThan(17.92);
    expect(chi, `sum of z^2 = ${chi}`).toBeLessThan(73.4);
  });
});
