import { describeSingleStation } from './singleStation.js';
import { mg1 } from './theory.js';

// lambda = 7/h, lognormal service mean 0.1 h cv 1.5: Pollaczek–Khinchine Wq = 0.379167 h, rho = 0.7.
describeSingleStation({
  file: 'mg1',
  system: 'M/G/1, lognormal service cv 1.5, rho = 0.7',
  pool: 'server',
  lambda: 7,
  servers: 1,
  service: { kind: 'lognormal', mean: 0.1, cv: 1.5 },
  exact: mg1(7, 0.1, 1.5),
  replications: 20,
  relTol: { wait: 0.1, time: 0.08, rate: 0.02 },
});
