// Holm's step-down procedure (S. Holm, "A simple sequentially rejective multiple test procedure",
// Scandinavian Journal of Statistics 6, 1979, 65-70). Across a family of m tests it keeps the chance of
// calling even one true null "significant" at most alpha, whatever the dependence between the tests
// (here: about 30 headline metrics of each variant, all from the same replications). Uniformly more
// powerful than Bonferroni.

/**
 * holmAdjust(p): the Holm-adjusted p-values, in the order given. Sort ascending, multiply the i-th
 * smallest (from 0) by m - i, keep the running maximum, cap at 1. A test is rejected at level alpha
 * exactly when its adjusted p-value is <= alpha. Ties keep their input order, so the result is deterministic.
 */
export function holmAdjust(p: readonly number[]): number[] {
  const m = p.length;
  const order = p.map((_, i) => i).sort((a, b) => p[a] - p[b] || a - b);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach((i, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p[i]));
    adjusted[i] = running;
  });
  return adjusted;
}
