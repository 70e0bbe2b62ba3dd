import { expect, test } from 'vitest';
import { simulate } from '../../src/core/index.js';
import { compileText } from '../support/index.js';

/** `n` items arrive together and go round a loop of a zero-time step and a gate whose way out no item takes. */
const loop = (n: number) => `opsim: 1
horizon: 2w
functions: [ops]
attributes: [x]
pools:
  bot: { kind: agent, capacity: ${n} }
itemTypes:
  job: { arrivals: { batch: ${n}, every: 1w }, entry: work, attributes: { x: { dist: uniform, min: 0, max: 1 } } }
steps:
  work: { function: ops, serve: [{ pool: bot, time: 0 }], next: check }
  check: { kind: gate, next: { when: [{ if: { attr: x, lt: -1 }, to: done }], otherwise: work } }
  done: { kind: exit, outcome: done }
`;

test.each([1, 2, 50])(
  'simulate stops %i items taking turns around a zero-time loop with the routing-cycle guard',
  (n) => {
    expect(() => simulate(compileText(loop(n)), { seed: 1, replication: 0 })).toThrow(
      /^Routing cycle: item \d+ \(job\) passed 1000 zero-time nodes at simulated time 0 h, last at '(work|check)'/,
    );
  },
);

test('simulate lets a million items pass a gate at one instant (each hops twice; the guard counts per item)', () => {
  const text = `opsim: 1
horizon: 1h
functions: [ops]
pools:
  unused: { kind: agent, capacity: 1 }
itemTypes:
  job: { arrivals: { batch: 1000000, every: 2h }, entry: gate }
steps:
  gate: { kind: gate, next: done }
  done: { kind: exit, outcome: done }
`;
  expect(simulate(compileText(text), { seed: 1, replication: 0 }).totals.done).toBe(1_000_000);
});
