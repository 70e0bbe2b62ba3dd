import type { Stream } from '../rng/stream.js';
import type { Sampler } from './sampler.js';

/** One of `values`, chosen with probability weights[i] / sum(weights), by binary search on the cumulative weights. */
export function empirical(values: number[], weights: number[], u: Stream): Sampler {
  const n = values.length;
  if (n === 0) return () => 0;
  if (n === 1) return () => values[0];
  const cum = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += Math.max(0, weights[i] ?? 0);
    cum[i] = total;
  }
  const vals = Float64Array.from(values);
  return () => {
    const target = u() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return vals[lo];
  };
}
