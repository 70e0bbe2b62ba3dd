import type { WorkerHandle } from '../worker/index.js';

/**
 * Everything the CLI touches outside itself, injected so that main() runs in tests without a
 * process: output streams, files, the worker factory, interrupts.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file (bytes, or text already decoded); throws (any error) when it cannot. */
  readFile(path: string): string | Uint8Array;
  writeFile(path: string, text: string): void;
  /**
   * Why `path` could not be written (its folder missing, a folder in its place, no permission), or
   * null when it can: checked before a command's work (outputFile.ts). Absent: not checked.
   */
  whyNotWritable?(path: string): string | null;
  /** Streams a file's bytes (large event logs); absent means readFile is used. */
  openRead?(path: string): AsyncIterable<Uint8Array>;
  /** Opens a file for writing in chunks (event logs written as a run goes); absent means one writeFile at close. */
  openWrite?(path: string): { write(chunk: string): void; close(): void };
  /** Called once with the exit code when main finishes. */
  exit?(code: number): void;
  /**
   * The terminal's width in characters when stdout is a terminal: text tables wider than it are
   * split into parts that fit. Absent (a pipe, a file): tables are written whole.
   */
  stdoutColumns?: number;
  /** True when stderr is a terminal: only then is a progress bar drawn (on progressStream). */
  isTTY: boolean;
  progressStream?: NodeJS.WriteStream | null;
  /** Default for --workers. */
  cpus: number;
  /** Spawns one worker; absent means every job runs in-process. */
  spawnWorker?: () => WorkerHandle;
  /**
   * Starts `count` workers ahead of time, called before a command reads its scenario, so that they
   * start while it loads; spawnWorker hands them out first.
   */
  prepareWorkers?(count: number): void;
  /** Registers a Ctrl-C handler; returns a function that removes it. */
  onInterrupt?(handler: () => void): () => void;
  /** Print the stack of unexpected errors (OPSIM_DEBUG=1); user errors never show one. */
  debug?: boolean;
  /** Environment variables, read only by `--shard auto` (docs/distributed.md). */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * The bytes this process's heap may grow to: a run or compare whose results would not fit is stopped
   * before it runs (heldResultsGuard.ts). Absent: not checked.
   */
  heapLimit?: number;
  /** Milliseconds since some fixed origin, for the progress bar only (never in a report). */
  now?(): number;
}
