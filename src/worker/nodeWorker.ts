// The CLI's worker: a child process (not a thread, so that a fatal engine error or running out of
// memory ends this process only, and the CLI reports it) exposing the worker API to its parent over
// the IPC channel. Node-only; the CLI forks this file's bundled copy, dist/bundle/worker/nodeWorker.js
// (see nodeProcess.ts and cli/nodeIo.ts).
import module from 'node:module';
import { expose } from 'comlink';
import { createWorkerApi } from './api.js';
import { ipcEndpoint } from './nodeIpc.js';
import type { ProgressMessage } from './protocol.js';

if (!process.send) throw new Error('nodeWorker.js must be started as a child process with an IPC channel');
const endpoint = ipcEndpoint(process);
expose(
  createWorkerApi(undefined, (share) => endpoint.postMessage({ opsimProgress: share } satisfies ProgressMessage)),
  endpoint,
);
// The parent is gone (it exited or closed the pool): nothing is left to do.
process.on('disconnect', () => process.exit(0));

// bin/opsim.js has Node keep compiled code on disk (Node 22.1 and later); this process inherits the
// folder, and is ended by a signal, which writes nothing. So what its start compiled is written now.
(module as { flushCompileCache?: () => void }).flushCompileCache?.();
