// Every decomposition adds up: for any two designs, the parts of a headline move sum to the move,
// and in one replication the parts of a headline figure sum to the figure (to rounding).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decompose, DECOMPOSED, metricParts } from '../../src/experiments/explain/index.js';
import { headlineOf } from '../../src/experiments/headline.js';
import { lawRuns } from './lawRuns.js';
import { runDocument } from './runDocument.js';
import { scenarioArbitrary } from './scenarioArbitrary.js';

const options = { stable: false, horizonHours: 168, warmupHours: 24 };
const sum = (values: number[]) => values.reduce((s, x) => s + x, 0);
const close = (a: number, b: number, scale: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(scale));
const mean = (xs: number[]) => sum(xs) / xs.length;

describe('decompositions', () => {
  it('the parts of every decomposed headline figure sum to the figure', () => {
    fc.assert(
      fc.property(scenarioArbitrary(options), ({ doc, seed }) => {
        const run = runDocument(doc, seed);
        const headline = headlineOf(run);
        for (const metric of DECOMPOSED) {
          const parts = metricParts(metric, run);
          expect(parts, `${metric} has parts`).not.toBeNull();
          // A figure over the items done has no value (NaN) in a run that finished none, nor have its parts.
          if (Number.isNaN(headline[metric])) {
            expect(
              Object.values(parts!).every((x) => Number.isNaN(x)),
              `${metric}: no parts without a value`,
            ).toBe(true);
            continue;
          }
          const total = sum(Object.values(parts!));
          expect(
            close(total, headline[metric], headline[metric]),
            `${metric}: parts ${JSON.stringify(parts)} sum to ${total}, headline ${headline[metric]}`,
          ).toBe(true);
        }
      }),
      lawRuns(1101, 30),
    );
  });

  it('total queue wait per item is the waits of the cycle-time ledger over the items done, and never above cycle time', () => {
    fc.assert(
      fc.property(scenarioArbitrary(options), ({ doc, seed }) => {
        const run = runDocument(doc, seed);
        const done = run.overall.done + run.overall.doneWithDefect;
        const waited = sum(Object.values(run.cycleLedger.nodes).map((n) => n.waitHours));
        expect(
          close(run.overall.queueWait.mean * done, waited, waited),
          `queue wait ${run.overall.queueWait.mean} x ${done} vs ledger ${waited}`,
        ).toBe(true);
        expect(run.overall.queueWait.mean).toBeLessThanOrEqual(run.overall.cycleTime.mean * (1 + 1e-9) + 1e-9);
        const byType = sum(Object.values(run.byType).map((t) => t.queueWait.mean * (t.done + t.doneWithDefect)));
        expect(close(byType, waited, waited), 'the types add up to the whole').toBe(true);
      }),
      lawRuns(1103, 20),
    );
  });

  it("a step's services started split by item type, and its waits by type average to its wait", () => {
    fc.assert(
      fc.property(scenarioArbitrary(options), ({ doc, seed }) => {
        const run = runDocument(doc, seed);
        for (const [id, step] of Object.entries(run.steps)) {
          const counts = Object.values(step.startedByType);
          expect(sum(counts), `${id}: startedByType sums to started`).toBe(step.started);
          if (step.kind === 'gate' || step.kind === 'exit') expect(step.started, `${id} serves nothing`).toBe(0);
          const waited = sum(Object.entries(step.startedByType).map(([ty, n]) => n * step.waitByType[ty]));
          expect(
            close(waited, step.wait.mean * step.started, waited),
            `${id}: waits by type ${JSON.stringify(step.waitByType)} x ${JSON.stringify(step.startedByType)} vs ${step.wait.mean} x ${step.started}`,
          ).toBe(true);
        }
      }),
      lawRuns(1102, 20),
    );
  });

  it('decompose(metric, A, B): the parts of the move between two random designs sum to the move', () => {
    fc.assert(
      fc.property(scenarioArbitrary(options), scenarioArbitrary(options), (a, b) => {
        const runsA = [0, 1].map((r) => runDocument(a.doc, a.seed, r));
        const runsB = [0, 1].map((r) => runDocument(b.doc, a.seed, r));
        for (const metric of DECOMPOSED) {
          const d = decompose(metric, runsA, runsB)!;
          // Over the replications in which both designs have a value (both delivered, for a figure over the items done).
          const paired = [0, 1].filter(
            (r) => !Number.isNaN(headlineOf(runsA[r])[metric]) && !Number.isNaN(headlineOf(runsB[r])[metric]),
          );
          const move =
            paired.length === 0
              ? 0
              : mean(paired.map((r) => headlineOf(runsB[r])[metric])) -
                mean(paired.map((r) => headlineOf(runsA[r])[metric]));
          const parts = sum(d.parts.map((c) => c.difference.mean));
          const scale = Math.max(
            0,
            ...[...runsA, ...runsB].map((r) => Math.abs(headlineOf(r)[metric])).filter((x) => !Number.isNaN(x)),
          );
          expect(close(parts, move, scale), `${metric}: parts sum to ${parts}, move ${move}`).toBe(true);
          expect(close(d.total, move, scale)).toBe(true);
        }
      }),
      lawRuns(1102, 15),
    );
  });
});
