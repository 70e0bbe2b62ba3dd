import { fit, OpsimError } from '../../api/index.js';
import { parseColumnMap } from '../../eventlog/index.js';
import type { CliIo } from '../cliIo.js';
import { checkWritable } from '../outputFile.js';
import { parseCount } from '../options.js';
import { barOn, BYTES } from '../progress.js';
import { logFormatOf, readLogFile } from '../readLogFile.js';
import { interruptible } from '../interruptible.js';
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
  checkWritable(io, '--out', opts.out);
  if (opts.table !== undefined) {
    if (opts.validate === false) throw new UsageError('--table: --no-validate makes no validation table to write');
    checkWritable(io, '--table', opts.table);
  }
  if (opts.seed !== undefined && opts.seed.trim() === '')
    throw new UsageError('--seed: expected a number or a word, got nothing');
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
  const reading = barOn(io, BYTES);
  const read = await readLogFile(io, file, logFormatOf(file, opts.format), columns, delimiter, (done, total) =>
    reading.update(done, total),
  );
  reading.stop();
  for (const w of read.warnings) io.stderr(`opsim: warning: ${file}: ${w}\n`);
  const replications = parseCount('--replications', opts.replications) ?? 10;
  const command = `opsim ${argv.join(' ')}`;
  let fitted;
  try {
    fitted = await interruptible(io, (progress, signal) =>
      fit(read, {
        logFile: file,
        horizon: opts.horizon,
        validate: opts.validate,
        replications,
        seed: opts.seed,
        command,
        onProgress: (d, t) => progress.update(d, t),
        signal,
      }),
    );
    if (fitted === null) {
      io.stderr(`opsim: interrupted while validating the fitted scenario; nothing written\n`);
      return 1;
    }
  } catch (err) {
    if (err instanceof OpsimError && err.issues[0]?.path === 'horizon')
      throw new UsageError(`--horizon: ${err.issues[0].message}`);
    if (err instanceof OpsimError) throw new UsageError(err.message);
    throw err;
  }
  const { table, summary } = fitted;
  const text = fitted.scenario;
  if (table !== null) {
    io.stdout(table);
    if (opts.table !== undefined)
      io.writeFile(
        opts.table,
        `# Validation of ${opts.out}\n\nMade with:\n\n    ${command}\n\n\`\`\`text\n${table}\`\`\`\n`,
      );
  }
  io.writeFile(opts.out, text);
  io.stderr(
    `opsim: wrote ${opts.out}: ${summary.steps} steps, ${summary.pools} pools, ${summary.cases} cases over ${summary.weeks.toFixed(1)} weeks\n`,
  );
  return 0;
}
