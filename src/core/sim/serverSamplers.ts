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
  const oneDist = oneDistribution(service, dists);
  let shared: Sampler | null = null;
  return dists.map((d) => {
    if (d.kind === 'constant' || !oneDist) return makeSampler(d, u);
    return (shared ??= makeExclusiveSampler(d, u));
  });
}

type Dist = StepNode['servers'][number]['service'][number];

/**
 * Whether every type that draws has the same distribution: a property of the model, so it is worked
 * out once per server's service list, not at every run's start (JSON.stringify of each distribution
 * was a tenth of a short run's set-up: docs/performance-journal.md, round 15).
 */
const ONE_DISTRIBUTION = new WeakMap<object, boolean>();

function oneDistribution(service: StepNode['servers'][number]['service'], dists: readonly Dist[]): boolean {
  let one = ONE_DISTRIBUTION.get(service);
  if (one === undefined) {
    const drawing = dists.filter((d) => d.kind !== 'constant').map((d) => JSON.stringify(d));
    one = drawing.every((d) => d === drawing[0]);
    ONE_DISTRIBUTION.set(service, one);
  }
  return one;
}
