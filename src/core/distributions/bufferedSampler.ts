import type { Sampler } from './sampler.js';
import { buffered } from './bufferedDraws.js';

// Any sampler on a stream that nothing else draws from, drawn ahead BATCH values at a time: the
// same values in the same order, so every draw is bit-identical to the sampler's own. Only the
// stream's position runs ahead of use, which no one can see when the stream has one consumer.
// Why: lognormal, gamma and beta samplers call log and exp, which V8 does not inline into the
// event loop's hot functions; each call returned a boxed double. Drawn in a loop of their own, the
// hot function reads a buffer. Exponentials, the common case, keep a loop of their own
// (bufferedExponential) in which V8 also inlines the log; here the inner sampler stays a call.

const BATCH = 64;

export function bufferedSampler(inner: Sampler): Sampler {
  return buffered(BATCH, (buf) => fill(buf, inner));
}

function fill(buf: Float64Array, inner: Sampler): void {
  for (let i = 0; i < BATCH; i++) buf[i] = inner();
}
