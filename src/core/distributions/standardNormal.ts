import type { Stream } from '../rng/stream.js';
import { nextUniform } from '../rng/stream.js';
import { log } from '../math/log.js';

/**
 * Standard normal draws by the Marsaglia polar method. The spare value is kept so that each pair of
 * uniforms yields two normals; the state lives in the closure, one per stream.
 */
export function standardNormal(u: Stream): () => number {
  let spare = 0;
  let hasSpare = false;
  return () => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    let x = 0;
    let y = 0;
    let s = 0;
    do {
      x = 2 * u() - 1;
      y = 2 * u() - 1;
      s = x * x + y * y;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * log(s)) / s);
    spare = y * f;
    hasSpare = true;
    return x * f;
  };
}

/**
 * standardNormal's draw with the arithmetic written out on an alea state (rng/stream.ts), for the
 * batch samplers' loops: the same numbers. normal is [the draw, the spare, 1 when a spare is kept];
 * the draw is stored in normal[0] rather than returned, as a returned double is boxed whenever V8
 * does not inline the call.
 */
export function normalInto(state: Float64Array, normal: Float64Array): void {
  if (normal[2] === 1) {
    normal[2] = 0;
    normal[0] = normal[1];
    return;
  }
  let x = 0;
  let y = 0;
  let s = 0;
  do {
    x = 2 * nextUniform(state) - 1;
    y = 2 * nextUniform(state) - 1;
    s = x * x + y * y;
  } while (s >= 1 || s === 0);
  const f = Math.sqrt((-2 * log(s)) / s);
  normal[1] = y * f;
  normal[2] = 1;
  normal[0] = x * f;
}
