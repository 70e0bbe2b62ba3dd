// The `opsim` command. Argument parsing uses commander (subcommands, typed options, generated help)
// so this file only wires options to the commands in ./commands. main(argv, io) never touches
// process: everything it reads or writes goes through the injected CliIo, which keeps it testable.

import { Command, CommanderError, Option } from 'commander';
import { OPSIM_VERSION } from '../core/index.js';
import type { CliIo } from './cliIo.js';
import { UsageError } from './usageError.js';

/**
 * Exit codes: 0 ok; 2 invalid scenario, log or arguments; 3 drift found (opsim drift); 1 anything else (a
 * guard tripping, an interrupt).
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const code = await mainCode(argv, io);
  io.exit?.(code);
  return code;
}

async function mainCode(argv: readonly string[], io: CliIo): Promise<number> {
  let code = 0;
  const program = buildProgram(
    io,
    (c) => {
      code = c;
    },
    argv,
  );
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof UsageError && err.issues) {
      io.stderr(`${err.message}\n`);
      return 2;
    }
    if (err instanceof UsageError || err instanceof RangeError) {
      io.stderr(`opsim: ${err.message}\n`);
      return 2;
    }
    const e = err instanceof Error ? err : new Error(String(err));
    io.stderr(`opsim: ${e.name === 'Error' ? '' : `${e.name}: `}${e.message}\n`);
    if (io.debug && e.stack) io.stderr(`${e.stack}\n`);
    return 1;
  }
}

// Each command's module is imported when the command runs, not when the program starts: a command
// then loads only what it uses (compare does not parse the event-log readers or the optimiser), which
// was a large part of the start-up of a short job.
function buildProgram(io: CliIo, setCode: (code: number) => void, argv: readonly string[]): Command {
  const program = new Command('opsim')
    .description('Deterministic discrete-event simulator of company operating models')
    .version(OPSIM_VERSION, '-V, --version', "print opsim's version")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showHelpAfterError('(run opsim help <command> for its options)');
  // Commands that simulate take --workers: their worker processes start now, while the command
  // reads and compiles its scenario, rather than after. A bad --workers is left to the command.
  program.hook('preAction', (_program, command) => {
    if (!io.prepareWorkers || !command.options.some((o) => o.long === '--workers')) return;
    const asked = command.opts().workers as string | undefined;
    const count = asked === undefined ? io.cpus : Number(asked);
    // One of them is the CLI's own process (executorFor.ts).
    if (Number.isInteger(count) && count >= 2 && count <= io.cpus * 4) io.prepareWorkers(count - 1);
  });

  const outputs = (c: Command) =>
    c
      .addOption(new Option('--json', 'JSON report (docs/report-format.md)'))
      .addOption(new Option('--csv', 'CSV tables'))
      .addOption(new Option('--md', 'Markdown tables'));
  const common = (c: Command) =>
    c
      .option('--seed <n>', "seed (default: the file's seed, else 1)")
      .option('--replications <r>', "replications per design (default: the file's, else 10)")
      .option(
        '--warmup <auto|duration>',
        "warm-up: auto (MSER-5 on a pilot) or a duration such as 2w (default: the file's)",
      )
      .option(
        '--workers <n>',
        "cores to run on: opsim's process and n-1 worker processes (default: all cores, or opsim's process alone for a job of under 750,000 units of work)",
      );

  common(
    program
      .command('run')
      .description('replicate one design and print its figures')
      .argument('<file>', 'scenario file (.yaml, .yml, .json)')
      .option('--variant <name>', 'run this variant instead of the base design')
      .option('--json', 'JSON report (docs/report-format.md)')
      .option('--csv', 'CSV tables')
      .option('--md', 'Markdown tables')
      .option('--events <file>', 'also write the event log of one replication: .csv, .xes or .json (OCEL 2.0)')
      .option('--events-format <csv|xes|ocel>', 'format of --events (default: from its extension)')
      .option('--events-replication <k>', 'which replication --events writes (default 0)')
      .option('--periods <week|month|quarter>', 'also give the figures per calendar period'),
  ).action(async (file: string, opts) =>
    setCode(await (await import('./commands/runCommand.js')).runCommand(io, file, opts)),
  );

  program
    .command('fit')
    .description('build a scenario from an event log (CSV, XES or OCEL 2.0), with the evidence and a validation')
    .argument('<log>', 'event log: .csv, .xes or .json (OCEL 2.0)')
    .option('--out <scenario.yaml>', 'where to write the fitted scenario (required)')
    .option('--format <csv|xes|ocel>', 'log format (default: from the extension)')
    .option(
      '--columns <k=v,...>',
      'CSV column names: case, activity, timestamp, lifecycle, resource, group, type (default: the XES names)',
    )
    .option('--delimiter <c>', 'CSV delimiter (default: sniffed from the header: , ; tab |)')
    .option('--horizon <duration>', 'horizon of the fitted scenario', '13w')
    .option('--no-validate', 'skip simulating the fitted scenario against the log')
    .option('--replications <r>', 'replications for the validation', '10')
    .option('--seed <n>', 'seed for the validation', '1')
    .option('--table <file.md>', 'also write the validation table here')
    .action(async (file: string, opts) =>
      setCode(await (await import('./commands/fitCommand.js')).fitCommand(io, file, opts, argv)),
    );

  program
    .command('drift')
    .description("observed KPIs per window of a log against the scenario's prediction intervals; exit 3 on drift")
    .argument('<scenario>', 'scenario file')
    .requiredOption('--observed <log>', 'the observed event log: .csv, .xes or .json (OCEL 2.0)')
    .option('--window <duration>', 'window length', '4w')
    .option('--variant <name>', 'compare with this variant instead of the base design')
    .option('--replications <r>', 'simulated replications for the prediction intervals', '30')
    .option('--seed <n>', "seed (default: the file's seed, else 1)")
    .option('--format <csv|xes|ocel>', 'log format (default: from the extension)')
    .option('--columns <k=v,...>', 'CSV column names (as for fit)')
    .option('--delimiter <c>', 'CSV delimiter (default: sniffed)')
    .option('--json', 'JSON instead of a table')
    .option('--workers <n>', "cores to run on: n worker processes, opsim's own holding the log (default: all cores)")
    .action(async (file: string, opts) =>
      setCode(await (await import('./commands/driftCommand.js')).driftCommand(io, file, opts)),
    );

  program
    .command('validate')
    .description('check a scenario file and print every issue')
    .argument('<file>', 'scenario file')
    .action(async (file: string) => setCode((await import('./commands/validateCommand.js')).validateCommand(io, file)));

  outputs(
    common(
      program
        .command('compare')
        .description('compare the base design with its variants under common random numbers')
        .argument('<file>', 'scenario file')
        .option('--variants <a,b>', 'variants to compare with the base (default: all, by name)')
        .option(
          '--precision <p>',
          'add replications until every headline CI half-width is within p of its mean (e.g. 5%)',
        )
        .option('--max-replications <m>', 'cap for --precision (default 200)')
        .option('--periods <week|month|quarter>', 'also give the figures per calendar period')
        .option(
          '--shard <k/n|auto>',
          "run the k-th of n parts of the job list and write a shard file; auto reads a batch runner's environment",
        )
        .option('--shards <n>', 'the number of shards, for --shard auto where the runner does not say (Kubernetes)')
        .option('--out <file>', 'write the shard file here instead of stdout'),
    ),
  ).action(async (file: string, opts) =>
    setCode(await (await import('./commands/compareCommand.js')).compareCommand(io, file, opts)),
  );

  outputs(
    common(
      program
        .command('sweep')
        .description('run a grid of parameter values and find the Pareto-optimal points')
        .argument('<file>', 'scenario file')
        .option('--param <path>', 'dotted path in the scenario, e.g. steps.risk-gate.next.thresholds.cuts.0')
        .option('--values <list|from:to:step>', 'values for --param: 0.3,0.4 or 0.1:0.9:0.1')
        .option('--param2 <path>', 'second parameter, for a 2-parameter grid')
        .option('--values2 <list|from:to:step>', 'values for --param2')
        .option('--sweep <name>', 'a sweep declared in the file (sweeps.<name>)')
        .option('--variant <name>', 'sweep this variant instead of the base design')
        .option(
          '--objectives <list>',
          'objectives for the Pareto front: cost, escalations, defects, throughput, cycle, or headline keys',
          'cost,escalations,defects',
        )
        .option('--periods <week|month|quarter>', 'also give the figures per calendar period')
        .option('--full', 'keep whole runs in the shard file, not only the headlines the merged report needs')
        .option(
          '--shard <k/n|auto>',
          "run the k-th of n parts of the job list and write a shard file; auto reads a batch runner's environment",
        )
        .option('--shards <n>', 'the number of shards, for --shard auto where the runner does not say (Kubernetes)')
        .option('--out <file>', 'write the shard file here instead of stdout'),
    ),
  ).action(async (file: string, opts) =>
    setCode(await (await import('./commands/sweepCommand.js')).sweepCommand(io, file, opts)),
  );

  outputs(
    program
      .command('select')
      .description(
        'pick the best design with a stated confidence (KN under common random numbers), subject to constraints',
      )
      .argument('<file>', 'scenario file')
      .option(
        '--objective <[min:|max:]key>',
        'figure to rank on (default costPerDone); any headline key, costPerDone, cycleTimeP90, budgetUse:<exec>, lostShare',
      )
      .option(
        '--constraint <limit>',
        "a limit such as 'cycleTimeP90<=48h', 'budgetUse:*<=1' or 'lostShare<=2%' (tolerance: '<=48h±2h'); repeatable",
        (v: string, all: string[] = []) => [...all, v],
      )
      .option('--delta <d>', "indifference zone in the objective's unit: the smallest difference worth acting on")
      .option('--confidence <p>', 'probability of a correct selection (default 0.95)')
      .option('--variants <a,b>', 'variants to choose among with the base (default: all, by name)')
      .option('--sweep <name>', 'choose among the points of a sweep declared in the file')
      .option('--param <path>', 'choose among the points of a sweep of this parameter')
      .option('--values <list|from:to:step>', 'values for --param')
      .option('--param2 <path>', 'second sweep parameter')
      .option('--values2 <list|from:to:step>', 'values for --param2')
      .option('--variant <name>', 'sweep this variant instead of the base design')
      .option('--first-stage <n0>', 'replications of every design before the first comparison (default 10)')
      .option('--batch <b>', 'replications of each surviving design per round after the first stage (default 5)')
      .option(
        '--max-replications <m>',
        'most replications per design and phase; reaching it voids the guarantee (default 1000)',
      )
      .option('--independent', 'sample designs with independent random numbers instead of common ones (for comparison)')
      .option(
        '--shard <k/n|auto>',
        'simulate the k-th of n parts of every design up to the cap and write a shard file; merge replays the selection',
      )
      .option('--shards <n>', 'the number of shards, for --shard auto where the runner does not say (Kubernetes)')
      .option('--out <file>', 'write the shard file here instead of stdout')
      .option('--full', 'keep whole runs in the shard file, not only the figures the merged selection reads')
      .option('--seed <n>', "seed (default: the file's seed, else 1)")
      .option(
        '--warmup <auto|duration>',
        "warm-up: auto (MSER-5 on a pilot) or a duration such as 2w (default: the file's)",
      )
      .option('--workers <n>', "cores to run on: opsim's process and n-1 worker processes (default: all cores)"),
  ).action(async (file: string, opts) =>
    setCode(await (await import('./commands/selectCommand.js')).selectCommand(io, file, opts)),
  );

  outputs(
    program
      .command('optimise')
      .description("search the file's decisions for the best design, certified with select")
      .argument('<file>', 'scenario file with decisions:')
      .option(
        '--objective <[min:|max:]key>',
        "figure to rank on (default costPerDone); also decisionCost, the decisions' cost per week",
      )
      .option(
        '--constraint <limit>',
        "a limit such as 'cycleTimeP90<=48h'; repeatable",
        (v: string, all: string[] = []) => [...all, v],
      )
      .option('--delta <d>', "indifference zone in the objective's unit")
      .option('--confidence <p>', 'probability of a correct selection among the certified designs (default 0.95)')
      .option('--variant <name>', 'optimise this variant instead of the base design')
      .option('--exhaustive <n>', 'certify spaces of up to n designs whole, without screening (default 50)')
      .option('--budget <runs>', 'screening runs for larger spaces (default 20 per design)')
      .option('--finalists <n>', 'designs kept by screening for certification (default 5)')
      .option('--first-stage <n0>', "select's first stage (default 10)")
      .option('--batch <b>', "select's batch (default 5)")
      .option('--max-replications <m>', "select's cap per design and phase (default 1000)")
      .option('--seed <n>', "seed (default: the file's seed, else 1)")
      .option('--warmup <auto|duration>', "warm-up (default: the file's)")
      .option('--workers <n>', "cores to run on: opsim's process and n-1 worker processes (default: all cores)"),
  ).action(async (file: string, opts) =>
    setCode(await (await import('./commands/optimiseCommand.js')).optimiseCommand(io, file, opts)),
  );

  outputs(
    program
      .command('merge')
      .description('combine shard files into the report one machine would produce')
      .argument('<shards...>', 'shard files written by compare, sweep or select --shard'),
  ).action(async (files: string[], opts) =>
    setCode((await import('./commands/mergeCommand.js')).mergeCommand(io, files, opts)),
  );

  return program;
}
