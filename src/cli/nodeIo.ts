// The real CliIo for a Node process: process streams, fs, worker processes, SIGINT.
import { accessSync, constants, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { nodeOpenRead, nodeOpenWrite } from './logFiles.js';
import { availableParallelism } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { fileURLToPath } from 'node:url';
import type { WorkerHandle } from '../worker/index.js';
import type { CliIo } from './cliIo.js';
import { spawnNodeWorker } from '../worker/node.js';

/**
 * The worker entry next to the CLI: dist/bundle/worker/nodeWorker.js from the bundle (every chunk
 * sits in dist/bundle/cli/), dist/worker/nodeWorker.js from the compiled modules; from src (tests,
 * tsx) fall back to the built dist.
 */
export function nodeWorkerUrl(): URL {
  const sibling = new URL('../worker/nodeWorker.js', import.meta.url);
  if (existsSync(fileURLToPath(sibling))) return sibling;
  return new URL('../../dist/worker/nodeWorker.js', import.meta.url);
}

export function nodeIo(): CliIo {
  const workerUrl = nodeWorkerUrl();
  const ready: WorkerHandle[] = [];
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    // Bytes, so that a file that is not UTF-8 is reported as such instead of read with replacement characters.
    readFile: (p) => readFileSync(p),
    writeFile: (p, t) => writeFileSync(p, t),
    whyNotWritable,
    openRead: nodeOpenRead,
    openWrite: nodeOpenWrite,
    stdoutColumns: process.stdout.isTTY ? process.stdout.columns : undefined,
    isTTY: Boolean(process.stderr.isTTY),
    progressStream: process.stderr,
    cpus: availableParallelism(),
    spawnWorker: () => ready.shift() ?? spawnNodeWorker(workerUrl),
    prepareWorkers: (count) => {
      while (ready.length < count) ready.push(spawnNodeWorker(workerUrl));
    },
    onInterrupt: (handler) => {
      process.on('SIGINT', handler);
      return () => void process.off('SIGINT', handler);
    },
    heapLimit: getHeapStatistics().heap_size_limit,
    now: () => performance.now(),
    debug: Boolean(process.env.OPSIM_DEBUG),
    env: process.env,
  };
}

/** See CliIo.whyNotWritable. */
export function whyNotWritable(path: string): string | null {
  const folder = dirname(resolve(path));
  let target;
  let parent;
  try {
    target = statSync(path, { throwIfNoEntry: false });
    parent = statSync(folder, { throwIfNoEntry: false });
  } catch (err) {
    // ENOTDIR: a file stands where the path needs a folder (the file's own folder, or one above it).
    return (err as NodeJS.ErrnoException).code === 'ENOTDIR'
      ? `a part of ${folder} is a file, not a folder`
      : `its folder cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  if (target?.isDirectory()) return 'it is a folder';
  if (parent === undefined) return `there is no folder ${folder}`;
  try {
    accessSync(target === undefined ? folder : path, constants.W_OK);
  } catch {
    return target === undefined ? `no permission to write in ${folder}` : 'no permission to write it';
  }
  return null;
}
