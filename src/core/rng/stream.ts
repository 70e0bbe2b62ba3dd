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
export function createStream(
  seed: string | number,
  replication: number,
  name: string,
  seeds: StreamSeeds | null = null,
): Stream {
  const key = `${seed}/${replication}/${name}`;
  const state = seeds === null ? seededState(key) : seeds.stateOf(key);
  const u: Stream = () => nextUniform(state);
  STATES.set(u, state);
  return u;
}

/** alea's state [s0, s1, s2, c] as seedrandom seeds it from `key` (Mash: three passes over the key). */
function seededState(key: string): Float64Array {
  const seeded = seedrandom.alea(key, { state: true }).state();
  return Float64Array.of(seeded.s0, seeded.s1, seeded.s2, seeded.c);
}

/**
 * Seeded states kept from one run to the next by whoever runs many (a worker): a copy of the state
 * seedrandom would give, so the draws are the same with or without it. The designs of a comparison
 * and the points of a sweep run replication r one after the other, with the same seed and mostly
 * the same stream names (common random numbers), and seeding a stream (alea's Mash, three passes over
 * its key) costs about 3 µs: some 90 streams, 0.3 ms, of every company replication's set-up, a tenth
 * of a short replication's time. At most MAX_KEPT states are kept (about 100 bytes each); past that
 * they are dropped and kept anew.
 */
export class StreamSeeds {
  private readonly states = new Map<string, Float64Array>();

  stateOf(key: string): Float64Array {
    let state = this.states.get(key);
    if (state === undefined) {
      if (this.states.size >= MAX_KEPT) this.states.clear();
      state = seededState(key);
      this.states.set(key, state);
    }
    return state.slice();
  }
}

const MAX_KEPT = 4096;

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
