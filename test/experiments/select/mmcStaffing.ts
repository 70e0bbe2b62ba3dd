// M/M/c staffing with a known answer: λ = 8/h, μ = 2/h, c = 5..9 servers, each paid 10 an hour, and a
// waiting cost of 25 an hour per job in the queue. The exact long-run cost per hour, c·10 + 25·Lq(c),
// follows from Erlang C (test/theory/theory.ts): 105.41, 74.24, 74.50, 81.48, 90.48, so c = 6 is the
// best design and leads c = 7 by 0.266, more than the indifference zone δ = 0.25 the tests use: a close
// call, where the procedure must keep sampling the two leaders well past the first stage.
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
export const WAIT_COST = 25;
export const SERVERS = [5, 6, 7, 8, 9];
/** Long enough to see every queue settle; the 50 h warm-up drops the empty start. */
const HORIZON = 250;
const WARMUP = 50;

export const exactCost = (c: number) => c * WAGE + WAIT_COST * mmcTheory(LAMBDA, MU, c).lq;

export function bestServers(): number {
  return SERVERS.reduce((best, c) => (exactCost(c) < exactCost(best) ? c : best));
}

/** One selection among the staffing levels under the given seed. */
export async function selectStaffing(seed: string, options: { commonRandomNumbers?: boolean; delta?: number } = {}): Promise<SelectReport> {
  const spec: SelectSpec = {
    scenario: 'M/M/c staffing',
    seed,
    horizonHours: HORIZON,
    warmup: { method: 'fixed', hours: WARMUP, pilot: null },
    designs: SERVERS.map((c) => ({ name: `c=${c}`, variant: null, values: null })),
    objective: { key: 'costPerHour', direction: 'min' },
    constraints: [],
    delta: options.delta ?? 0.25,
    confidence: 0.95,
    firstStage: 10,
    batch: 5,
    maxReplications: 5000,
    commonRandomNumbers: options.commonRandomNumbers ?? true,
  };
  const models = SERVERS.map((c) => mmcModel(LAMBDA, MU, c, HORIZON, WARMUP));
  const executor = createWorkerPool({ size: 1, spawn: () => inProcessWorker(workerApi) });
  try {
    return await runSelect({ spec, models, executor, measure: (run, d) => [SERVERS[d] * WAGE + WAIT_COST * run.steps.serve.queueMean] });
  } finally {
    executor.close();
  }
}
