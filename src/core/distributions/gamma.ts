import type { Stream } from '../rng/stream.js';
import type { Sampler } from './sampler.js';
import { standardNormal } from './standardNormal.js';
import { exp } from '../math/exp.js';
import { log } from '../math/log.js';

/**
 * Gamma(shape, scale = 1) by Marsaglia & Tsang (2000), "A simple method for generating gamma variables".
 * For shape < 1 it draws Gamma(shape + 1) and multiplies by U^(1/shape).
 */
export function standardGamma(shape: number, u: Stream): () => number {
  const g = gammaParameters(shape);
  const d = g[0];
  const c = g[1];
  const invShape = g[2];
  const boost = g[3] === 1;
  const z = standardNormal(u);
  return () => {
    let v = 0;
    let x = 0;
    for (;;) {
      do {
        x = z();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const w = 1 - u();
      const x2 = x * x;
      if (w < 1 - 0.0331 * x2 * x2) break;
      if (log(w) < 0.5 * x2 + d * (1 - v + log(v))) break;
    }
    const g = d * v;
    return boost ? g * exp(log(1 - u()) * invShape) : g;
  };
}

/** Marsaglia & Tsang's constants for a shape: [d, c, 1 / shape, boost (1 when shape < 1)]. */
export function gammaParameters(shape: number): Float64Array {
  const boost = shape < 1;
  const a = boost ? shape + 1 : shape;
  const d = a - 1 / 3;
  return Float64Array.of(d, 1 / Math.sqrt(9 * d), 1 / shape, boost ? 1 : 0);
}

/** Gamma with the given mean and cv: shape = 1 / cv^2, scale = mean / shape. Erlang-k is cv = 1/sqrt(k). */
export function gamma(mean: number, cv: number, u: Stream): Sampler {
  if (cv <= 0 || mean <= 0) return () => Math.max(0, mean);
  const shape = 1 / (cv * cv);
  const scale = mean / shape;
  const g = standardGamma(shape, u);
  return () => scale * g();
}
