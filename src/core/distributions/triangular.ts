import type { Stream } from '../rng/stream.js';
import type { Sampler } from './sampler.js';

/** Inverse-CDF sampling of the triangular distribution. */
export function triangular(min: number, mode: number, max: number, u: Stream): Sampler {
  const width = max - min;
  if (width <= 0) return () => min;
  const split = (mode - min) / width;
  return () => {
    const v = u();
    return v < split ? min + Math.sqrt(v * width * (mode - min)) : max - Math.sqrt((1 - v) * width * (max - mode));
  };
}
