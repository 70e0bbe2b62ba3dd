import type { Sampler } from './sampler.js';

/**
 * A sampler that reads a buffer of `size` values, refilled by `fill` when used up. Every batched
 * sampler (bufferedExponential, bufferedSampler, batchSamplers) is this one closure, so that a call
 * site drawing from samplers of different distributions (a server's service times, an item type's
 * attributes) still sees a single function, which V8 inlines: a draw is then a buffer read, and its
 * value is never boxed on the way back.
 */
export function buffered(size: number, fill: (buf: Float64Array) => void): Sampler {
  const buf = new Float64Array(size);
  let pos = size;
  return () => {
    if (pos === size) {
      fill(buf);
      pos = 0;
    }
    return buf[pos++];
  };
}
