import type { WorkerPool } from '../worker/index.js';
import type { CliIo } from './cliIo.js';
import { executorFor } from './executorFor.js';
import { barOn, type Progress } from './progress.js';

export interface Session {
  pool: WorkerPool;
  progress: Progress;
  /** True once Ctrl-C was pressed. */
  interrupted(): boolean;
}

/**
 * withSession(io, workers, fn, options): a worker pool (executorFor's, with its options), a progress bar and a Ctrl-C handler that cancels the
 * pool (terminating its workers) so `fn` sees its run resolve with what had finished. Everything is
 * torn down afterwards, whatever happens.
 */
export async function withSession<T>(
  io: CliIo,
  workers: number,
  fn: (s: Session) => Promise<T>,
  options: { ownProcess?: boolean } = {},
): Promise<T> {
  const pool = executorFor(io, workers, options);
  const progress = barOn(io);
  let interrupted = false;
  const off = io.onInterrupt?.(() => {
    interrupted = true;
    progress.stop();
    pool.cancel();
  });
  try {
    return await fn({ pool, progress, interrupted: () => interrupted });
  } finally {
    off?.();
    progress.stop();
    pool.close();
  }
}
