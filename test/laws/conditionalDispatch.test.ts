// Two ways a conditional server finds its work must agree. At a FIFO step it resumes a scan of the
// line after the entries it already found not eligible; at a priority step it keeps the entries
// eligible for it in a line of its own (src/core/sim/stepService.ts, firstEligible). A priority
// step whose key is the same for every item serves in arrival order, like FIFO, so the same model
// with either discipline must give the same result, byte for byte, whatever the load, conditions
// and patience: an error in either bookkeeping shows up as a difference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate, type Model } from '../../src/core/index.js';
import { constant, exit, exp, fixed, itemType, model, pool, step } from '../support/index.js';
import { lawRuns } from './lawRuns.js';

interface Params {
  seed: number;
  rate: number;
  bots: number;
  people: number;
  peopleMean: number;
  below: number;
  patience: number | null;
  botsFirst: boolean;
}

const params: fc.Arbitrary<Params> = fc.record({
  seed: fc.integer({ min: 1, max: 1e6 }),
  rate: fc.double({ min: 1, max: 12, noNaN: true }),
  bots: fc.integer({ min: 1, max: 3 }),
  people: fc.integer({ min: 1, max: 2 }),
  peopleMean: fc.double({ min: 0.2, max: 2, noNaN: true }),
  below: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
  patience: fc.option(fc.double({ min: 0.5, max: 20, noNaN: true }), { nil: null }),
  botsFirst: fc.boolean(),
});

function design(p: Params, discipline: 'fifo' | 'flat priority'): Model {
  const bot = {
    pool: 0,
    service: exp(0.3),
    when: { kind: 'attr' as const, attr: 0, op: 'lt' as const, value: p.below },
  };
  const person = { pool: 1, service: exp(p.peopleMean) };
  return model({
    horizon: 150,
    warmup: 10,
    attributes: ['risk', 'flat'],
    itemTypes: [
      itemType('job', 1, {
        arrivals: { kind: 'poisson', ratePerHour: p.rate },
        attributes: [{ kind: 'uniform', min: 0, max: 1 }, constant(0)],
        patience: p.patience === null ? null : exp(p.patience),
      }),
    ],
    pools: [pool('bots', p.bots), pool('people', p.people)],
    nodes: [
      exit('done'),
      step(
        'work',
        p.botsFirst
          ? [bot, person]
          : [
              { ...person, when: bot.when },
              { ...bot, when: undefined },
            ],
        fixed(0),
        {
          discipline: discipline === 'fifo' ? { kind: 'fifo' } : { kind: 'priorityByAttr', attr: 1, order: 'asc' },
        },
      ),
    ],
  });
}

describe('conditional dispatch', () => {
  it('a FIFO step and a priority step with one key for all give the same result with conditional servers', () => {
    fc.assert(
      fc.property(params, (p) => {
        const run = (d: 'fifo' | 'flat priority') =>
          JSON.stringify(simulate(design(p, d), { seed: p.seed, replication: 0 }));
        expect(run('flat priority')).toBe(run('fifo'));
      }),
      lawRuns(311, 40),
    );
  });
});
