import type { Model } from '../core/index.js';
import {
  resolveWarmup,
  runCompare,
  type CompareReport,
  type CompareSpec,
  type DesignSpec,
  type Executor,
  type WarmupOption,
} from '../experiments/index.js';
import { checkResultsMemory, readNames, readReplication, withExecutor, type ReplicationOptions } from './execution.js';
import { invalid } from './opsimError.js';
import { asScenario, design, readPeriods, type Scenario } from './scenario.js';
import { withPeriods } from '../scenario/index.js';

export interface CompareOptions extends ReplicationOptions {
  /** Variants to compare with the base (default: every variant, by name). */
  variants?: readonly string[];
  /** Add replications until every headline interval's half-width is within this share of its mean (e.g. 0.05). */
  precision?: number;
  /** Cap on replications with `precision` (default 200). */
  maxReplications?: number;
  /** Also measure each calendar period: every design of the report then holds `periods`. */
  periods?: 'week' | 'month' | 'quarter';
  /** Refuse, before running, a job whose results would take more than this many bytes (with `precision`, at the cap). */
  maxResultsBytes?: number;
}

/** compare(scenario, options): the base design and its variants under common random numbers, as `opsim compare --json`. */
export async function compare(
  source: Scenario | string | object,
  options: CompareOptions = {},
): Promise<CompareReport> {
  const scenario = asScenario(source);
  const names = readNames(options.variants, 'variants', '["human-run"]') ?? scenario.variants;
  if (names.length === 0) throw invalid(scenario.file, 'variants', 'nothing to compare; the file declares no variants');
  names.forEach((name, i) => {
    if (names.indexOf(name) !== i) throw invalid('options', 'variants', `"${name}" is listed twice`);
  });
  const periods = readPeriods(options.periods);
  const models = [null, ...names].map((v) => {
    const d = design(scenario, v);
    return withPeriods(d.model, d.doc.start, periods);
  });
  const designs: DesignSpec[] = [{ name: 'base', variant: null }, ...names.map((v) => ({ name: v, variant: v }))];
  const r = readReplication(scenario, options);
  const precision = options.precision ?? null;
  if (precision !== null && !(precision > 0 && precision < 1))
    throw invalid(
      'options',
      'precision',
      `expected a share of the mean between 0 and 1 such as 0.05, got ${precision}`,
    );
  const maxReplications = options.maxReplications ?? 200;
  if (!Number.isInteger(maxReplications) || maxReplications < 2)
    throw invalid('options', 'maxReplications', `expected a whole number >= 2, got ${maxReplications}`);
  checkResultsMemory(
    models,
    precision === null ? r.replications : Math.max(r.replications, maxReplications),
    options.maxResultsBytes,
  );
  return withExecutor(options, async (executor) => {
    const warm = await warmCompare({ models, designs, ...r }, executor);
    if (warm === null) return null as never; // only when aborted: withExecutor rejects with the reason
    const outcome = await runCompare({
      ...warm,
      replications: r.replications,
      precision,
      maxReplications,
      executor,
      onProgress: options.onProgress,
    });
    return outcome.report!;
  });
}

export interface CompareJob {
  /** One compiled model per design, the base first. */
  models: Model[];
  designs: DesignSpec[];
  seed: string;
  replications: number;
  warmup: WarmupOption;
}

/** warmCompare(job, executor): the warm-up resolved and the report's spec; null if the pilot was cancelled. */
export async function warmCompare(
  job: CompareJob,
  executor: Executor,
): Promise<{ spec: CompareSpec; models: Model[] } | null> {
  const warm = await resolveWarmup(executor, job.models, {
    option: job.warmup,
    seed: job.seed,
    replications: job.replications,
  });
  if (warm === null) return null;
  const base = job.models[0];
  return {
    spec: {
      scenario: base.name,
      seed: job.seed,
      horizonHours: base.horizon,
      warmup: warm.warmup,
      designs: job.designs,
    },
    models: warm.models,
  };
}
