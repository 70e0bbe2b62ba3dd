import type { Model } from '../../core/index.js';
import {
  DECISION_COST,
  decisionsOf,
  designName,
  designPoints,
  pointParams,
  resolveWarmup,
  runOptimise,
  selectionKeys,
  type OptimiseSpec,
} from '../../experiments/index.js';
import { modelFromDoc } from '../../scenario/index.js';
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

/** Most designs a decision space may hold: each is compiled before the search starts. */
export const MAX_DESIGNS = 2000;

/** opsim optimise: the best combination of the file's decisions, certified by select. */
export async function optimiseCommand(io: CliIo, file: string, opts: OptimiseCliOptions): Promise<number> {
  const format = outputFormat(opts);
  const loaded = loadForCli(io, file, opts.variant ?? null);
  const decisions = decisionsOf(loaded.doc as Parameters<typeof decisionsOf>[0]);
  if (decisions.length === 0)
    throw new UsageError(
      `${file}: decisions: the file declares no decisions; add decisions: { <name>: { param, values } } (docs/scenario-format.md)`,
    );
  const points = designPoints(decisions);
  if (points.length > MAX_DESIGNS) {
    throw new UsageError(
      `${file}: decisions: ${points.length} combinations, over the limit of ${MAX_DESIGNS}; use fewer values or a larger step`,
    );
  }
  const models: Model[] = points.map((point) => {
    const built = modelFromDoc(loaded.doc, file, pointParams(decisions, point));
    if (built.ok) return built.model;
    throw new UsageError(`decisions ${designName(point)}:\n${built.issues.map((i) => `  ${i}`).join('\n')}`);
  });
  const known = [...selectionKeys(models[0]), DECISION_COST];
  const { objective, constraints, delta, confidence } = readSelectionGoal(opts, known);
  const firstStage = parseCount('--first-stage', opts.firstStage, 2) ?? 10;
  const exhaustiveLimit = parseCount('--exhaustive', opts.exhaustive, 2) ?? 50;
  const finalists = parseCount('--finalists', opts.finalists, 2) ?? 5;
  const budget = parseCount('--budget', opts.budget, 1) ?? 20 * points.length;
  const spec: Omit<OptimiseSpec, 'warmup'> = {
    scenario: loaded.model.name,
    seed: opts.seed ?? (loaded.doc.seed === undefined ? '1' : String(loaded.doc.seed)),
    horizonHours: loaded.model.horizon,
    decisions,
    objective,
    constraints,
    delta: delta.value,
    confidence: confidence.value,
    firstStage,
    batch: parseCount('--batch', opts.batch, 1) ?? 5,
    maxReplications: parseCount('--max-replications', opts.maxReplications, firstStage) ?? 1000,
    exhaustiveLimit,
    screening: {
      firstStage: 5,
      budget: Math.max(budget, 5 * points.length),
      increment: Math.max(10, 2 * finalists),
      finalists,
    },
  };
  if (spec.seed.trim() === '') throw new UsageError('--seed: expected a number or a word, got nothing');
  const workers = parseCount('--workers', opts.workers) ?? io.cpus;
  const option = parseWarmup(opts.warmup, models[0].horizon);
  return withSession(io, workers, async (s) => {
    const warm = await resolveWarmup(s.pool, models, {
      option,
      seed: spec.seed,
      replications: firstStage,
      pilot: 'first',
    });
    if (warm === null) {
      io.stderr('opsim: interrupted during the warm-up pilot; no replication finished\n');
      return 1;
    }
    const report = await runOptimise({
      spec: { ...spec, warmup: warm.warmup },
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
