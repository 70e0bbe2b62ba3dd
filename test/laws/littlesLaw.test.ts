import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lawRuns } from './lawRuns.js';
import { runDocument } from './runDocument.js';
import { scenarioArbitrary } from './scenarioArbitrary.js';

// Stable systems where every item leaves done. Little's law L = lambda W holds on a window up to
// edge effects: items present when the window opens count their whole cycle time in W but only
// their time inside the window in L, and items present when it closes count in L only.
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe("Little's law on generated stable systems", () => {
  it('from time 0: done x mean cycle time <= wipMean x horizon <= that + inSystemAtEnd x horizon', () => {
    // Exact: the area under the number in the system is the time every item spent in it; done items
    // spent their whole cycle time, the items still there at the end at most the horizon each.
    fc.assert(
      fc.property(scenarioArbitrary({ stable: true, horizonHours: 2 * 168, warmupHours: 0 }), ({ doc, seed }) => {
        const r = runDocument(doc, seed);
        const area = r.overall.wipMean * r.horizon;
        const doneTime = (r.overall.done + r.overall.doneWithDefect) * r.overall.cycleTime.mean;
        const said = `area ${area}, done time ${doneTime}, in system at end ${r.overall.inSystemAtEnd}`;
        expect(area >= doneTime || close(area, doneTime), said).toBe(true);
        expect(area <= doneTime + r.overall.inSystemAtEnd * r.horizon || close(area, doneTime), said).toBe(true);
      }),
      lawRuns(603, 20),
    );
  });

  // With a warm-up the edge effects are at most about (items at an edge) x (their time there) /
  // window, i.e. L x (a long cycle time) / window: negligible for a queue of minutes, ten per cent
  // when a weekly forum holds items for days. Hence the third term, with the 95th percentile.
  const long = { stable: true, horizonHours: 6 * 168, warmupHours: 168 };
  const relTol = 0.05;
  const absTol = 0.02;
  // Only figures with 400 items or more are compared, so that the few at the edges weigh little.
  const near = (l: number, lw: number, tail: number, window: number) =>
    Math.abs(l - lw) <= absTol + relTol * Math.max(l, lw) + (Math.max(l, lw) * tail) / window;

  it('over a long window: wipMean = throughput x mean cycle time', () => {
    fc.assert(
      fc.property(scenarioArbitrary(long), ({ doc, seed }) => {
        const r = runDocument(doc, seed);
        const done = r.overall.done + r.overall.doneWithDefect;
        fc.pre(done >= 400);
        const window = r.horizon - r.warmup;
        const lw = (done / window) * r.overall.cycleTime.mean;
        expect(
          near(r.overall.wipMean, lw, r.overall.cycleTime.p95, window),
          `L = ${r.overall.wipMean}, lambda W = ${lw}`,
        ).toBe(true);
      }),
      lawRuns(601, 10),
    );
  });

  it('over a long window, each work step: queueMean = arrivals per hour x mean wait', () => {
    fc.assert(
      fc.property(scenarioArbitrary(long), ({ doc, seed }) => {
        const r = runDocument(doc, seed);
        const window = r.horizon - r.warmup;
        for (const [id, s] of Object.entries(r.steps)) {
          if (s.kind !== 'step' || s.arrivals < 400) continue;
          const lw = (s.arrivals / window) * s.wait.mean;
          expect(near(s.queueMean, lw, s.wait.p95, window), `${id}: Lq = ${s.queueMean}, lambda Wq = ${lw}`).toBe(true);
        }
      }),
      lawRuns(602, 10),
    );
  });
});
