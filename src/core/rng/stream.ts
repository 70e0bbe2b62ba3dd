// One seeded stream per source of randomness. Streams are keyed by names made from model ids,
// never positions, so editing one part of a model leaves every other stream's draws unchanged
// (what makes common random numbers work across designs).
import seedrandom from 'seedrandom';

/** A uniform draw on [0, 1). */
export type Stream = () => number;

/**
 * The stream `${seed}/${replication}/${name}`: seedrandom's alea generator (Baagoe; fast, period
 * about 2^116). seedrandom seeds it; the draws are this file's port of alea's step, on a state held
 * in a Float64Array (s0, s1, s2, c), so that samplers can draw inside their own loops without a
 * call (aleaStateOf, nextUniform). The same arithmetic, so the same bits as seedrandom's own.
 */
export function createStream(seed: string | number, replication: number, name: string): Stream {
  const seeded = seedrandom.alea(`${seed}/${replication}/${name}`, { state: true }).state();
  const state = Float64Array.of(seeded.s0, seeded.s1, seeded.s2, seeded.c);
  const u: Stream = () => nextUniform(state);
  STATES.set(u, state);
  return u;
}

const STATES = new WeakMap<Stream, Float64Array>();

/** The generator state behind a stream made by createStream, or null for any other function. */
export function aleaStateOf(u: Stream): Float64Array | null {
  return STATES.get(u) ?? null;
}

/** One step of alea on its state [s0, s1, s2, c]: the next uniform on [0, 1). */
export function nextUniform(state: Float64Array): number {
  const t = 2091639 * state[0] + state[3] * 2.3283064365386963e-10; // 2^-32
  state[0] = state[1];
  state[1] = state[2];
  const c = t | 0;
  state[3] = c;
  return (state[2] = t - c);
}
