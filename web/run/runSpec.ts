// What a report states besides its runs, filled the way the CLI fills it, so that a report made
// here is byte-identical to `opsim run --json` for the same file, design, seed and replications.
import type { Model } from '../../src/core/model/model.js';
import type { WarmupInfo } from '../../src/experiments/index.js';

export function scenarioWarmup(model: Model): WarmupInfo {
  return { method: 'scenario', hours: model.warmup, pilot: null };
}

/** The scenario's own seed and replications (the CLI's defaults), from the document. */
export function scenarioDefaults(doc: Record<string, unknown>): { seed: string; replications: number } {
  const seed = doc.seed;
  const reps = doc.replications;
  return {
    seed: typeof seed === 'string' || typeof seed === 'number' ? String(seed) : '1',
    replications: typeof reps === 'number' && Number.isInteger(reps) && reps > 0 ? reps : 10,
  };
}
