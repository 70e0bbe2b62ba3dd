import { describeSingleStation } from './singleStation.js';
import { mmc } from './theory.js';

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
  relTol: { wait: 0.08, time: 0.04, rate: 0.02 },
});
