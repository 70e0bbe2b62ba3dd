import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ipcEndpoint } from './nodeIpc.js';
import type { WorkerHandle } from './pool.js';
import { workerHandle, type WorkerChannel } from './workerHandle.js';

/**
 * spawnNodeWorker(entry): a worker in a child process running `entry` (dist/worker/nodeWorker.js).
 * A process rather than a worker thread: V8 ends the whole process on a fatal error (an array past
 * its maximum size, the heap limit), so only a process boundary lets the CLI survive it and say what
 * happened. The child's stderr is kept (its first few kilobytes) to name the cause.
 */
export function spawnNodeWorker(entry: URL): WorkerHandle {
  return workerHandle(nodeProcessChannel(entry));
}

export function nodeProcessChannel(entry: URL): WorkerChannel {
  const child = fork(fileURLToPath(entry), [], {
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (text: string) => {
    if (stderr.length < 16_384) stderr += text;
  });
  let terminating = false;
  let listener: ((reason: string) => void) | null = null;
  const fail = (reason: string) => {
    if (!terminating) listener?.(reason);
  };
  child.on('error', (err) => fail(`it could not be started (${err.message})`));
  // 'close' comes after stderr has been read to its end, so the cause is known.
  child.on('close', (code, signal) => {
    const how = signal ? `killed by ${signal}` : `exit code ${code}`;
    const cause = causeIn(stderr);
    fail(`it ${code === 0 && !signal ? 'exited' : 'crashed'} (${how}${cause ? `: ${cause}` : ''})`);
  });
  return {
    endpoint: ipcEndpoint(child),
    onFailure: (l) => {
      listener = l;
    },
    terminate: () => {
      terminating = true;
      child.kill();
    },
  };
}

/** The line of a dead process's stderr that says why: V8's fatal error, else the first error line. */
export function causeIn(stderr: string): string | null {
  const lines = stderr
    .split('\n')
    .map((l) => l.replace(/^#\s*/, '').trim())
    .filter((l) => l.length > 0);
  // V8 heads a fatal error with "Fatal error in <file>, line <n>" (often empty) before saying what it was.
  const fatal = lines.find((l) => /fatal|out of memory/i.test(l) && !/^Fatal error in .*, line \d+$/.test(l));
  const error = lines.find((l) => /^[A-Za-z]*Error\b/.test(l));
  const line = fatal ?? error ?? null;
  return line === null ? null : line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
