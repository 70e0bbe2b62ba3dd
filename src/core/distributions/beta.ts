import type { Stream } from '../rng/stream.js';
import type { Sampler } from './sampler.js';
import { standardGamma } from './gamma.js';

/** Beta(a, b) on [0, 1] as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b) drawn from the same stream. */
export function beta(a: number, b: number, u: Stream): Sampler {
  const x = standardGamma(a, u);
  const y = standardGamma(b, u);
  return () => {
    const gx = x();
    const gy = y();
    const s = gx + gy;
    return s > 0 ? gx / s : 0.5;
  };
}
