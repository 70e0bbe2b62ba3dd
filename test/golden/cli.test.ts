// Every bundled scenario runs as written through the command line (the built CLI in dist/, which
// `npm test` compiles first), and the company file compares its designs as `npm start` does. Few
// replications and one worker: this checks that the files and the CLI fit together, not the numbers.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledScenarios, repoRoot } from './bundledScenarios.js';

const cli = join(repoRoot, 'bin', 'opsim.js');
const built = join(repoRoot, 'dist', 'cli', 'main.js');

function opsim(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
  const said = `opsim ${args.join(' ')} exited with ${result.status}\n--- stderr\n${result.stderr}\n--- stdout (end)\n${result.stdout.slice(-2000)}`;
  return { ...result, said };
}

describe('bundled scenarios through the CLI', () => {
  it('has a built CLI (npm test builds it; otherwise run `npm run build:cli`)', () => {
    expect(existsSync(built), `${built} is missing: run \`npm run build:cli\` before \`npx vitest run test/golden\``).toBe(true);
  });

  for (const scenario of bundledScenarios()) {
    it(`opsim run ${scenario.shown} exits 0`, () => {
      const run = opsim('run', scenario.shown, '--replications', '1', '--workers', '1');
      expect(run.status, run.said).toBe(0);
      expect(run.stdout.length).toBeGreaterThan(0);
    });
  }

  it('opsim compare scenarios/company/ai-native.yaml (npm start) reports every design', () => {
    const compare = opsim('compare', 'scenarios/company/ai-native.yaml', '--replications', '2', '--workers', '1');
    expect(compare.status, compare.said).toBe(0);
    for (const design of ['base', 'human-run', 'review-everything', 'merge-cs-teams', 'add-reviewers', 'raise-gate-threshold']) {
      expect(compare.stdout, `compare output names ${design}`).toContain(design);
    }
  });
});
