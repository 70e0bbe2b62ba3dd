import type { Model, RunResult } from '../../core/index.js';
import type { Executor } from '../executor.js';
import { designJobs } from '../replicate.js';
import { buildSelectReport, type SelectReport, type SelectSpec } from './selectReport.js';
import { measure } from './selectionMetrics.js';
import { selectBest, type Sampler } from './sequentialSelection.js';

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
 * so an interrupted selection reports on the complete stages before it.
 */
export async function runSelect(o: SelectOptions): Promise<SelectReport> {
  const byKey = measure([o.spec.objective.key, ...o.spec.constraints.map((c) => c.key)]);
  const figures = o.measure ?? ((run: RunResult) => byKey(run));
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
    return designs.map((d, i) => (results.slice(i * per, (i + 1) * per) as RunResult[]).map((run) => figures(run, d)));
  };
  const outcome = await selectBest(
    {
      designs: o.models.length,
      direction: o.spec.objective.direction,
      constraints: o.spec.constraints,
      delta: o.spec.delta,
      confidence: o.spec.confidence,
      firstStage: o.spec.firstStage,
      batch: o.spec.batch,
      maxReplications: o.spec.maxReplications,
    },
    sample,
  );
  return buildSelectReport(o.spec, outcome);
}
