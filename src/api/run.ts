import type { Model } from '../core/index.js';
import {
  buildRunReport,
  replicate,
  resolveWarmup,
  type Executor,
  type RunReport,
  type WarmupOption,
} from '../experiments/index.js';
import { checkResultsMemory, readReplication, withExecutor, type ReplicationOptions } from './execution.js';
import { asScenario, design, readPeriods, type Scenario } from './scenario.js';
import { withPeriods } from '../scenario/index.js';

export interface RunOptions extends ReplicationOptions {
  /** Run this variant instead of the base design. */
  variant?: string;
  /** Also measure each calendar period: the report then holds `periods` (docs/report-format.md). */
  periods?: 'week' | 'month' | 'quarter';
  /** Refuse, before running, a job whose results would take more than this many bytes (checkResultsMemory). */
  maxResultsBytes?: number;
}

/** run(scenario, options): R replications of one design, the report `opsim run --json` prints. */
export async function run(source: Scenario | string | object, options: RunOptions = {}): Promise<RunReport> {
  const scenario = asScenario(source);
  const chosen = design(scenario, options.variant ?? null);
  const model = withPeriods(chosen.model, chosen.doc.start, readPeriods(options.periods));
  const r = readReplication(scenario, options);
  checkResultsMemory([model], r.replications, options.maxResultsBytes);
  return withExecutor(options, async (executor) => {
    const out = await runDesign({ model, design: options.variant ?? 'base', ...r }, executor, options.onProgress);
    return out.report!;
  });
}

export interface DesignRun {
  model: Model;
  design: string;
  seed: string;
  replications: number;
  warmup: WarmupOption;
}

/**
 * runDesign(job, executor, onProgress): warm-up, replications and the report. When cancelled the
 * report covers the replications that finished (null if none, or if the warm-up pilot was stopped).
 */
export async function runDesign(
  job: DesignRun,
  executor: Executor,
  onProgress?: (done: number, total: number) => void,
): Promise<{ report: RunReport | null; cancelled: boolean; stage: 'warmup' | 'runs' }> {
  const warm = await resolveWarmup(executor, [job.model], {
    option: job.warmup,
    seed: job.seed,
    replications: job.replications,
  });
  if (warm === null) return { report: null, cancelled: true, stage: 'warmup' };
  const { runs, cancelled } = await replicate(executor, warm.models, job.seed, 0, job.replications, onProgress);
  if (runs[0].length === 0) return { report: null, cancelled: true, stage: 'runs' };
  const spec = {
    scenario: job.model.name,
    design: job.design,
    seed: job.seed,
    horizonHours: job.model.horizon,
    warmup: warm.warmup,
  };
  return { report: buildRunReport(spec, runs[0]), cancelled, stage: 'runs' };
}
