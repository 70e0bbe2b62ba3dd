// Seeded random streams: one per source of randomness, derived from (seed, replication, name).
export { createStream } from './stream.js';
export type { Stream } from './stream.js';
