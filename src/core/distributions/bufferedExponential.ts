import type { Stream } from '../rng/stream.js';
import type { Sampler } from './sampler.js';
import { log } from '../math/log.js';
import { buffered } from './bufferedDraws.js';

// The exponential sampler for a stream that nothing else draws from: its variates are computed
// BATCH at a time, with exactly exponential()'s arithmetic and in the same order, so every draw is
// bit-identical to exponential()'s. Only the stream's position runs ahead of use, which no one can
// see when the stream has one consumer; with two, batching would change who gets which number.
// Why: the per-draw closure is a buffer read, small enough for V8 to inline into the event loop's
// service start, while the log and the generator run in their own tight loop. Inlined at every
// call site, they crowded V8's inlining budget: engine time -17% on M/M/20, -13% on the tandem
// (docs/performance.md, "Hot-loop work, round 2").

const BATCH = 128;

export function bufferedExponential(mean: number, u: Stream): Sampler {
  return buffered(BATCH, (buf) => fill(buf, mean, u));
}

function fill(buf: Float64Array, mean: number, u: Stream): void {
  for (let i = 0; i < BATCH; i++) buf[i] = -mean * log(1 - u());
}
