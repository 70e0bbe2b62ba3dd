import type { Model } from '../core/model/model.js';
import { modelWithParams } from '../experiments/modelWithParams.js';
import type { ScenarioJob } from './protocol.js';

export class ScenarioJobError extends Error {
  override name = 'ScenarioError';
}

/** The model of a scenario job: the file's text, its variant, then the params in order. */
export function compileJobScenario(job: ScenarioJob): Model {
  const built = modelWithParams({ file: job.file, text: job.text }, job.variant, job.params);
  if (!built.ok) throw new ScenarioJobError(built.issues.join('\n'));
  return built.model;
}
