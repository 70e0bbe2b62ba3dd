/**
 * shardRange(total, k, n): the k-th (1-based) of n contiguous, near-equal parts of a job list of
 * length `total`, as [start, end). The parts cover the list exactly once.
 */
export function shardRange(total: number, k: number, n: number): [number, number] {
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(k) || k < 1 || k > n) {
    throw new RangeError(`shard must be k/n with 1 <= k <= n, got ${k}/${n}`);
  }
  return [Math.floor(((k - 1) * total) / n), Math.floor((k * total) / n)];
}

/** parseShard("2/4") => { k: 2, n: 4 }; throws a RangeError naming the expectation otherwise. */
export function parseShard(text: string): { k: number; n: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) throw new RangeError(`--shard: expected k/n such as 1/4, got "${text}"`);
  const k = Number(m[1]);
  const n = Number(m[2]);
  if (n < 1 || k < 1 || k > n) throw new RangeError(`--shard: expected 1 <= k <= n, got "${text}"`);
  return { k, n };
}
