import { describeSingleStation } from './singleStation.js';
import { mmc, mmcWaitQuantile } from './theory.js';

// lambda = 8/h, c = 5, mu = 2/h: Erlang C(5, 4) = 0.554113, Wq = 0.277056 h, W = 0.777056 h, rho = 0.8.
describeSingleStation({
  file: 'mmc',
  system: 'M/M/5, rho = 0.8, Erlang C',
  pool: 'servers',
  lambda: 8,
  servers: 5,
  service: { kind: 'exponential', mean: 0.5 },
  exact: mmc(8, 2, 5),
  replications: 20,
  // P(Wq > t) = C e^{-(c mu - lambda) t} with C = 0.554113 > 0.5, so even the median wait is positive,
  // but only just: it sits where the distribution function leaves its atom at 0, so a replication's
  // median moves a lot (about ±20% across 20 replications) and the bound must allow for it.
  percentiles: {
    wait: {
      p50: mmcWaitQuantile(8, 2, 5, 0.5),
      p90: mmcWaitQuantile(8, 2, 5, 0.9),
      p95: mmcWaitQuantile(8, 2, 5, 0.95),
    },
    relTol: 0.3,
  },
  relTol: { wait: 0.08, time: 0.04, rate: 0.02 },
});
