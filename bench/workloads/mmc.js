// M/M/20 at utilisation 0.9, checked against Erlang C. With 20 servers the engine's server
// selection and the event calendar (up to 21 pending events) carry more of the load than in M/M/1.
import { mmcCeiling } from '../ceiling/mmcCeiling.js';
import { mmcExact } from '../exact/erlangC.js';
import { queueingParams, horizonFor } from './queueingParams.js';
import { queueModel } from './queueModel.js';
import { queueingFigures } from './queueingFigures.js';
import { tolerance } from './tolerance.js';

const p = queueingParams.mmc;
const exact = mmcExact(p.lambda, p.mu, p.c);

export const mmc = {
  name: 'mmc',
  title: 'M/M/20, rho 0.9',
  kind: 'queueing',
  ratioBasis: 'items',
  target: 0.5,
  items: { full: 1_000_000, ci: 200_000 },
  model: (items) => queueModel({ name: 'M/M/20 rho 0.9', ...p, ...horizonFor(p, items) }),
  ceiling: (items, seed, onCheckpoint) => {
    const r = mmcCeiling({ ...p, ...horizonFor(p, items), seed, onCheckpoint });
    return {
      events: r.events,
      items: r.arrived,
      figures: { W: r.meanSojourn, Wq: r.meanWait, utilisation: r.utilisation },
    };
  },
  figures: (result) => queueingFigures(result, 'station', 'servers'),
  checks: (items) => [
    { figure: 'W', label: 'mean time in system (h)', exact: exact.w, tolerance: tolerance(10, items) },
    { figure: 'Wq', label: 'mean wait, Erlang C (h)', exact: exact.wq, tolerance: tolerance(43, items, 0.02) },
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
