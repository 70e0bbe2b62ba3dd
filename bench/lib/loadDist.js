// The benchmark runs the compiled engine (npm run bench builds it first), never the TypeScript
// sources, so what is measured is what users run. Missing modules give one readable message.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
// OPSIM_BENCH_DIST points the harness at another build (an older commit's dist/, to compare).
export const distRoot = process.env.OPSIM_BENCH_DIST ?? join(repoRoot, 'dist');

export async function loadDist(relative) {
  const file = join(distRoot, relative);
  if (!existsSync(file)) {
    throw new Error(`${join('dist', relative)} is missing: run "npm run build:cli" first (npm run bench does it)`);
  }
  return import(pathToFileURL(file).href);
}

export function distExists(relative) {
  return existsSync(join(distRoot, relative));
}
