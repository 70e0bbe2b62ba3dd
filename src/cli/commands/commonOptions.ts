// Options that run, compare and sweep share, declared once so that a new common flag is added in
// one place and the three commands cannot drift apart in what they accept.

/** How many replications, from which seed, on how many workers, printed how. */
export interface ReplicationOptions {
  seed?: string;
  replications?: string;
  warmup?: string;
  workers?: string;
  json?: boolean;
  csv?: boolean;
  md?: boolean;
}

/** --shard k/n (or auto, with --shards n) and where the shard's result goes. */
export interface ShardOptions {
  shard?: string;
  shards?: string;
  out?: string;
}
