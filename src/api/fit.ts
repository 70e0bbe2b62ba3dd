import { fitModel, scenarioText, validateFitSteps, validationTable, type FitValidation } from '../eventlog/index.js';
import { loadScenario as loadDocument, parseDuration } from '../scenario/index.js';
import { driveSteps, logError, logOf, type LogOptions, type LogSource } from './eventLog.js';
import { readCount, readSeed } from './execution.js';
import { invalid } from './opsimError.js';

export interface FitOptions extends LogOptions {
  /** Horizon of the fitted scenario (default `'13w'`). */
  horizon?: string;
  /** Simulate the fitted scenario against the log (default true). */
  validate?: boolean;
  /** Replications of the validation (default 10). */
  replications?: number;
  /** Seed of the validation (default 1). */
  seed?: string | number;
  /** The command that made the file, quoted in its header (the CLI gives its command line). */
  command?: string;
  /** Called after each validation replication. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting stops between validation replications; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface FitResult {
  /** The fitted scenario as YAML, a comment giving the evidence for each number: what `opsim fit --out` writes. */
  scenario: string;
  /** The validation table as `opsim fit` prints it (also at the end of `scenario`), or null without validation. */
  table: string | null;
  validation: FitValidation | null;
  /** One line per kind of event skipped or repaired while reading the log, with counts. */
  warnings: string[];
  /** What was fitted: steps, pools, cases and weeks of log. */
  summary: { steps: number; pools: number; cases: number; weeks: number };
}

/**
 * fit(log, options): a scenario built from an event log (CSV, XES or OCEL 2.0, as text or already
 * read), as `opsim fit <log> --out <file>` writes it, with the validation it prints.
 */
export async function fit(source: LogSource, options: FitOptions = {}): Promise<FitResult> {
  const file = options.logFile ?? 'log';
  const { log, warnings } = logOf(source, options);
  if (log.cases.length < 2)
    throw invalid(
      file,
      '',
      `the log holds ${log.cases.length} case; fitting needs at least 2 (arrival rates come from the gaps between case starts)`,
    );
  if (log.n < 3) throw invalid(file, '', `the log holds ${log.n} events; fitting needs more`);
  const horizon = options.horizon ?? '13w';
  if (!(parseDuration(horizon) > 0))
    throw invalid('options', 'horizon', `expected a duration such as 13w or 90d, found "${horizon}"`);
  const replications = readCount(options.replications ?? 10, 1, 'replications');
  const seed = readSeed(options.seed) ?? 1;
  options.signal?.throwIfAborted();
  const { command } = options;
  try {
    const model = fitModel(log, { horizon, source: file.replace(/^.*[\\/]/, ''), command });
    let validation: FitValidation | null = null;
    let table: string | null = null;
    if (options.validate !== false) {
      validation = await driveSteps(validateFitSteps(log, { replications, seed, source: file }), options);
      table = validationTable(validation, model.offsetMin);
    }
    const scenario = scenarioText(model, { horizon, command, trailer: table ?? undefined });
    const check = loadDocument({ file: 'fitted.yaml', text: scenario }, { readFile: () => '' });
    if (!check.ok)
      throw new Error(
        `the fitted scenario did not validate (please report this with the log): ${check.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      );
    return {
      scenario,
      table,
      validation,
      warnings,
      summary: { steps: model.steps.length, pools: model.pools.length, cases: model.cases, weeks: model.weeks },
    };
  } catch (err) {
    throw logError(err, file);
  }
}
