// Seeded random streams: one per source of randomness, derived from (seed, replication, name).
export { createStream, StreamSeeds } from './stream.js';
export type { Stream } from './stream.js';
