import type { Model } from '../core/index.js';
import type { Executor } from './executor.js';
import { autoWarmup } from './autoWarmup.js';
import type { WarmupInfo } from './warmupInfo.js';
import type { WarmupOption } from './warmupOption.js';

/** Pilot replications for `auto`: enough to smooth the WIP series, few enough to stay cheap. */
export const PILOT_REPLICATIONS = 5;

export interface WarmupRequest {
  option: WarmupOption;
  seed: string;
  /** Replications of the job itself; a pilot never runs more. */
  replications: number;
  /**
   * Which models an `auto` pilot runs: `all` for designs compared with each other; `first` for the
   * points of a sweep, which are one design with a parameter moved, so one pilot serves them all
   * instead of a pilot per point costing as much as the sweep.
   */
  pilot?: 'all' | 'first';
  /** Pilot replications done of all the pilot's replications. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * resolveWarmup(executor, models, request): the warm-up every model will use, and the models with
 * it set. With the scenario's warm-up each model keeps its own and the report states the first's.
 * With `auto`, the longest piloted warm-up wins, so all designs share one observation window (a
 * fair comparison). Returns null when the pilot was cancelled.
 */
export async function resolveWarmup(
  executor: Executor,
  models: readonly Model[],
  request: WarmupRequest,
): Promise<{ warmup: WarmupInfo; models: Model[] } | null> {
  const { option } = request;
  if (option === null)
    return { warmup: { method: 'scenario', hours: models[0].warmup, pilot: null }, models: [...models] };
  if (option !== 'auto')
    return {
      warmup: { method: 'fixed', hours: option, pilot: null },
      models: models.map((m) => ({ ...m, warmup: option })),
    };
  const piloted = request.pilot === 'first' ? models.slice(0, 1) : models;
  const per = Math.max(1, Math.min(PILOT_REPLICATIONS, request.replications));
  let chosen: WarmupInfo | null = null;
  request.onProgress?.(0, piloted.length * per); // a pilot's first replication can take a while: say it started
  for (const [k, model] of piloted.entries()) {
    const progress =
      request.onProgress && ((done: number) => request.onProgress!(k * per + done, piloted.length * per));
    const w = await autoWarmup(executor, model, request.seed, per, progress);
    if (w === null) return null;
    if (chosen === null || w.hours > chosen.hours) chosen = w;
  }
  const hours = chosen!.hours;
  return { warmup: chosen!, models: models.map((m) => ({ ...m, warmup: hours })) };
}
