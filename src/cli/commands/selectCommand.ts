import type { Model } from '../../core/index.js';
import { variantNames } from '../../scenario/index.js';
import { selectPoints, warmSelect } from '../../api/flows.js';
import {
  constraintText,
  gridPoints,
  runSelect,
  selectionKeys,
  selectionReplications,
  selectSliceCharsBound,
  shardSize,
  type SelectDesignSpec,
  type SelectReport,
} from '../../experiments/index.js';
import type { CliIo } from '../cliIo.js';
import { checkShardText } from '../heldResultsGuard.js';
import { emitReport } from '../emitReport.js';
import { openForCli, readText, variantsOption, type Loaded, type OpenedForCli } from '../loadForCli.js';
import { outputFormat, parseCount, parseWarmup } from '../options.js';
import { withSession } from '../session.js';
import { UsageError } from '../usageError.js';
import type { ReplicationOptions, ShardOptions } from './commonOptions.js';
import { shardOf, writeShard } from './writeShard.js';
import { sweepParams } from './sweepCommand.js';
import { readSelectionGoal } from './selectionGoal.js';

export interface SelectCliOptions extends Omit<ReplicationOptions, 'replications'>, ShardOptions {
  full?: boolean;
  variants?: string;
  sweep?: string;
  param?: string;
  values?: string;
  param2?: string;
  values2?: string;
  variant?: string;
  objective?: string;
  constraint?: string[];
  delta?: string;
  confidence?: string;
  firstStage?: string;
  batch?: string;
  maxReplications?: string;
  independent?: boolean;
}

/**
 * opsim select: the best of the base design and its variants (or of the points of a sweep) on one
 * objective, under constraints, with a stated confidence. A sequential procedure decides after every
 * batch on all designs' replications so far; its decisions and report are the same for any number of
 * workers. With --shard it simulates its part of every design's replications up to the cap, and
 * `opsim merge` replays the procedure on them (the same report, for more runs).
 */
export async function selectCommand(io: CliIo, file: string, opts: SelectCliOptions): Promise<number> {
  const format = outputFormat(opts);
  const text = readText(io, file);
  const sweeping = opts.sweep !== undefined || opts.param !== undefined;
  const opened = openForCli(io, file, text);
  const base = opened.design(sweeping ? (opts.variant ?? null) : null);
  const { designs, models } = sweeping ? sweepDesigns(file, base, opts) : variantDesigns(file, opened, base, opts);
  if (designs.length < 2)
    throw new UsageError(
      `select: ${designs.length} design to choose from; a selection needs at least two (declare variants, or give a sweep)`,
    );
  const known = selectionKeys(models[0]);
  const { objective, constraints, delta, confidence } = readSelectionGoal(opts, known);
  const firstStage = parseCount('--first-stage', opts.firstStage, 2) ?? 10;
  const batch = parseCount('--batch', opts.batch, 1) ?? 5;
  const maxReplications = parseCount('--max-replications', opts.maxReplications, firstStage) ?? 1000;
  const seed = opts.seed ?? (base.doc.seed === undefined ? '1' : String(base.doc.seed));
  if (seed.trim() === '') throw new UsageError('--seed: expected a number or a word, got nothing');
  const shard = shardOf(io, opts);
  if (opts.full && shard === null) throw new UsageError('--full applies to a shard file; add --shard k/n');
  if (shard !== null) {
    // Every design's replications up to the cap, as runShard simulates them, whatever the procedure
    // will end up reading.
    const jobs = shardSize(models.length * selectionReplications({ maxReplications, constraints }), shard.k, shard.n);
    checkShardText(
      models,
      jobs,
      shard,
      opts.full === true ? undefined : (m) => selectSliceCharsBound(m, constraints.length),
    );
  }
  const workers = parseCount('--workers', opts.workers) ?? io.cpus;
  const option = parseWarmup(opts.warmup, models[0].horizon);
  return withSession(io, workers, async (s) => {
    const warm = await warmSelect(
      {
        base: base.model,
        models,
        designs,
        pilot: sweeping ? 'first' : 'all',
        seed,
        warmup: option,
        goal: { objective, constraints, delta, confidence },
        firstStage,
        batch,
        maxReplications,
        commonRandomNumbers: opts.independent !== true,
      },
      s.pool,
    );
    if (warm === null) {
      io.stderr('opsim: interrupted during the warm-up pilot; no replication finished\n');
      return 1;
    }
    const { spec } = warm;
    if (shard !== null) {
      const task = { kind: 'select' as const, spec, replications: selectionReplications(spec) };
      return writeShard(io, s, task, warm.models, shard, opts.out, opts.full === true);
    }
    const report = await runSelect({
      spec,
      models: warm.models,
      executor: s.pool,
      onProgress: (d, t) => s.progress.update(d, t),
    });
    s.progress.stop();
    emitReport(io, report, format);
    return selectExit(io, report);
  });
}

/** The exit status of a selection report, with what stderr says about it (select and a merged select). */
export function selectExit(io: CliIo, report: SelectReport): number {
  if (report.rule === 'cancelled') {
    io.stderr(
      `opsim: interrupted; ${report.selected === null ? 'no design leads yet' : `${report.selected} led when stopped`} (no guarantee)\n`,
    );
    return 1;
  }
  if (report.rule === 'infeasible') {
    const failed = report.constraints.filter((c) =>
      report.designs.some((d) => d.feasibility?.failed.includes(constraintText(c))),
    );
    io.stderr(
      `opsim: ${failed.map((c) => `--constraint '${constraintText(c)}'`).join(', ')}: no design meets the constraints; every design was found infeasible\n`,
    );
    return 2;
  }
  if (report.rule === 'cap')
    io.stderr(
      `opsim: stopped at --max-replications ${report.procedure.maxReplications} before a decision; the pick has no guarantee\n`,
    );
  return 0;
}

function variantDesigns(
  file: string,
  opened: OpenedForCli,
  base: Loaded,
  opts: SelectCliOptions,
): { designs: SelectDesignSpec[]; models: Model[] } {
  if (opts.variant !== undefined)
    throw new UsageError(
      '--variant names the design a sweep varies; to pick variants to choose among, use --variants a,b',
    );
  const declared = variantNames(base.doc);
  const names = variantsOption(file, declared, opts.variants);
  return {
    designs: [
      { name: 'base', variant: null, values: null },
      ...names.map((v) => ({ name: v, variant: v, values: null })),
    ],
    models: [base.model, ...names.map((v) => opened.design(v).model)],
  };
}

function sweepDesigns(
  file: string,
  loaded: Loaded,
  opts: SelectCliOptions,
): { designs: SelectDesignSpec[]; models: Model[] } {
  if (opts.variants !== undefined)
    throw new UsageError('select: give either --variants or a sweep (--sweep, --param), not both');
  const points = selectPoints(loaded.doc, file, gridPoints(sweepParams(loaded, opts)), opts.variant ?? null);
  if ('issues' in points)
    throw new UsageError(
      `sweep point ${points.index} (${points.name}):\n${points.issues.map((i) => `  ${i}`).join('\n')}`,
    );
  return points;
}
