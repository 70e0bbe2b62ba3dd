import type { Stream } from '../rng/stream.js';
import type { Sampler } from './sampler.js';
import { standardNormal } from './standardNormal.js';

/** Normal truncated at 0 by rejection: negative draws are redrawn, so the mean is above `mean` when sd is large. */
export function normal(mean: number, sd: number, u: Stream): Sampler {
  if (sd <= 0) return () => Math.max(0, mean);
  const z = standardNormal(u);
  // Guard against a pathological mean far below zero: give up after many redraws and return 0.
  return () => {
    for (let i = 0; i < 1000; i++) {
      const v = mean + sd * z();
      if (v >= 0) return v;
    }
    return 0;
  };
}
