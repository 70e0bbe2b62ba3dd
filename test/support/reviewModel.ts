import type { Model } from '../../src/core/index.js';
import { calendar, exit, exp, fixed, itemType, model, officeWeek, pool, step } from './modelBuilder.js';

/** Build (agents make errors) -> review (humans, catch 70%) -> done, with up to 2 rework rounds. */
export function reviewModel(): Model {
  return model({
    horizon: 4 * 168,
    warmup: 168,
    functions: ['eng', 'qa'],
    calendars: [calendar('office', officeWeek)],
    itemTypes: [
      itemType('change', 1, { arrivals: { kind: 'poisson', ratePerHour: 0.8 }, defectCost: 500, patience: exp(60) }),
    ],
    pools: [
      pool('coder', 4, { costPerTask: 2, costPerBusyHour: 1, errorRate: [0.3] }),
      pool('tester', 2, { kind: 'human', calendar: 0, costPerPaidHour: 60, errorRate: [0.02] }),
    ],
    nodes: [
      exit('done'),
      step('build', [{ pool: 0, service: exp(2) }], fixed(3), { fn: 0 }),
      exit('reject', 'rejected'),
      step('review', [{ pool: 1, service: exp(0.5) }], fixed(0), {
        fn: 1,
        rework: { detect: 0.7, to: 1, maxRounds: 2, exceeded: 2 },
      }),
    ],
  });
}
