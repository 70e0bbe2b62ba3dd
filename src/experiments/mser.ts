export interface MserResult {
  batchSize: number;
  /** Number of complete batches the series was cut into (a trailing partial batch is dropped). */
  batches: number;
  /** Batches to delete from the start. */
  truncatedBatches: number;
  /** Samples to delete from the start: truncatedBatches * batchSize. */
  truncatedSamples: number;
  /** The minimised MSER statistic at the chosen truncation. */
  statistic: number;
}

/**
 * mser(series, batchSize = 5): MSER-m truncation (White 1997; MSER-5 with batches of 5). The series is
 * cut into batch means Y_1..Y_k, and the deletion d in [0, k/2] minimising
 *   MSER(d) = sum_{i>d} (Y_i - mean(Y_{d+1..k}))^2 / (k - d)^2
 * is chosen; the first minimum wins ties. Limiting d to half the series is the usual guard against the
 * statistic's tendency to delete almost everything when the tail happens to be flat.
 */
export function mser(series: readonly number[], batchSize = 5): MserResult {
  const k = Math.floor(series.length / batchSize);
  const means: number[] = [];
  for (let b = 0; b < k; b++) {
    let s = 0;
    for (let j = 0; j < batchSize; j++) s += series[b * batchSize + j];
    means.push(s / batchSize);
  }
  let best = 0;
  let bestStat = Infinity;
  for (let d = 0; d <= Math.floor(k / 2) && d < k; d++) {
    let sum = 0;
    for (let i = d; i < k; i++) sum += means[i];
    const mean = sum / (k - d);
    let sse = 0;
    for (let i = d; i < k; i++) sse += (means[i] - mean) * (means[i] - mean);
    const stat = sse / ((k - d) * (k - d));
    if (stat < bestStat) {
      bestStat = stat;
      best = d;
    }
  }
  return {
    batchSize,
    batches: k,
    truncatedBatches: best,
    truncatedSamples: best * batchSize,
    statistic: k === 0 ? 0 : bestStat,
  };
}
