/**
 * ocbaAllocation(means, sds, counts, increment): how many more replications each design gets, by
 * Optimal Computing Budget Allocation:
 *   C.-H. Chen, J. Lin, E. Yücesan and S. E. Chick (2000), "Simulation budget allocation for further
 *   enhancing the efficiency of ordinal optimization", Discrete Event Dynamic Systems 10(3), 251–270.
 * For the smallest mean b (callers negate figures to be maximised), with gaps δ_i = μ_i − μ_b:
 *   N_i / N_j = (σ_i / δ_i)² / (σ_j / δ_j)²  for i, j ≠ b,   N_b = σ_b · sqrt(Σ_{i≠b} N_i² / σ_i²),
 * which asymptotically maximises the probability that b is truly the best for a given budget. The
 * target total is the current total plus `increment`; designs already past their share get nothing,
 * and the increment is shared among the rest in proportion to their shortfall, rounded down, the
 * remainder going one by one to the largest shortfalls (first index on ties): deterministic.
 * A design with no spread needs no more replications; a gap of 0 is floored at a millionth of the
 * largest spread so that ties ask for many replications rather than dividing by zero.
 */
export function ocbaAllocation(
  means: readonly number[],
  sds: readonly number[],
  counts: readonly number[],
  increment: number,
): number[] {
  const k = means.length;
  const add = new Array<number>(k).fill(0);
  if (k === 0 || increment <= 0) return add;
  if (k === 1) {
    add[0] = increment;
    return add;
  }
  let b = 0;
  for (let i = 1; i < k; i++) if (means[i] < means[b]) b = i;
  const spread = Math.max(...sds);
  if (spread === 0) return add;
  const floor = spread * 1e-6;
  const ratio = new Array<number>(k).fill(0);
  let sumSq = 0;
  for (let i = 0; i < k; i++) {
    if (i === b) continue;
    const gap = Math.max(means[i] - means[b], floor);
    ratio[i] = (sds[i] / gap) ** 2;
    if (sds[i] > 0) sumSq += (ratio[i] * ratio[i]) / (sds[i] * sds[i]);
  }
  ratio[b] = sds[b] * Math.sqrt(sumSq);
  const total = counts.reduce((s, n) => s + n, 0) + increment;
  const sumRatio = ratio.reduce((s, r) => s + r, 0);
  const shortfall = ratio.map((r, i) => Math.max(0, (total * r) / sumRatio - counts[i]));
  const sumShort = shortfall.reduce((s, x) => s + x, 0);
  if (sumShort === 0) return add;
  let given = 0;
  for (let i = 0; i < k; i++) {
    add[i] = Math.floor((increment * shortfall[i]) / sumShort);
    given += add[i];
  }
  const order = shortfall.map((_, i) => i).sort((x, y) => shortfall[y] - shortfall[x] || x - y);
  for (let j = 0; given < increment && j < order.length; j++) {
    if (shortfall[order[j]] === 0) continue;
    add[order[j]]++;
    given++;
  }
  return add;
}
