import type { Model } from '../core/model/model.js';
import { autoWarmup } from '../experiments/autoWarmup.js';
import type { WarmupInfo } from '../experiments/warmupInfo.js';
import type { Executor } from '../worker/pool.js';
import { parseWarmup } from './options.js';

/** Pilot replications for --warmup auto: enough to smooth the WIP series, few enough to stay cheap. */
const PILOT_REPLICATIONS = 5;

/**
 * resolveWarmup(option, models, ...): the warm-up every design will use, and the models with it set.
 * With `auto`, each design gets a pilot and the longest warm-up wins, so all designs share one
 * observation window (a fair comparison). Returns null when the pilot was interrupted.
 */
export async function resolveWarmup(
  option: string | undefined,
  models: Model[],
  executor: Executor,
  seed: string,
  replications: number,
): Promise<{ warmup: WarmupInfo; models: Model[] } | null> {
  const parsed = parseWarmup(option, models[0].horizon);
  if (parsed === null) return { warmup: { method: 'scenario', hours: models[0].warmup, pilot: null }, models };
  if (parsed !== 'auto') return { warmup: { method: 'fixed', hours: parsed, pilot: null }, models: models.map((m) => ({ ...m, warmup: parsed })) };
  let chosen: WarmupInfo | null = null;
  for (const model of models) {
    const w = await autoWarmup(executor, model, seed, Math.min(PILOT_REPLICATIONS, replications));
    if (w === null) return null;
    if (chosen === null || w.hours > chosen.hours) chosen = w;
  }
  const hours = chosen!.hours;
  return { warmup: chosen!, models: models.map((m) => ({ ...m, warmup: hours })) };
}
