/**
 * shardJobs(total, k, n): the jobs of the k-th (1-based) of n shards of a job list of length `total`:
 * every n-th job starting at k - 1 (strided). The shards cover the list exactly once. Strided rather
 * than contiguous, because the list is design-major: a contiguous part would hold all the replications
 * of a few designs, and a costly design (a long horizon, a congested point) would load one machine.
 */
export function shardJobs(total: number, k: number, n: number): number[] {
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(k) || k < 1 || k > n) {
    throw new RangeError(`shard must be k/n with 1 <= k <= n, got ${k}/${n}`);
  }
  const jobs: number[] = [];
  for (let j = k - 1; j < total; j += n) jobs.push(j);
  return jobs;
}

/** shardSize(total, k, n): how many jobs shardJobs(total, k, n) holds, without listing them. */
export function shardSize(total: number, k: number, n: number): number {
  return k > total ? 0 : Math.floor((total - k) / n) + 1;
}
