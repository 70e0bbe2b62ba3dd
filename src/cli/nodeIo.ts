// The real CliIo for a Node process: process streams, fs, worker processes, SIGINT.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
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
