// Runs one engine workload n times in this process (for instructionCount.js): the M/M/20 or the
// tandem at the CI size, or the company for 13 weeks.
//   node bench/tools/runWorkload.js <dist> [mmc|tandem|company] [n=6]
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPANY_FILE } from '../workloads/companyScenario.js';
import { repoRoot } from '../lib/loadDist.js';

const [dist, workload = 'mmc', n = '6'] = process.argv.slice(2);
const { simulate } = await import(pathToFileURL(resolve(dist, 'core/index.js')).href);
let model;
if (workload === 'company') {
  const { modelWithParams } = await import(pathToFileURL(resolve(dist, 'scenario/index.js')).href);
  const text = readFileSync(join(repoRoot, COMPANY_FILE), 'utf8');
  const built = modelWithParams({ file: COMPANY_FILE, text }, null, [{ path: 'horizon', value: '13w' }]);
  if (!built.ok) throw new Error(built.issues[0]);
  model = { ...built.model, traceEvery: 0 };
} else {
  const w = (await import(`../workloads/${workload}.js`))[workload];
  model = w.model(workload === 'tandem' ? 50_000 : 200_000);
}
for (let r = 0; r < Number(n); r++) simulate(model, { seed: 'count', replication: r % 5 });
