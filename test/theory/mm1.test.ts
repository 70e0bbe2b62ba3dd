import { describeSingleStation } from './singleStation.js';
import { mm1, mm1SojournQuantile, mmcWaitQuantile } from './theory.js';

// lambda = 8/h, mu = 10/h: Wq = 0.4 h, W = 0.5 h, Lq = 3.2, L = 4, rho = 0.8.
describeSingleStation({
  file: 'mm1',
  system: 'M/M/1, rho = 0.8',
  pool: 'server',
  lambda: 8,
  servers: 1,
  service: { kind: 'exponential', mean: 0.1 },
  exact: mm1(8, 10),
  replications: 20,
  // P(Wq > t) = rho e^{-(mu - lambda) t}; the time in system is exponential with rate mu - lambda.
  percentiles: {
    wait: {
      p50: mmcWaitQuantile(8, 10, 1, 0.5),
      p90: mmcWaitQuantile(8, 10, 1, 0.9),
      p95: mmcWaitQuantile(8, 10, 1, 0.95),
    },
    time: {
      p50: mm1SojournQuantile(8, 10, 0.5),
      p90: mm1SojournQuantile(8, 10, 0.9),
      p95: mm1SojournQuantile(8, 10, 0.95),
    },
    relTol: 0.08,
  },
  relTol: { wait: 0.08, time: 0.07, rate: 0.02 },
});
