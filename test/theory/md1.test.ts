import { describeSingleStation } from './singleStation.js';
import { mg1 } from './theory.js';

// lambda = 8/h, constant service 0.1 h: Wq = rho/(2 mu (1 - rho)) = 0.2 h, half the M/M/1 wait.
describeSingleStation({
  file: 'md1',
  system: 'M/D/1, rho = 0.8',
  pool: 'server',
  lambda: 8,
  servers: 1,
  service: { kind: 'constant', value: 0.1 },
  exact: mg1(8, 0.1, 0),
  replications: 20,
  relTol: { wait: 0.08, time: 0.06, rate: 0.02 },
});
