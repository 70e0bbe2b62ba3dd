import { decisionSpace, optimiseSpec, warmOptimise } from '../../api/flows.js';
import { DECISION_COST, runOptimise, selectionKeys } from '../../experiments/index.js';
import type { CliIo } from '../cliIo.js';
import { emitReport } from '../emitReport.js';
import { loadForCli } from '../loadForCli.js';
import { outputFormat, parseCount, parseWarmup } from '../options.js';
import { withSession } from '../session.js';
import { UsageError } from '../usageError.js';
import type { ReplicationOptions } from './commonOptions.js';
import { readSelectionGoal } from './selectionGoal.js';

export interface OptimiseCliOptions extends Omit<ReplicationOptions, 'replications'> {
  variant?: string;
  objective?: string;
  constraint?: string[];
  delta?: string;
  confidence?: string;
  firstStage?: string;
  batch?: string;
  maxReplications?: string;
  exhaustive?: string;
  budget?: string;
  finalists?: string;
}

/** opsim optimise: the best combination of the file's decisions, certified by select. */
export async function optimiseCommand(io: CliIo, file: string, opts: OptimiseCliOptions): Promise<number> {
  const format = outputFormat(opts);
  const loaded = loadForCli(io, file, opts.variant ?? null);
  const space = decisionSpace(loaded.doc, file);
  if ('error' in space) throw new UsageError(`${file}: ${space.path}: ${space.error}`);
  if ('issues' in space)
    throw new UsageError(`decisions ${space.name}:\n${space.issues.map((i) => `  ${i}`).join('\n')}`);
  const { models } = space;
  const known = [...selectionKeys(models[0]), DECISION_COST];
  const goal = readSelectionGoal(opts, known);
  const { constraints } = goal;
  const firstStage = parseCount('--first-stage', opts.firstStage, 2) ?? 10;
  const spec = optimiseSpec({
    base: loaded.model,
    decisions: space.decisions,
    variant: opts.variant ?? null,
    designs: models.length,
    seed: opts.seed ?? (loaded.doc.seed === undefined ? '1' : String(loaded.doc.seed)),
    goal,
    firstStage,
    batch: parseCount('--batch', opts.batch, 1) ?? 5,
    maxReplications: parseCount('--max-replications', opts.maxReplications, firstStage) ?? 1000,
    exhaustive: parseCount('--exhaustive', opts.exhaustive, 2),
    finalists: parseCount('--finalists', opts.finalists, 2),
    budget: parseCount('--budget', opts.budget, 1),
  });
  if (spec.seed.trim() === '') throw new UsageError('--seed: expected a number or a word, got nothing');
  const workers = parseCount('--workers', opts.workers) ?? io.cpus;
  const option = parseWarmup(opts.warmup, models[0].horizon);
  return withSession(io, workers, async (s) => {
    const warm = await warmOptimise(spec, models, option, s.pool);
    if (warm === null) {
      io.stderr('opsim: interrupted during the warm-up pilot; no replication finished\n');
      return 1;
    }
    const report = await runOptimise({
      spec: warm.spec,
      models: warm.models,
      executor: s.pool,
      onProgress: (d, t) => s.progress.update(d, t),
      onPhase: (text) => {
        s.progress.stop();
        io.stderr(`opsim: ${text}\n`);
      },
    });
    s.progress.stop();
    emitReport(io, report, format);
    if (report.rule === 'cancelled') {
      io.stderr(
        `opsim: interrupted; ${report.best === null ? 'no design leads yet' : `best so far: ${report.best.name}`} (no guarantee)\n`,
      );
      return 1;
    }
    if (report.rule === 'infeasible') {
      io.stderr(
        `opsim: ${constraints.map((c) => `--constraint '${c.key}${c.sense}${c.limit}'`).join(', ')}: no design meets the constraints\n`,
      );
      return 2;
    }
    if (report.rule === 'cap')
      io.stderr(`opsim: stopped at --max-replications before a decision; the pick has no guarantee\n`);
    return 0;
  });
}
