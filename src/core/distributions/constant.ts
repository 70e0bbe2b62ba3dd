import type { Sampler } from './sampler.js';

export function constant(value: number): Sampler {
  return () => value;
}
