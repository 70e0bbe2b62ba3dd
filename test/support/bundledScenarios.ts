// Every scenario file bundled under scenarios/, found on disk so that a new file is covered the day
// it is added.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario, type LoadResult } from '../../src/scenario/index.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const scenariosDir = join(repoRoot, 'scenarios');
export const goldenDir = join(repoRoot, 'test', 'golden');

const SCENARIO = /\.(ya?ml|json)$/;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : SCENARIO.test(entry.name) ? [join(dir, entry.name)] : [],
    );
}

export interface BundledScenario {
  /** Absolute path. */
  file: string;
  /** Path from the repository root, for messages: scenarios/company/ai-native.yaml. */
  shown: string;
  /** Golden name: the path under scenarios/ without extension, '/' as '-': company-ai-native. */
  name: string;
}

export function bundledScenarios(): BundledScenario[] {
  return walk(scenariosDir).map((file) => ({
    file,
    shown: relative(repoRoot, file),
    name: relative(scenariosDir, file).replace(SCENARIO, '').split(/[\\/]/).join('-'),
  }));
}

/** Loads a bundled file (resolving `extends` from disk) as the CLI would, optionally with a variant. */
export function loadBundled(file: string, variant?: string): LoadResult {
  return loadScenario(
    { file, text: readFileSync(file, 'utf8') },
    { variant, readFile: (path) => readFileSync(path, 'utf8') },
  );
}
