import type { Dist } from '../model/model.js';
import type { Stream } from '../rng/stream.js';
import type { Sampler } from './sampler.js';
import { constant } from './constant.js';
import { exponential } from './exponential.js';
import { bufferedExponential } from './bufferedExponential.js';
import { bufferedBeta, bufferedGamma, bufferedLognormal, bufferedNormal } from './batchSamplers.js';
import { uniform } from './uniform.js';
import { triangular } from './triangular.js';
import { normal } from './normal.js';
import { lognormal } from './lognormal.js';
import { gamma } from './gamma.js';
import { beta } from './beta.js';
import { empirical } from './empirical.js';

/** Binds a distribution to a stream. Constants draw nothing, so they never move a stream. */
export function makeSampler(dist: Dist, u: Stream): Sampler {
  switch (dist.kind) {
    case 'constant':
      return constant(dist.value);
    case 'exponential':
      return exponential(dist.mean, u);
    case 'uniform':
      return uniform(dist.min, dist.max, u);
    case 'triangular':
      return triangular(dist.min, dist.mode, dist.max, u);
    case 'normal':
      return normal(dist.mean, dist.sd, u);
    case 'lognormal':
      return lognormal(dist.mean, dist.cv, u);
    case 'gamma':
      return gamma(dist.mean, dist.cv, u);
    case 'beta':
      return beta(dist.a, dist.b, u);
    case 'empirical':
      return empirical(dist.values, dist.weights, u);
  }
}

/**
 * makeSampler for a stream that this sampler alone draws from: the same numbers in the same order,
 * drawn ahead in batches where a draw costs a log or an exp (see bufferedExponential and
 * batchSamplers). Only for exclusive streams.
 */
export function makeExclusiveSampler(dist: Dist, u: Stream): Sampler {
  switch (dist.kind) {
    case 'exponential':
      return bufferedExponential(dist.mean, u);
    case 'normal':
      return bufferedNormal(dist.mean, dist.sd, u);
    case 'lognormal':
      return bufferedLognormal(dist.mean, dist.cv, u);
    case 'gamma':
      return bufferedGamma(dist.mean, dist.cv, u);
    case 'beta':
      return bufferedBeta(dist.a, dist.b, u);
    default:
      return makeSampler(dist, u);
  }
}
