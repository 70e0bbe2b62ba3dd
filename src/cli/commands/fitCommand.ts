import { fitModel, parseColumnMap, scenarioText, validateFit, validationTable } from '../../eventlog/index.js';
import { loadScenario, parseDuration } from '../../scenario/index.js';
import type { CliIo } from '../cliIo.js';
import { parseCount } from '../options.js';
import { logFormatOf, readLogFile } from '../readLogFile.js';
import { UsageError } from '../usageError.js';

export interface FitOptions {
  out?: string;
  format?: string;
  columns?: string;
  delimiter?: string;
  horizon?: string;
  validate?: boolean;
  replications?: string;
  seed?: string;
  table?: string;
}

/** opsim fit <log> --out <scenario.yaml>: a scenario from an event log, with its evidence and a validation. */
export async function fitCommand(io: CliIo, file: string, opts: FitOptions, argv: readonly string[]): Promise<number> {
  if (opts.out === undefined) throw new UsageError('fit: --out <scenario.yaml> is required');
  let columns;
  try {
    columns = parseColumnMap(opts.columns);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const delimiter =
    opts.delimiter === undefined
      ? undefined
      : opts.delimiter === '\\t' || opts.delimiter === 'tab'
        ? '\t'
        : opts.delimiter;
  const { log, warnings } = await readLogFile(io, file, logFormatOf(file, opts.format), columns, delimiter);
  for (const w of warnings) io.stderr(`opsim: warning: ${file}: ${w}\n`);
  if (log.cases.length < 2)
    throw new UsageError(
      `${file}: the log holds ${log.cases.length} case; fitting needs at least 2 (arrival rates come from the gaps between case starts)`,
    );
  if (log.n < 3) throw new UsageError(`${file}: the log holds ${log.n} events; fitting needs more`);
  const horizon = opts.horizon ?? '13w';
  if (!(parseDuration(horizon) > 0))
    throw new UsageError(`--horizon: expected a duration such as 13w or 90d, found "${horizon}"`);
  const command = `opsim ${argv.join(' ')}`;
  const model = fitModel(log, { horizon, source: file.replace(/^.*[\\/]/, ''), command });
  let trailer: string | undefined;
  if (opts.validate !== false) {
    const replications = parseCount('--replications', opts.replications) ?? 10;
    const v = validateFit(log, { replications, seed: opts.seed ?? 1, source: file });
    trailer = validationTable(v, model.offsetMin);
    io.stdout(trailer);
    if (opts.table !== undefined)
      io.writeFile(
        opts.table,
        `# Validation of ${opts.out}\n\nMade with:\n\n    ${command}\n\n\`\`\`text\n${trailer}\`\`\`\n`,
      );
  }
  const text = scenarioText(model, { horizon, command, trailer });
  const check = loadScenario({ file: opts.out, text }, { readFile: () => '' });
  if (!check.ok)
    throw new Error(
      `the fitted scenario did not validate (please report this with the log): ${check.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    );
  io.writeFile(opts.out, text);
  io.stderr(
    `opsim: wrote ${opts.out}: ${model.steps.length} steps, ${model.pools.length} pools, ${model.cases} cases over ${model.weeks.toFixed(1)} weeks\n`,
  );
  return 0;
}
