// How long the busy task has left, in words for its progress line: the phase's pace so far applied
// to what remains. A Compare of the company's five designs by 100 replications keeps a reader
// waiting a quarter of a minute on two cores; "about 9 s left" says whether to wait or to Cancel.

/** Before this much of a phase has passed, or before anything finished, its pace says too little. */
const SETTLING_MS = 1000;

/**
 * "about 12 s left", "about 3 min left", or null while the pace is not known yet (the first second of
 * a phase, nothing finished) or when less than a second remains. `done` may count parts of
 * replications (the share simulated of those running), which smooths the pace.
 */
export function timeLeft(elapsedMs: number, done: number, total: number): string | null {
  if (elapsedMs < SETTLING_MS || !(done > 0) || !(total > done)) return null;
  const seconds = ((total - done) * elapsedMs) / done / 1000;
  if (seconds < 1) return null;
  if (seconds < 90) return `about ${Math.round(seconds)} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}
