import type { Stream } from '../rng/stream.js';
import type { Sampler } from './sampler.js';

export function uniform(min: number, max: number, u: Stream): Sampler {
  const width = max - min;
  return () => min + width * u();
}
