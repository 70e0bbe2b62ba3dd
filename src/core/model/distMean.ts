import type { Dist } from './model.js';

/** The distribution's mean (normal: before truncation). Used for reporting and sanity checks. */
export function distMean(dist: Dist): number {
  switch (dist.kind) {
    case 'constant':
      return dist.value;
    case 'exponential':
    case 'normal':
    case 'lognormal':
    case 'gamma':
      return dist.mean;
    case 'uniform':
      return (dist.min + dist.max) / 2;
    case 'triangular':
      return (dist.min + dist.mode + dist.max) / 3;
    case 'beta':
      return dist.a / (dist.a + dist.b);
    case 'empirical': {
      let s = 0;
      let w = 0;
      for (let i = 0; i < dist.values.length; i++) {
        s += dist.values[i] * dist.weights[i];
        w += dist.weights[i];
      }
      return w > 0 ? s / w : 0;
    }
  }
}
