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
    const f = queueingFigures(result, null, null);
    f.utilisation = result.pools?.p1?.utilisation;
    return f;
  },
  checks: (items) => [
    { figure: 'W', label: 'mean time in system, Jackson (h)', exact: exact.w, tolerance: tolerance(6, items, 0.02) },
    { figure: 'utilisation', label: 'station 1 utilisation', exact: exact.utilisation, tolerance: tolerance(3, items, 0.003) },
    { figure: 'littleRatio', label: "Little's law L / (lambda W)", exact: 1, tolerance: 0.03 },
  ],
};
