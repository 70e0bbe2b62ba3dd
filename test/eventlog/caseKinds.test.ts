// Two kinds of case (src/eventlog/fit/caseKinds.ts): a log whose case durations are two separate
// humps is fitted as two item types, and a log with one hump is not split. Checked on synthetic
// durations with a known answer, repeated over many seeds (how often the split is right), and end to
// end: a scenario with quick and slow cases is simulated, exported without its case types, fitted,
// and the two kinds, their shares and durations come back, with the fitted scenario's cycle times
// within the simulated prediction intervals on the held-out part.
import { describe, expect, test } from 'vitest';
import type { CaseView } from '../../src/eventlog/fit/activityInstances.js';
import { caseKinds, crossing, otsuCut, twoNormals } from '../../src/eventlog/fit/caseKinds.js';
import { fitModel, validateFit } from '../../src/eventlog/index.js';
import { compileText } from '../support/index.js';
import { allWithin, bundled, exportText, readText, untyped, verdictsOf } from './logSupport.js';

/** A small deterministic generator of normal variates for the synthetic logs (Box-Muller on an LCG). */
function normals(seed: number): () => number {
  let s = seed >>> 0 || 1;
  const u = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s + 0.5) / 2 ** 32;
  };
  return () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}

const HOUR = 3_600_000;

/** Closed cases whose durations are 10^x hours for the given log10 values. */
function casesOf(log10Hours: readonly number[]): CaseView[] {
  return log10Hours.map((x, i) => ({
    first: i * HOUR,
    last: i * HOUR + 10 ** x * HOUR,
    lastIsComplete: true,
    instances: [],
    openStart: -1,
  }));
}

/** n durations: a share `quick` around 3 minutes (log10 -1.3), the rest around a week (log10 2.2), sd `sd` each. */
function twoHumps(seed: number, n: number, quick: number, sd: number): number[] {
  const z = normals(seed);
  return Array.from({ length: n }, (_, i) => (i < quick * n ? -1.3 : 2.2) + sd * z());
}

describe('the mixture of two normals', () => {
  test("Otsu's cut separates two groups of values, halfway between their nearest members", () => {
    expect(otsuCut([1, 1, 2, 9, 10, 10])).toEqual({ index: 3, value: 5.5 });
    expect(otsuCut([4, 4, 4])).toBeNull();
  });

  test('EM recovers the weights, means and spreads of two humps, and they cross between them', () => {
    const xs = twoHumps(7, 4000, 0.4, 0.5).sort((a, b) => a - b);
    const [lo, hi] = twoNormals(xs)!;
    expect(lo.weight).toBeCloseTo(0.4, 1);
    expect(lo.mean).toBeCloseTo(-1.3, 1);
    expect(hi.mean).toBeCloseTo(2.2, 1);
    expect(lo.sd).toBeCloseTo(0.5, 1);
    expect(hi.sd).toBeCloseTo(0.5, 1);
    const x = crossing(lo, hi);
    expect(x).toBeGreaterThan(lo.mean);
    expect(x).toBeLessThan(hi.mean);
  });
});

describe('caseKinds', () => {
  const open = (n: number) => new Array<boolean>(n).fill(false);

  test('splits two humps: the share, the medians, and each case on its side of the crossing', () => {
    const xs = twoHumps(3, 1000, 0.6, 0.4);
    const k = caseKinds(casesOf(xs), open(xs.length), Infinity)!;
    expect(k).not.toBeNull();
    expect(k.quickCases / xs.length).toBeCloseTo(0.6, 1);
    expect(k.separation).toBeGreaterThan(5);
    expect(Math.log10(k.quickMedianHours)).toBeCloseTo(-1.3, 1);
    expect(Math.log10(k.otherMedianHours)).toBeCloseTo(2.2, 1);
    xs.forEach((x, i) => expect(k.quick[i]).toBe(10 ** x <= k.thresholdHours));
  });

  test('an open case is of the quick kind only while its age is below the threshold', () => {
    const xs = twoHumps(3, 1000, 0.6, 0.4);
    const cases = casesOf(xs);
    const flags = open(xs.length);
    const k = caseKinds(cases, flags, Infinity)!;
    const young = { first: 0, last: 0, lastIsComplete: true, instances: [], openStart: -1 };
    const atEnd = (end: number) => caseKinds([...cases, young], [...flags, true], end)!.quick[cases.length];
    expect(atEnd(0.5 * k.thresholdHours * HOUR)).toBe(true);
    expect(atEnd(2 * k.thresholdHours * HOUR)).toBe(false);
  });

  test('does not split one hump, too few cases, or a second hump under 10% of them', () => {
    const z = normals(11);
    const one = Array.from({ length: 2000 }, () => 1 + 0.8 * z());
    expect(caseKinds(casesOf(one), open(one.length), Infinity)).toBeNull();
    const few = twoHumps(5, 60, 0.5, 0.3);
    expect(caseKinds(casesOf(few), open(few.length), Infinity)).toBeNull();
    const rare = twoHumps(5, 1000, 0.05, 0.3);
    expect(caseKinds(casesOf(rare), open(rare.length), Infinity)).toBeNull();
  });

  test('repeated on 200 seeds: two humps are split every time, one skewed hump never', () => {
    // Two humps: means 3.5 apart on the log scale, sd 0.8 each (4.4 sd apart, Ashman's D about 4.4),
    // 500 cases, 30% quick. One hump: skewed (the log of a sum of two lognormal durations), 500 cases.
    let split = 0;
    let falseSplit = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const two = twoHumps(seed, 500, 0.3, 0.8);
      if (caseKinds(casesOf(two), open(two.length), Infinity) !== null) split++;
      const z = normals(1000 + seed);
      const one = Array.from({ length: 500 }, () => Math.log10(10 ** (0.5 * z()) + 10 ** (0.5 + 0.5 * z())));
      if (caseKinds(casesOf(one), open(one.length), Infinity) !== null) falseSplit++;
    }
    expect(split).toBe(200);
    expect(falseSplit).toBe(0);
  });
});

