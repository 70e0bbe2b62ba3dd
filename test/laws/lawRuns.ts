// fast-check parameters for the laws: fixed seeds, so `npm test` is deterministic, and two knobs
// for a deeper search when hunting a bug:
//   OPSIM_LAWS_SEED=<n>   shifts every property's seed (another sample of models)
//   OPSIM_LAWS_SCALE=<k>  multiplies every property's number of runs
const shift = Number(process.env.OPSIM_LAWS_SEED ?? 0);
const scale = Number(process.env.OPSIM_LAWS_SCALE ?? 1);

export function lawRuns(seed: number, numRuns: number): { seed: number; numRuns: number } {
  return { seed: seed + shift, numRuns: Math.max(1, Math.round(numRuns * scale)) };
}
