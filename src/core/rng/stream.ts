// One seeded stream per source of randomness. Streams are keyed by names made from model ids,
// never positions, so editing one part of a model leaves every other stream's draws unchanged
// (what makes common random numbers work across designs).
import seedrandom from 'seedrandom';

/** A uniform draw on [0, 1). */
export type Stream = () => number;

/** The stream `${seed}/${replication}/${name}`, seedrandom's alea generator (fast, 2^116 period). */
export function createStream(seed: string | number, replication: number, name: string): Stream {
  return seedrandom.alea(`${seed}/${replication}/${name}`);
}
