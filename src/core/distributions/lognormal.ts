import type { Stream } from '../rng/stream.js';
import type { Sampler } from './sampler.js';
import { standardNormal } from './standardNormal.js';
import { exp } from '../math/exp.js';
import { log } from '../math/log.js';

/** Lognormal with the given mean and cv of the lognormal itself: sigma^2 = ln(1 + cv^2), mu = ln(mean) - sigma^2 / 2. */
export function lognormal(mean: number, cv: number, u: Stream): Sampler {
  if (cv <= 0 || mean <= 0) return () => Math.max(0, mean);
  const sigma2 = log(1 + cv * cv);
  const mu = log(mean) - sigma2 / 2;
  const sigma = Math.sqrt(sigma2);
  const z = standardNormal(u);
  return () => exp(mu + sigma * z());
}
