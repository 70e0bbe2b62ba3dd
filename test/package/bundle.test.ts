// The bundled CLI (dist/bundle/, scripts/bundleCli.mjs) that bin/opsim.js runs: its worker processes
// are the bundled worker, and its reports are the compiled modules' reports, byte for byte, with one
// worker or two. Uses the build in dist/ (npm test builds it first).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/index.js';

const bundle = join(repoRoot, 'dist', 'bundle');
const bin = join(repoRoot, 'bin', 'opsim.js');
const modules = join(repoRoot, 'dist', 'cli', 'main.js');
const COMPARE = [
  'compare',
  'scenarios/company/ai-native.yaml',
  '--variants',
  'human-run',
  '--replications',
  '3',
  '--json',
];

const opsim = (entry: string, args: string[]) =>
  execFileSync(process.execPath, [entry, ...args], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

describe('the bundled CLI', () => {
  it('finds the bundled worker from every chunk, as nodeIo looks for it (../worker/nodeWorker.js)', () => {
    const chunks = readdirSync(join(bundle, 'cli')).filter((f) => f.endsWith('.js'));
    expect(chunks).toContain('main.js');
    for (const chunk of chunks) {
      const worker = new URL('../worker/nodeWorker.js', pathToFileURL(join(bundle, 'cli', chunk)));
      expect(fileURLToPath(worker)).toBe(join(bundle, 'worker', 'nodeWorker.js'));
      expect(existsSync(worker)).toBe(true);
    }
  });

  it('reports what the compiled modules report, byte for byte, with one worker and with two', () => {
    const expected = opsim(modules, [...COMPARE, '--workers', '1']);
    expect(JSON.parse(expected).designs).toHaveLength(2);
    expect(opsim(bin, [...COMPARE, '--workers', '1'])).toBe(expected);
    expect(opsim(bin, [...COMPARE, '--workers', '2'])).toBe(expected);
  }, 120_000);

  it('keeps compiled code on disk where Node can (22.1 and later), and reports the same with it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opsim-compile-cache-'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, NODE_COMPILE_CACHE: dir };
      delete env.NODE_DISABLE_COMPILE_CACHE;
      const run = () =>
        execFileSync(process.execPath, [bin, ...COMPARE, '--workers', '2'], {
          cwd: repoRoot,
          encoding: 'utf8',
          env,
          maxBuffer: 64 * 1024 * 1024,
        });
      const first = run();
      const kept = readdirSync(dir, { recursive: true }).length;
      if (typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function') {
        expect(kept).toBeGreaterThan(0);
      } else {
        expect(kept).toBe(0);
      }
      expect(run()).toBe(first);
      expect(first).toBe(opsim(modules, [...COMPARE, '--workers', '1']));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('opsim drift measures the same replications in worker processes as in its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opsim-drift-'));
    try {
      const log = join(dir, 'observed.csv');
      opsim(bin, ['run', 'scenarios/validation/rework-loop.yaml', '--replications', '1', '--events', log]);
      const drift = (workers: string) => {
        try {
          return opsim(bin, [
            'drift',
            'scenarios/validation/rework-loop.yaml',
            '--observed',
            log,
            '--window',
            '2w',
            '--replications',
            '8',
            '--json',
            '--workers',
            workers,
          ]);
        } catch (err) {
          // Exit 3 (drift found) is an answer too; its report is on stdout.
          return (err as { stdout: string }).stdout;
        }
      };
      const one = drift('1');
      expect(JSON.parse(one).replications).toBe(8);
      expect(drift('2')).toBe(one);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
