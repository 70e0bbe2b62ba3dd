import type { Stream } from '../rng/stream.js';
import type { Sampler } from './sampler.js';
import { standardNormal } from './standardNormal.js';

/** Lognormal with the given mean and cv of the lognormal itself: sigma^2 = ln(1 + cv^2), mu = ln(mean) - sigma^2 / 2. */
export function lognormal(mean: number, cv: number, u: Stream): Sampler {
  if (cv <= 0 || mean <= 0) return () => Math.max(0, mean);
  const sigma2 = Math.log(1 + cv * cv);
  const mu = Math.log(mean) - sigma2 / 2;
  const sigma = Math.sqrt(sigma2);
  const z = standardNormal(u);
  return () => Math.exp(mu + sigma * z());
}
