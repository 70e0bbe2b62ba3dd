// Loads the bundled company scenario through the compiled scenario layer and sets its horizon.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadDist, distExists, repoRoot } from '../lib/loadDist.js';
import { SkipWorkload } from '../lib/skip.js';

export const COMPANY_FILE = 'scenarios/company/ai-native.yaml';

export async function loadCompany() {
  const path = join(repoRoot, COMPANY_FILE);
  if (!existsSync(path)) throw new SkipWorkload(`${COMPANY_FILE} is not in the repository yet`);
  if (!distExists('scenario/index.js')) throw new SkipWorkload('src/scenario has not landed yet');
  const scenario = await loadDist('scenario/index.js');
  const text = readFileSync(path, 'utf8');
  const loaded = await scenario.loadScenario({ file: COMPANY_FILE, text });
  if (!loaded.ok) {
    const issues = (loaded.issues ?? []).slice(0, 5).map((i) => `${i.path ?? ''}: ${i.message ?? i}`).join('; ');
    throw new Error(`${COMPANY_FILE} does not load: ${issues}`);
  }
  return { scenario, loaded, text };
}

/** The model with its horizon set; warm-up kept unless it would leave less than half the run. */
export function withHorizon(model, horizon) {
  const warmup = model.warmup < horizon / 2 ? model.warmup : 0;
  return { ...model, horizon, warmup };
}
