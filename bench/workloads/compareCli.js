// `opsim compare` of the bundled company, run as a user runs it: a fresh CLI process (the build under
// test: dist/bundle/cli/main.js, which bin/opsim.js runs; dist/cli/main.js in a build from before the
// bundle), timed by the wall clock from start to the report on stdout. Shared by the
// pipeline and scaling workloads, with the in-process engine run of the same replications.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadDist, distRoot } from '../lib/loadDist.js';
import { COMPANY_FILE, companySource } from './companyScenario.js';

/** Five designs of the company (base and four variants, in the page's order), as in the page's benchmark. */
export const VARIANTS = ['add-reviewers', 'human-run', 'merge-cs-teams', 'review-everything'];
/** Replications per design: a few dozen jobs in CI (where fixed costs show most), 40 in the full run. */
export const REPLICATIONS = { full: 40, ci: 6 };

export function compareArgs(replications, workers, seed) {
  return [
    'compare',
    COMPANY_FILE,
    '--variants',
    VARIANTS.join(','),
    '--replications',
    String(replications),
    '--workers',
    String(workers),
    '--seed',
    seed,
    '--json',
  ];
}

/** Runs the CLI once; returns the report text. Throws with its stderr if it fails. */
export function runCompareCli(replications, workers, seed) {
  const bundled = join(distRoot, 'bundle', 'cli', 'main.js');
  const main = existsSync(bundled) ? bundled : join(distRoot, 'cli', 'main.js');
  const r = spawnSync(process.execPath, [main, ...compareArgs(replications, workers, seed)], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0)
    throw new Error(`opsim compare (--workers ${workers}) exited ${r.status}: ${r.stderr.trim().split('\n')[0]}`);
  return r.stdout;
}

/**
 * The same replications run by the engine in this process (the five designs' models compiled as
 * the CLI compiles them, without the over-time trace, as compare runs them): the engine's own time.
 */
export async function engineReplications(replications, seed) {
  const { simulate } = await loadDist('core/index.js');
  const { loadScenario } = await loadDist('scenario/index.js');
  const source = await companySource();
  const models = [null, ...VARIANTS].map((variant) => {
    const loaded = loadScenario(source, { variant: variant ?? undefined });
    if (!loaded.ok) throw new Error(`${COMPANY_FILE} (${variant ?? 'base'}) does not load`);
    return { ...loaded.model, traceEvery: 0 };
  });
  return () => {
    let events = 0;
    for (let r = 0; r < replications; r++)
      for (const model of models) events += simulate(model, { seed, replication: r }).events;
    return { events, items: models.length * replications, replications: models.length * replications };
  };
}
