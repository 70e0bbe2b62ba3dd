import type { CliIo } from './cliIo.js';
import { barOn, type Progress } from './progress.js';

/**
 * interruptible(io, work): runs `work` (an API call taking a progress bar's update and an
 * AbortSignal) with a bar of replications and Ctrl-C wired to the signal. Resolves with the work's
 * result, or null when Ctrl-C stopped it; any other failure is passed on.
 */
export async function interruptible<T>(
  io: CliIo,
  work: (progress: Progress, signal: AbortSignal) => Promise<T>,
): Promise<T | null> {
  const progress = barOn(io);
  const abort = new AbortController();
  const off = io.onInterrupt?.(() => {
    progress.stop();
    abort.abort();
  });
  try {
    return await work(progress, abort.signal);
  } catch (err) {
    if (abort.signal.aborted) return null;
    throw err;
  } finally {
    off?.();
    progress.stop();
  }
}
