import { readDuration } from '../scenario/index.js';

/** What a user asked for: null = the scenario's own `warmup`, `auto` = MSER-5 on a pilot, else hours. */
export type WarmupOption = 'auto' | number | null;

/**
 * readWarmup(text, horizonHours): `auto`, a duration in the scenario format (`2w`, `36h`), or
 * nothing. The error names no option, so the CLI (`--warmup: ...`) and the page can each say where
 * the text came from. A warm-up as long as the horizon would leave no window to observe.
 */
export function readWarmup(
  text: string | undefined,
  horizonHours: number,
): { warmup: WarmupOption } | { error: string } {
  if (text === undefined) return { warmup: null };
  if (text === 'auto') return { warmup: 'auto' };
  const d = readDuration(text);
  if ('error' in d) return { error: `expected "auto" or a duration; ${d.error}` };
  if (d.hours >= horizonHours) return { error: `${text} is not shorter than the horizon (${horizonHours} h)` };
  return { warmup: d.hours };
}
