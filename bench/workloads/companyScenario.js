// The bundled company scenario, compiled through the experiment layer's own path
// (loadScenario, setParam, validate, compile), with the horizon set as a parameter like any other.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadDist, distExists, repoRoot } from '../lib/loadDist.js';
import { SkipWorkload } from '../lib/skip.js';

export const COMPANY_FILE = 'scenarios/company/ai-native.yaml';

export async function companySource() {
  const path = join(repoRoot, COMPANY_FILE);
  if (!existsSync(path)) throw new SkipWorkload(`${COMPANY_FILE} is not in the repository yet`);
  for (const m of ['scenario/index.js', 'scenario/modelWithParams.js']) {
    if (!distExists(m)) throw new SkipWorkload(`dist/${m} has not landed yet`);
  }
  return { file: COMPANY_FILE, text: readFileSync(path, 'utf8') };
}

/** The compiled model with `params` ([{ path, value }]) applied; throws with the issues if it does not build. */
export async function companyModel(source, params) {
  const { modelWithParams } = await loadDist('scenario/modelWithParams.js');
  const built = modelWithParams(source, null, params);
  if (!built.ok)
    throw new Error(
      `${COMPANY_FILE} with ${JSON.stringify(params)} does not build: ${built.issues.slice(0, 5).join('; ')}`,
    );
  return built.model;
}
