// With common random numbers, a FIFO queue served by c identical servers hands the k-th service
// time drawn to the k-th arrival whatever c is, and for first-come-first-served G/G/c every
// customer then starts, and so leaves, no later with one more server (Kiefer–Wolfowitz workload
// recursion). So on the same seed the number waiting and the number in the system are lower or
// equal at every instant, and so are their time averages. (Mean waits are not compared: they
// average over the items that started within the window, and more servers let more late items in.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runDocument } from './runDocument.js';
import { lawRuns } from './lawRuns.js';

function queueDocument(
  ratePerHour: number,
  meanHours: number,
  servers: number,
  service: string,
): Record<string, unknown> {
  const time =
    service === 'constant'
      ? `${meanHours}h`
      : {
          dist: service,
          mean: `${meanHours}h`,
          ...(service === 'lognormal' || service === 'gamma' ? { cv: 1.3 } : {}),
        };
  return {
    opsim: 1,
    name: 'fifo queue',
    horizon: '3w',
    warmup: '2d',
    functions: ['ops'],
    pools: { servers: { kind: 'agent', capacity: servers } },
    itemTypes: { job: { arrivals: { poisson: `${ratePerHour}/h` }, entry: 'queue' } },
    steps: {
      queue: { function: 'ops', serve: [{ pool: 'servers', time }], next: 'done' },
      done: { kind: 'exit', outcome: 'done' },
    },
  };
}

describe('monotonicity under common random numbers', () => {
  it('one more server never raises the number waiting or in the system of a FIFO queue on the same seed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 30, max: 95 }),
        fc.constantFrom('exponential', 'constant', 'lognormal', 'gamma'),
        fc.nat(1000),
        (servers, loadPercent, service, seed) => {
          const rate = 4;
          const mean = Number((((loadPercent / 100) * servers) / rate).toFixed(4));
          const fewer = runDocument(queueDocument(rate, mean, servers, service), seed);
          const more = runDocument(queueDocument(rate, mean, servers + 1, service), seed);
          expect(more.totals.arrived).toBe(fewer.totals.arrived);
          const eps = 1e-9;
          expect(more.steps.queue.queueMean).toBeLessThanOrEqual(fewer.steps.queue.queueMean + eps);
          expect(more.overall.wipMean).toBeLessThanOrEqual(fewer.overall.wipMean + eps);
          expect(more.totals.done).toBeGreaterThanOrEqual(fewer.totals.done);
        },
      ),
      lawRuns(1101, 20),
    );
  });
});
