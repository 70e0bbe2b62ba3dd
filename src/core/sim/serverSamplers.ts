import type { StepNode } from '../model/model.js';
import type { Stream } from '../rng/stream.js';
import { makeExclusiveSampler, makeSampler, type Sampler } from '../distributions/index.js';

/**
 * One sampler per item type for a server, all drawing from the server's stream in the order tasks
 * start. When every type that draws (constants do not) has the same distribution, they share one
 * sampler, the stream's only consumer, which may then batch its draws (makeExclusiveSampler):
 * the same numbers reach the same tasks. Otherwise each type gets its own plain sampler.
 */
export function serverSamplers(service: StepNode['servers'][number]['service'], nT: number, u: Stream): Sampler[] {
  const dists = Array.from({ length: nT }, (_, ty) => service[ty] ?? ({ kind: 'constant', value: 0 } as const));
  const drawing = dists.filter((d) => d.kind !== 'constant').map((d) => JSON.stringify(d));
  const oneDist = drawing.every((d) => d === drawing[0]);
  let shared: Sampler | null = null;
  return dists.map((d) => {
    if (d.kind === 'constant' || !oneDist) return makeSampler(d, u);
    return (shared ??= makeExclusiveSampler(d, u));
  });
}
