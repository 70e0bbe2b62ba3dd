import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runDocument } from './runDocument.js';
import { scenarioArbitrary } from './scenarioArbitrary.js';
import { lawRuns } from './lawRuns.js';

// Stable systems where every item leaves done: L = lambda W holds on a long window up to edge
// effects (items present at the window's start or end), of order W / window, well under the bound.
const options = { stable: true, horizonHours: 6 * 168, warmupHours: 168 };
const relTol = 0.05;
const absTol = 0.02;

const near = (l: number, lw: number) => Math.abs(l - lw) <= absTol + relTol * Math.max(l, lw);

describe("Little's law on generated stable systems", () => {
  it('overall: wipMean = throughput x mean cycle time', () => {
    fc.assert(
      fc.property(scenarioArbitrary(options), ({ doc, seed }) => {
        const r = runDocument(doc, seed);
        const window = r.horizon - r.warmup;
        const lambda = (r.overall.done + r.overall.doneWithDefect) / window;
        const lw = lambda * r.overall.cycleTime.mean;
        expect(near(r.overall.wipMean, lw), `L = ${r.overall.wipMean}, lambda W = ${lw}`).toBe(true);
      }),
      lawRuns(601, 10),
    );
  });

  it('each work step: queueMean = arrivals per hour x mean wait', () => {
    fc.assert(
      fc.property(scenarioArbitrary(options), ({ doc, seed }) => {
        const r = runDocument(doc, seed);
        const window = r.horizon - r.warmup;
        for (const [id, s] of Object.entries(r.steps)) {
          if (s.kind !== 'step') continue;
          const lw = (s.arrivals / window) * s.wait.mean;
          expect(near(s.queueMean, lw), `${id}: Lq = ${s.queueMean}, lambda Wq = ${lw}`).toBe(true);
        }
      }),
      lawRuns(602, 10),
    );
  });
});
