import type { Stream } from '../rng/stream.js';
import type { Sampler } from './sampler.js';
import { log } from '../math/log.js';

export function exponential(mean: number, u: Stream): Sampler {
  // 1 - u is in (0, 1], so the log is finite.
  return () => -mean * log(1 - u());
}
