// Every bundled scenario runs as written through the command line (the built CLI in dist/, which
// `npm test` compiles first), and the company file compares its designs as `npm start` does. One
// replication and one worker per run: this checks that the files and the CLI fit together, not the
// numbers. The runs are started two at a time (the machine's two cores) before the checks read them.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledScenarios, repoRoot } from '../support/index.js';

const cli = join(repoRoot, 'bin', 'opsim.js');
const built = join(repoRoot, 'dist', 'bundle', 'cli', 'main.js');
const CONCURRENCY = 2;

interface Outcome {
  status: number | null;
  stdout: string;
  said: string;
}

function opsim(args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: repoRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) =>
      resolve({
        status,
        stdout,
        said: `opsim ${args.join(' ')} exited with ${status}\n--- stderr\n${stderr}\n--- stdout (end)\n${stdout.slice(-2000)}`,
      }),
    );
  });
}

/** Runs every command, at most `limit` at a time; results in the order of `commands`. */
async function runAll(commands: string[][], limit: number): Promise<Outcome[]> {
  const results: Outcome[] = new Array(commands.length);
  let next = 0;
  const worker = async () => {
    while (next < commands.length) {
      const i = next++;
      results[i] = await opsim(commands[i]);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

const scenarios = bundledScenarios();
const COMPARE = ['compare', 'scenarios/company/ai-native.yaml', '--replications', '2', '--workers', '1'];

describe('bundled scenarios through the CLI', () => {
  let outcomes: Outcome[] = [];
  beforeAll(async () => {
    if (!existsSync(built)) return;
    outcomes = await runAll(
      [COMPARE, ...scenarios.map((s) => ['run', s.shown, '--replications', '1', '--workers', '1'])],
      CONCURRENCY,
    );
  }, 600_000);

  it('has a built CLI (npm test builds it; otherwise run `npm run build:cli`)', () => {
    expect(
      existsSync(built),
      `${built} is missing: run \`npm run build:cli\` before \`npx vitest run test/golden\``,
    ).toBe(true);
  });

  it('opsim compare scenarios/company/ai-native.yaml (npm start) reports every design', () => {
    const compare = outcomes[0];
    expect(compare?.status, compare?.said).toBe(0);
    for (const design of [
      'base',
      'human-run',
      'review-everything',
      'merge-cs-teams',
      'add-reviewers',
      'raise-gate-threshold',
    ]) {
      expect(compare.stdout, `compare output names ${design}`).toContain(design);
    }
  });

  scenarios.forEach((scenario, i) => {
    it(`opsim run ${scenario.shown} exits 0`, () => {
      const run = outcomes[i + 1];
      expect(run?.status, run?.said).toBe(0);
      expect(run.stdout.length).toBeGreaterThan(0);
    });
  });
});
