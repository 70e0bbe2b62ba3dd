// M/M/c staffing with a known answer: λ = 8/h, μ = 2/h, c = 5..9 servers, each paid 10 an hour, and a
// waiting cost w an hour per job in the queue. The exact long-run cost per hour, c·10 + w·Lq(c),
// follows from Erlang C (test/theory/theory.ts). Two problems:
// - close (w = 25): 105.41, 74.24, 74.50, 81.48, 90.48; c = 6 leads c = 7 by 0.266, with δ = 0.25, a close
//   call where the procedure keeps sampling the two leaders well past the first stage;
// - clear (w = 20): 94.33, 71.39, 73.60, 81.18, 90.38; c = 6 leads c = 7 by 2.21, with δ = 1.
import { runSelect } from '../../../src/experiments/select/runSelect.js';
import type { SelectReport, SelectSpec } from '../../../src/experiments/select/selectReport.js';
import { workerApi } from '../../../src/worker/api.js';
import { inProcessWorker } from '../../../src/worker/inProcess.js';
import { createWorkerPool } from '../../../src/worker/pool.js';
import { mmc as mmcModel } from '../../support/modelBuilder.js';
import { mmc as mmcTheory } from '../../theory/theory.js';

export const LAMBDA = 8;
export const MU = 2;
export const WAGE = 10;
export const PROBLEMS = { close: { waitCost: 25, delta: 0.25 }, clear: { waitCost: 20, delta: 1 } };
export type Problem = keyof typeof PROBLEMS;
export const SERVERS = [5, 6, 7, 8, 9];
/** Long enough to see every queue settle; the 50 h warm-up drops the empty start. */
const HORIZON = 250;
const WARMUP = 50;

export const exactCost = (c: number, problem: Problem = 'close') =>
  c * WAGE + PROBLEMS[problem].waitCost * mmcTheory(LAMBDA, MU, c).lq;

export function bestServers(problem: Problem = 'close'): number {
  return SERVERS.reduce((best, c) => (exactCost(c, problem) < exactCost(best, problem) ? c : best));
}

/** One selection among the staffing levels under the given seed. */
export async function selectStaffing(
  seed: string,
  options: { commonRandomNumbers?: boolean; problem?: Problem } = {},
): Promise<SelectReport> {
  const problem = PROBLEMS[options.problem ?? 'close'];
  const spec: SelectSpec = {
    scenario: 'M/M/c staffing',
    seed,
    horizonHours: HORIZON,
    warmup: { method: 'fixed', hours: WARMUP, pilot: null },
    designs: SERVERS.map((c) => ({ name: `c=${c}`, variant: null, values: null })),
    objective: { key: 'costPerHour', direction: 'min' },
    constraints: [],
    delta: problem.delta,
    confidence: 0.95,
    firstStage: 10,
    batch: 5,
    maxReplications: 5000,
    commonRandomNumbers: options.commonRandomNumbers ?? true,
  };
  const models = SERVERS.map((c) => mmcModel(LAMBDA, MU, c, HORIZON, WARMUP));
  const executor = createWorkerPool({ size: 1, spawn: () => inProcessWorker(workerApi) });
  try {
    return await runSelect({
      spec,
      models,
      executor,
      measure: (run, d) => [SERVERS[d] * WAGE + problem.waitCost * run.steps.serve.queueMean],
    });
  } finally {
    executor.close();
  }
}
