// One engine workload from a given build, for the tools that compare builds (abInProcess.js,
// instructionCount.js via runWorkload.js): the build's simulate and the model, the M/M/20 or the
// tandem at the CI size, or the company for 13 weeks without the over-time series.
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { COMPANY_FILE } from '../workloads/companyScenario.js';
import { repoRoot } from './loadDist.js';

export async function engineModel(dist, workload) {
  const { simulate } = await import(pathToFileURL(resolve(dist, 'core/index.js')).href);
  if (workload === 'company') {
    const { modelWithParams } = await import(pathToFileURL(resolve(dist, 'scenario/index.js')).href);
    const text = readFileSync(join(repoRoot, COMPANY_FILE), 'utf8');
    const built = modelWithParams({ file: COMPANY_FILE, text }, null, [{ path: 'horizon', value: '13w' }]);
    if (!built.ok) throw new Error(`${dist}: the company does not build: ${built.issues[0]}`);
    return { simulate, model: { ...built.model, traceEvery: 0 } };
  }
  const w = (await import(`../workloads/${workload}.js`))[workload];
  if (!w?.model) throw new Error(`unknown engine workload ${workload}: mmc, tandem or company`);
  return { simulate, model: w.model(workload === 'tandem' ? 50_000 : 200_000) };
}
