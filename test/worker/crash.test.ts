// What a run does when a worker dies: the job in hand fails with a WorkerError saying which
// replication and why, the CLI prints one line and exits 1, and nothing waits forever. Uses the
// compiled dist/ (npm test builds it first).
import { describe, expect, it } from 'vitest';
import { createWorkerPool } from '../../src/worker/index.js';
import { causeIn, spawnNodeWorker } from '../../src/worker/node.js';
import { formatIssue, loadScenario } from '../../src/scenario/index.js';
import { runCli } from '../cli/memoryIo.js';
import { TINY_FILE, TINY_YAML } from '../experiments/tinyScenario.js';

const failsToLoad = new URL('./fixtures/failsToLoad.mjs', import.meta.url);
const runsOutOfMemory = new URL('./fixtures/runsOutOfMemory.mjs', import.meta.url);

const loaded = loadScenario({ file: TINY_FILE, text: TINY_YAML });
if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join('\n'));
const model = loaded.model;

/** Runs `fn` with a small heap for the worker processes it starts (they inherit the environment). */
async function withSmallHeap<T>(fn: () => Promise<T>): Promise<T> {
  const before = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = `${before ?? ''} --max-old-space-size=32`.trim();
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = before;
  }
}

describe('spawnNodeWorker(entry) when the worker dies', () => {
  it('rejects the job with a WorkerError when the worker fails to load', async () => {
    const pool = createWorkerPool({ size: 2, spawn: () => spawnNodeWorker(failsToLoad) });
    const run = pool.run([0, 1, 2].map((replication) => ({ model, seed: 1, replication })));
    await expect(run).rejects.toMatchObject({ name: 'WorkerError' });
    await expect(run).rejects.toThrow(
      /^a simulation worker stopped while running replication \d of "Tiny": it crashed \(exit code 1: Error: broken on purpose\)$/,
    );
    pool.close();
  });

  it('rejects the job with a WorkerError naming the cause when the worker dies of a fatal out-of-memory error', async () => {
    const run = await withSmallHeap(async () => {
      const pool = createWorkerPool({ size: 1, spawn: () => spawnNodeWorker(runsOutOfMemory) });
      const outcome = pool.run([{ model, seed: 1, replication: 3 }]).then(
        () => 'resolved',
        (err: Error) => `${err.name}: ${err.message}`,
      );
      return outcome.finally(() => pool.close());
    });
    expect(run).toMatch(
      /^WorkerError: a simulation worker stopped while running replication 3 of "Tiny": it crashed \((killed by SIGABRT|exit code \d+): .*out of memory\)$/,
    );
  });

  it('makes opsim compare print one line and exit 1, with no stack trace', async () => {
    const out = await withSmallHeap(() =>
      runCli(
        ['compare', TINY_FILE, '--replications', '2', '--workers', '2'],
        { [TINY_FILE]: TINY_YAML },
        { spawnWorker: () => spawnNodeWorker(runsOutOfMemory) },
      ),
    );
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(
      /^opsim: WorkerError: a simulation worker stopped while running replication \d of "Tiny": it crashed \(.*out of memory\)\n$/,
    );
  });
});

describe('causeIn(stderr)', () => {
  it("finds V8's fatal error line, else the first error line, else nothing", () => {
    const v8 =
      '\n#\n# Fatal error in , line 0\n# Fatal JavaScript invalid size error 169220804\n#\n#\n\n#FailureMessage Object: 0x7ffd\n----- Native stack trace -----\n';
    expect(causeIn(v8)).toBe('Fatal JavaScript invalid size error 169220804');
    expect(causeIn('file:///x.mjs:2\nthrow new Error("no");\n^\n\nError: no\n    at file:///x.mjs:2:7\n')).toBe(
      'Error: no',
    );
    expect(causeIn('')).toBeNull();
  });
});