const TWO_KINDS = `
opsim: 1
name: quick and slow cases
horizon: 11w
seed: 1
functions: [desk]
pools:
  clerks: { kind: agent, capacity: 500, costPerTask: 1 }
itemTypes:
  quick: { arrivals: { poisson: 3/h }, entry: check }
  slow: { arrivals: { poisson: 2/h }, entry: check }
steps:
  check:
    function: desk
    serve: [{ pool: clerks, time: { dist: exponential, mean: 2m } }]
    next: decide
  decide:
    function: desk
    serve:
      - pool: clerks
        time: { byType: { quick: { dist: exponential, mean: 3m }, slow: { dist: lognormal, mean: 30h, cv: 0.5 } } }
    next: done
  done: { kind: exit, outcome: done }
`;

describe('fit(export(simulate(quick and slow cases))), without the case types in the log', () => {
  // 11 weeks: about 5,500 quick and 3,700 slow cases. Tolerances: the quick share within 0.03 (its sd
  // is 0.005), each kind's mean duration at `decide` within 5% (sd under 1.5% for the quick kind's
  // exponential, under 1% for the slow kind's lognormal).
  const model = compileText(TWO_KINDS, 'two-kinds.yaml');
  const { log } = readText(exportText(model, 'csv', 2), 'csv');
  const bare = untyped(log);
  const m = fitModel(bare, { horizon: '13w', source: 'two-kinds.csv' });

  test('finds the two kinds, their shares and their durations', () => {
    expect(m.kinds).not.toBeNull();
    expect(m.types.map((t) => t.id)).toEqual(['quick-case', 'long-case']);
    const share = m.kinds!.quickCases / (m.kinds!.quickCases + m.kinds!.otherCases);
    expect(Math.abs(share - 0.6)).toBeLessThan(0.03);
    const decide = m.steps.find((s) => s.id === 'decide')!;
    const [quick, slow] = decide.byType!;
    expect(quick.pooled || slow.pooled).toBe(false);
    expect(Math.abs(quick.fit!.mean / 0.05 - 1)).toBeLessThan(0.05);
    expect(Math.abs(slow.fit!.mean / 30 - 1)).toBeLessThan(0.05);
    // Fitted as one kind, the step's durations would mix the two: a mean near 12 h.
    expect(decide.fit!.mean).toBeGreaterThan(10);
  });

  test("the fitted scenario's cycle times fall within the simulated intervals on the held-out part", () => {
    const v = validateFit(bare, { replications: 10, seed: 5, source: 'two-kinds.csv' });
    const kpis = ['throughput (/week)', 'cycle time mean (h)', 'cycle time p50 (h)', 'cycle time p90 (h)'];
    expect(verdictsOf(v, kpis)).toEqual(allWithin(kpis));
  });

  test('a log with one kind of case (rework-loop.yaml, without its case type) is not split', () => {
    const rework = bundled('scenarios/validation/rework-loop.yaml').model;
    for (const seed of [1, 2, 3]) {
      const one = untyped(readText(exportText(rework, 'csv', seed), 'csv').log);
      expect(fitModel(one, { horizon: '13w', source: 'rework-loop.csv' }).kinds, `seed ${seed}`).toBeNull();
    }
  });
});
