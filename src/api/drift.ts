import { driftCheckOn, driftCheckSteps, type DriftReport, type WindowExecutor } from '../eventlog/index.js';
import { parseDuration, type ScenarioDoc } from '../scenario/index.js';
import { driveSteps, logError, logOf, type LogOptions, type LogSource } from './eventLog.js';
import { readCount, readSeed } from './execution.js';
import { invalid } from './opsimError.js';
import { asScenario, design, type Scenario } from './scenario.js';

export interface DriftOptions extends LogOptions {
  /** Window length: a duration such as `'4w'` or `'7d'`, or hours (default `'4w'`). */
  window?: string | number;
  /** Check against this variant instead of the base design. */
  variant?: string;
  /** Simulated replications behind each prediction interval (default 30, at least 2). */
  replications?: number;
  /** Seed (default: the file's seed, else 1). */
  seed?: string | number;
  /** Called after each simulated replication. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting stops between replications; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * drift(scenario, log, options): the observed log's KPIs per window against the scenario's prediction
 * intervals for the same dates, as `opsim drift --json` (`drift: true` is where the CLI exits 3).
 */
export async function drift(
  scenario: Scenario | string | object,
  source: LogSource,
  options: DriftOptions = {},
): Promise<DriftReport> {
  const s = asScenario(scenario);
  const { doc } = design(s, options.variant ?? null);
  const windowHours = typeof options.window === 'number' ? options.window : parseDuration(options.window ?? '4w');
  if (!(windowHours > 0))
    throw invalid(
      'options',
      'window',
      `expected a duration such as 4w or 7d (or hours above 0), found "${String(options.window)}"`,
    );
  const replications = readCount(options.replications ?? 30, 2, 'replications');
  const seed = readSeed(options.seed) ?? doc.seed ?? 1;
  const read = logOf(source, options);
  const settings = {
    windowHours,
    replications,
    seed,
    design: options.variant ?? 'base',
  };
  return driftOfLog(doc, read.log, settings, options);
}

/** driftOfLog(doc, log, settings, options): the check on a log already read (the CLI streams its file). */
export async function driftOfLog(
  doc: ScenarioDoc,
  log: Parameters<typeof driftCheckSteps>[1],
  settings: { windowHours: number; replications: number; seed: string | number; design?: string },
  options: Pick<DriftOptions, 'logFile' | 'onProgress' | 'signal'> = {},
): Promise<DriftReport> {
  try {
    return await driveSteps(driftCheckSteps(doc, log, settings), options);
  } catch (err) {
    throw logError(err, options.logFile ?? 'log');
  }
}

/**
 * driftOfLogOn(executor, ...): driftOfLog with the replications run by `executor` (the CLI's worker
 * pool), the same report for any number of workers; null when the executor's run was cancelled.
 */
export async function driftOfLogOn(
  executor: WindowExecutor,
  doc: ScenarioDoc,
  log: Parameters<typeof driftCheckSteps>[1],
  settings: { windowHours: number; replications: number; seed: string | number; design?: string },
  options: Pick<DriftOptions, 'logFile' | 'onProgress'> = {},
): Promise<DriftReport | null> {
  try {
    return await driftCheckOn(executor, doc, log, settings, options.onProgress);
  } catch (err) {
    throw logError(err, options.logFile ?? 'log');
  }
}
