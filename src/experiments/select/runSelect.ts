import type { Model, RunResult } from '../../core/index.js';
import type { Executor } from '../executor.js';
import { designJobs } from '../replicate.js';
import { jsonCharsBound } from '../heldResults.js';
import { warningInputs, warningInputsShape, type WarningInputs } from '../warnings.js';
import { buildSelectReport, type SelectReport, type SelectSpec } from './selectReport.js';
import { definedFigures, measure } from './selectionMetrics.js';
import { selectBest, selectBestSync, type Sampler, type SelectionProblem } from './sequentialSelection.js';

export interface SelectOptions {
  spec: SelectSpec;
  /** One compiled model per design, in spec.designs order. */
  models: readonly Model[];
  executor: Executor;
  /** Replications done so far, and done plus those of the batch under way. */
  onProgress?(done: number, total: number): void;
  /** Figures of design d's run, objective first then each constraint; by default read by key from the run. */
  measure?: (run: RunResult, design: number) => number[];
}

/** Seed of a design's replications: the common seed, or one of its own for independent sampling. */
export function designSeed(spec: Pick<SelectSpec, 'seed' | 'commonRandomNumbers' | 'designs'>, d: number): string {
  return spec.commonRandomNumbers ? spec.seed : `${spec.seed}/independent/${spec.designs[d].name}`;
}

/**
 * runSelect: the selection procedure (sequentialSelection.ts) fed with replications through the
 * executor, one batch of every surviving design at a time. A batch that is cancelled is dropped whole,
 * so an interrupted selection reports on the complete stages before it. Of each run it keeps the
 * figures the procedure reads and the inputs of the design's warnings, not the whole result.
 */
export async function runSelect(o: SelectOptions): Promise<SelectReport> {
  const byKey = selectionFigures(o.spec);
  const figures = o.measure ?? ((run: RunResult) => byKey(run));
  const warn: WarningInputs[][] = o.spec.designs.map(() => []);
  let done = 0;
  const sample: Sampler = async (designs, from, to) => {
    const first = o.spec.firstReplication ?? 0;
    const jobs = designs.flatMap((d) => designJobs([o.models[d]], designSeed(o.spec, d), first + from, first + to));
    const before = done;
    const { results, cancelled } = await o.executor.run(jobs, {
      onProgress: (n, total) => o.onProgress?.(before + n, before + total),
    });
    if (cancelled) return null;
    done += jobs.length;
    const per = to - from;
    const runs = designs.map((_, i) => results.slice(i * per, (i + 1) * per) as RunResult[]);
    designs.forEach((d, i) => runs[i].forEach((run, j) => (warn[d][from + j] = warningInputs(run))));
    return checkDefined(
      o.spec,
      designs,
      from,
      designs.map((d, i) => runs[i].map((run) => figures(run, d))),
    );
  };
  const outcome = await selectBest(selectionProblem(o.spec), sample);
  return buildSelectReport(o.spec, outcome, (d, r) => warn[d][r]);
}

/** What a selection keeps of one run: the figures the procedure reads, and the inputs of the design's warnings. */
export interface SelectSlice {
  figures: number[];
  warn: WarningInputs;
}

/** selectSlice(spec): what a selection keeps of each run (select shards store only this). */
export function selectSlice(spec: SelectSpec): (run: RunResult) => SelectSlice {
  const figures = selectionFigures(spec);
  return (run) => ({ figures: figures(run), warn: warningInputs(run) });
}

/**
 * The most characters a select shard's file takes for one run of `model` (its slice as JSON and the
 * comma after it) when the selection has `constraints` constraints: the slice's shape is the model's,
 * so this holds for every run without one.
 */
export function selectSliceCharsBound(model: Model, constraints: number): number {
  return jsonCharsBound({ figures: new Array<number>(1 + constraints).fill(0), warn: warningInputsShape(model) }) + 1;
}

/** selectionProblem(spec): the statistical problem a select spec poses, designs as indices. */
export function selectionProblem(spec: SelectSpec): SelectionProblem {
  return {
    designs: spec.designs.length,
    direction: spec.objective.direction,
    constraints: spec.constraints,
    delta: spec.delta,
    confidence: spec.confidence,
    firstStage: spec.firstStage,
    batch: spec.batch,
    maxReplications: spec.maxReplications,
  };
}

/** The figures a selection reads of each run, objective first then each constraint. */
export function selectionFigures(spec: SelectSpec): (run: RunResult) => number[] {
  return measure(selectionKeys(spec));
}

/** The figures a selection reads of each run: the objective's, then each constraint's. */
function selectionKeys(spec: SelectSpec): string[] {
  return [spec.objective.key, ...spec.constraints.map((c) => c.key)];
}

/** The observations of `designs` from replication `from` of the selection, checked as definedFigures says. */
function checkDefined(spec: SelectSpec, designs: readonly number[], from: number, values: number[][][]): number[][][] {
  const named = (d: number) => spec.designs[d].name;
  return definedFigures(selectionKeys(spec), named, designs, (spec.firstReplication ?? 0) + from, values);
}

/**
 * Most replications of one design the procedure can ask for: maxReplications in each phase, and a
 * feasibility phase before the comparison when there are constraints. A sharded selection simulates
 * this many of every design so that the merge can replay the procedure exactly.
 */
export function selectionReplications(spec: Pick<SelectSpec, 'maxReplications' | 'constraints'>): number {
  return spec.maxReplications * (spec.constraints.length > 0 ? 2 : 1);
}

/** selectJobs(spec, models, to): replications [0, to) of every design, design-major, each with its design's seed. */
export function selectJobs(spec: SelectSpec, models: readonly Model[], to: number) {
  const first = spec.firstReplication ?? 0;
  return models.flatMap((m, d) => designJobs([m], designSeed(spec, d), first, first + to));
}

/**
 * replaySelect(spec, slices): the report runSelect would give, from every design's slices of
 * replications [0, selectionReplications(spec)) already simulated (a merged sharded selection). The
 * procedure reads them in the same order and batches, so its decisions, counts and warnings are the same.
 */
export function replaySelect(spec: SelectSpec, slices: readonly (readonly SelectSlice[])[]): SelectReport {
  const sample = (designs: readonly number[], from: number, to: number) =>
    designs.map((d) => {
      if (to > slices[d].length)
        throw new RangeError(
          `the selection asks for replication ${to} of ${spec.designs[d].name}; ${slices[d].length} were run`,
        );
      return slices[d].slice(from, to).map((s) => s.figures);
    });
  const checked = (designs: readonly number[], from: number, to: number) =>
    checkDefined(spec, designs, from, sample(designs, from, to));
  return buildSelectReport(spec, selectBestSync(selectionProblem(spec), checked), (d, r) => slices[d][r].warn);
}
