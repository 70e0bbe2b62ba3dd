import type { Model } from '../core/index.js';
import type { Executor } from './executor.js';
import { mser } from './mser.js';
import { replicate } from './replicate.js';
import type { WarmupInfo } from './warmupInfo.js';

/** Samples a pilot takes when the model has no trace interval: 500 samples = 100 batches of 5. */
const PILOT_SAMPLES = 500;

/**
 * autoWarmup(executor, model, seed, pilotReplications, onProgress?): runs replications 0..p-1 of the model with a
 * WIP trace and no warm-up, averages their WIP series sample by sample, and applies MSER-5. The
 * warm-up is the time of the first sample kept.
 */
export async function autoWarmup(
  executor: Executor,
  model: Model,
  seed: string,
  pilotReplications: number,
  onProgress?: (done: number, total: number) => void,
): Promise<WarmupInfo | null> {
  const every = model.traceEvery > 0 ? model.traceEvery : model.horizon / PILOT_SAMPLES;
  const pilot: Model = { ...model, traceEvery: every, warmup: 0 };
  const { runs, cancelled } = await replicate(executor, [pilot], seed, 0, Math.max(1, pilotReplications), onProgress, {
    keepSeries: true,
  });
  if (cancelled || runs[0].length === 0) return null;
  const series = runs[0].map((r) => r.series);
  if (series.some((s) => s === null))
    throw new Error('autoWarmup: the engine returned no series although traceEvery was set');
  const length = Math.min(...series.map((s) => s!.wip.length));
  const mean: number[] = [];
  for (let i = 0; i < length; i++) {
    let sum = 0;
    for (const s of series) sum += s!.wip[i];
    mean.push(sum / series.length);
  }
  const cut = mser(mean, 5);
  const t = series[0]!.t;
  return {
    method: 'auto',
    hours: cut.truncatedSamples === 0 ? 0 : (t[cut.truncatedSamples] ?? cut.truncatedSamples * every),
    pilot: {
      replications: runs[0].length,
      sampleEveryHours: every,
      samples: length,
      batchSize: cut.batchSize,
      truncatedBatches: cut.truncatedBatches,
      statistic: cut.statistic,
    },
  };
}
