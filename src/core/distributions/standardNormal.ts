import type { Stream } from '../rng/stream.js';
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
