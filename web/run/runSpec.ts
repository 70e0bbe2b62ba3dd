// What a report states besides its runs, filled the way the CLI fills it, so that a report made
// here is byte-identical to `opsim run --json` for the same file, design, seed and replications.
// (The warm-up is resolved by src/experiments resolveWarmup, as in the CLI.)

/** The scenario's own seed and replications (the CLI's defaults), from the document. */
export function scenarioDefaults(doc: Record<string, unknown>): { seed: string; replications: number } {
  const seed = doc.seed;
  const reps = doc.replications;
  return {
    seed: typeof seed === 'string' || typeof seed === 'number' ? String(seed) : '1',
    replications: typeof reps === 'number' && Number.isInteger(reps) && reps > 0 ? reps : 10,
  };
}
