// M/M/1 at utilisation 0.9: the simplest queue, and the longest memory of its own past
// (relaxation time ~ 1 / (mu (1 - sqrt(rho))^2) ~ 380 hours), hence the loosest tolerance on W.
import { mmcCeiling } from '../ceiling/mmcCeiling.js';
import { mmcExact } from '../exact/erlangC.js';
import { queueingParams, horizonFor } from './queueingParams.js';
import { queueModel } from './queueModel.js';
import { queueingFigures } from './queueingFigures.js';
import { tolerance } from './tolerance.js';

const p = queueingParams.mm1;
const exact = mmcExact(p.lambda, p.mu, p.c);

export const mm1 = {
  name: 'mm1',
  title: 'M/M/1, rho 0.9',
  kind: 'queueing',
  ratioBasis: 'items',
  items: { full: 1_000_000, ci: 200_000 },
  model: (items) => queueModel({ name: 'M/M/1 rho 0.9', ...p, ...horizonFor(p, items) }),
  ceiling: (items, seed, onCheckpoint) => {
    const r = mmcCeiling({ ...p, ...horizonFor(p, items), seed, onCheckpoint });
    return {
      events: r.events,
      items: r.arrived,
      figures: { W: r.meanSojourn, Wq: r.meanWait, utilisation: r.utilisation },
    };
  },
  figures: (result) => queueingFigures(result, 'station', 'servers'),
  // sd coefficients (relative sd x sqrt(items)) from calibrateTolerances.js, 20 seeds.
  checks: (items) => [
    { figure: 'W', label: 'mean time in system (h)', exact: exact.w, tolerance: tolerance(25, items) },
    {
      figure: 'utilisation',
      label: 'server utilisation',
      exact: exact.utilisation,
      tolerance: tolerance(2, items, 0.002),
    },
    { figure: 'arrivalRate', label: 'arrivals per hour', exact: p.lambda, tolerance: tolerance(1, items, 0.001) },
    { figure: 'meanService', label: 'mean service time (h)', exact: 1 / p.mu, tolerance: tolerance(1, items, 0.002) },
    { figure: 'littleRatio', label: "Little's law L / (lambda W)", exact: 1, tolerance: 0.03 },
  ],
};
