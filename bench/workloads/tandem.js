// Five M/M/2 stations in tandem, 10% of the output of the last sent back to the first: a Jackson
// network, so the mean time in system is known exactly. It exercises routing (a probabilistic
// branch with its own stream) and five queues at once.
import { tandemCeiling } from '../ceiling/tandemCeiling.js';
import { jacksonTandemExact } from '../exact/jacksonTandem.js';
import { queueingParams, horizonFor } from './queueingParams.js';
import { queueModel } from './queueModel.js';
import { queueingFigures } from './queueingFigures.js';
import { tolerance } from './tolerance.js';

const p = queueingParams.tandem;
const exact = jacksonTandemExact(p.lambda, p.mu, p.c, p.stations, p.feedback);

export const tandem = {
  name: 'tandem',
  title: '5 x M/M/2 tandem, 10% rework',
  kind: 'queueing',
  ratioBasis: 'items',
  target: 0.5,
  items: { full: 200_000, ci: 40_000 },
  model: (items) => queueModel({ name: 'tandem 5 x M/M/2 with feedback', ...p, ...horizonFor(p, items) }),
  ceiling: (items, seed, onCheckpoint) => {
    const r = tandemCeiling({ ...p, ...horizonFor(p, items), seed, onCheckpoint });
    return { events: r.events, items: r.arrived, figures: { W: r.meanSojourn } };
  },
  figures: (result) => {
    const f = queueingFigures(result, null, 'p1');
    // Visits to the first station per item: 1 / (1 - feedback) if the rework branch is drawn right.
    if (result.overall.arrived > 0) f.visitsPerItem = result.steps?.s1?.arrivals / result.overall.arrived;
    return f;
  },
  checks: (items) => [
    { figure: 'W', label: 'mean time in system, Jackson (h)', exact: exact.w, tolerance: tolerance(6, items, 0.02) },
    {
      figure: 'utilisation',
      label: 'station 1 utilisation',
      exact: exact.utilisation,
      tolerance: tolerance(3, items, 0.003),
    },
    { figure: 'arrivalRate', label: 'arrivals per hour', exact: p.lambda, tolerance: tolerance(1, items, 0.001) },
    {
      figure: 'meanService',
      label: 'station 1 mean service time (h)',
      exact: 1 / p.mu,
      tolerance: tolerance(1, items, 0.002),
    },
    {
      figure: 'visitsPerItem',
      label: 'visits to station 1 per item',
      exact: 1 / (1 - p.feedback),
      tolerance: tolerance(0.5, items, 0.003),
    },
    { figure: 'littleRatio', label: "Little's law L / (lambda W)", exact: 1, tolerance: 0.03 },
  ],
};
